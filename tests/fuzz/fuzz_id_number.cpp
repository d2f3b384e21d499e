// The citizen ID number (GB 11643) checks and the masking of ID numbers in
// lists and free text, on arbitrary text (UTF-8 and raw UTF-16). A valid ID
// is 18 ASCII digits (the last may be X) with a real birth date; masking
// keeps the length and leaves no run of 17 or more digits readable.
#include "FuzzCheck.h"
#include "students/CitizenId.h"

#include <QString>
#include <cstddef>
#include <cstdint>

namespace {

bool isIdDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= QChar(0xFF10) && c <= QChar(0xFF19));
}

void checkText(const QString &text)
{
    if (rr::isValidCitizenId(text)) {
        const QString id = text.trimmed().toUpper();
        RR_FUZZ_CHECK(id.size() == 18);
        for (qsizetype i = 0; i < 17; ++i)
            RR_FUZZ_CHECK(id.at(i) >= u'0' && id.at(i) <= u'9');
        RR_FUZZ_CHECK((id.at(17) >= u'0' && id.at(17) <= u'9') || id.at(17) == u'X');
        RR_FUZZ_CHECK(rr::citizenIdBirthDate(id).isValid());
        RR_FUZZ_CHECK(rr::citizenIdGender(id) != rr::Gender::Unknown);
        const QString masked = rr::maskCitizenId(text);
        RR_FUZZ_CHECK(masked.size() == 18 && masked.mid(6, 8) == QString(8, u'*'));
    }
    (void)rr::citizenIdCheckChar(text);
    (void)rr::citizenIdBirthDate(text);
    (void)rr::citizenIdGender(text);
    const QString masked = rr::maskCitizenId(text);
    RR_FUZZ_CHECK(masked.size() <= text.size());

    const QString shown = rr::maskIdNumbersInText(text);
    RR_FUZZ_CHECK(shown.size() == text.size());
    int run = 0;
    for (const QChar c : shown) {
        run = isIdDigit(c) ? run + 1 : (c == u'X' || c == u'x' || c == QChar(0xFF38) || c == QChar(0xFF58)) ? run : 0;
        RR_FUZZ_CHECK(run < 17);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkText(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    checkText(QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2)));
    return 0;
}
