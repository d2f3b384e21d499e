#pragma once
// The second-generation disability certificate number (残疾人证号): the
// 18-character citizen ID, the category digit (1 视力 … 7 多重) and the grade
// digit (1–4), optionally a reissue suffix B + digit.
#include "students/Student.h"

#include <QStringList>

namespace rr {

struct CertificateNumber {
    QString idPart;
    NeedCategory category = NeedCategory::Other;
    int grade = 0;
    int reissue = 0;           // 0 for the original
};

// Reads the number's parts; false when its shape is wrong.
bool parseCertificateNumber(const QString &text, CertificateNumber *out);

// Problems between a student's certificate number and the rest of the
// record, in the user's language; empty when consistent or when no
// certificate is recorded. These flag the record, they do not block saving.
QStringList certificateProblems(const Student &student);

} // namespace rr
