// The lenient date and time parsers (what teachers type into date and time
// fields and roster cells) on arbitrary text, read both as UTF-8 and as raw
// UTF-16 (lone surrogates included). A date found is a real date of the
// years 1–9999 that reads back the same from its ISO form; a time found
// is a real time; Excel serials stay inside Excel's calendar.
#include "FuzzCheck.h"
#include "common/LenientDate.h"
#include "common/LenientTime.h"

#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {

void checkText(const QString &text)
{
    const QDate date = rr::parseLenientDate(text);
    if (date.isValid()) {
        RR_FUZZ_CHECK(date.year() >= 1 && date.year() <= 9999);
        RR_FUZZ_CHECK(rr::parseLenientDate(date.toString(Qt::ISODate)) == date);
        RR_FUZZ_CHECK(text.size() <= 64);
    }
    const QTime time = rr::parseLenientTime(text);
    if (time.isValid()) {
        RR_FUZZ_CHECK(time.second() == 0 && time.msec() == 0);
        RR_FUZZ_CHECK(rr::parseLenientTime(time.toString(u"HH:mm")) == time);
        // Whatever parses is also a prefix of itself while typing.
        RR_FUZZ_CHECK(rr::isTimePrefix(text));
    }
    (void)rr::isTimePrefix(text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkText(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    checkText(QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2)));
    if (size >= sizeof(double)) {
        double serial;
        std::memcpy(&serial, data, sizeof serial);
        const QDate date = rr::dateFromExcelSerial(serial);
        // Day 1 is 1900-01-01, day 2958465 is 9999-12-31; anything else
        // (NaN and infinities included) is no date.
        RR_FUZZ_CHECK(date.isValid() == (serial >= 1 && serial <= 2958465));
        if (date.isValid())
            RR_FUZZ_CHECK(date.year() >= 1900 && date.year() <= 9999);
    }
    return 0;
}
