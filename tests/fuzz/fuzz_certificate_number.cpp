// The disability certificate number (残疾人证号) parser and the record check
// built on it, on arbitrary text (UTF-8 and raw UTF-16). A number read has an
// ASCII ID part of 18 characters, a GB/T category, a grade 1–4 and a reissue
// 0–9; the check answers in words for any record.
#include "FuzzCheck.h"
#include "students/CertificateCheck.h"
#include "students/CitizenId.h"

#include <QString>
#include <cstddef>
#include <cstdint>

namespace {

void checkText(const QString &text)
{
    rr::CertificateNumber number;
    const bool parsed = rr::parseCertificateNumber(text, &number);
    if (parsed) {
        RR_FUZZ_CHECK(number.idPart.size() == 18);
        for (qsizetype i = 0; i < 17; ++i)
            RR_FUZZ_CHECK(number.idPart.at(i) >= u'0' && number.idPart.at(i) <= u'9');
        RR_FUZZ_CHECK(rr::isStandardCategory(number.category));
        RR_FUZZ_CHECK(number.grade >= 1 && number.grade <= 4);
        RR_FUZZ_CHECK(number.reissue >= 0 && number.reissue <= 9);
        const qsizetype length = text.trimmed().size();
        RR_FUZZ_CHECK(length == 20 || length == 22);
        RR_FUZZ_CHECK(number.reissue == 0 || length == 22);
    }

    rr::Student student;
    student.certificateNumber = text;
    student.idNumber = text.left(18);
    const QStringList problems = rr::certificateProblems(student);
    for (const QString &problem : problems)
        RR_FUZZ_CHECK(!problem.isEmpty());
    // No number, no problem; a number of the wrong shape is always flagged.
    if (text.trimmed().isEmpty())
        RR_FUZZ_CHECK(problems.isEmpty());
    else if (!parsed)
        RR_FUZZ_CHECK(!problems.isEmpty());
    student.needs = {rr::Need{number.category, number.grade, {}}};
    (void)rr::certificateProblems(student);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkText(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    checkText(QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2)));
    return 0;
}
