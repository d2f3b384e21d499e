#include "students/CertificateCheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rr {

using namespace Qt::Literals::StringLiterals;

bool parseCertificateNumber(const QString &text, CertificateNumber *out)
{
    if (text.size() > 64)   // 22 characters and some spaces at most: no need to look further
        return false;
    static const QRegularExpression shape(u"^(\\d{17}[\\dX])([1-7])([1-4])(?:B(\\d))?$"_s);
    const auto match = shape.match(text.trimmed().toUpper());
    if (!match.hasMatch())
        return false;
    out->idPart = match.captured(1);
    out->category = NeedCategory(match.captured(2).toInt() - 1);
    out->grade = match.captured(3).toInt();
    out->reissue = match.captured(4).toInt();
    return true;
}

QStringList certificateProblems(const Student &s)
{
    QStringList problems;
    if (s.certificateNumber.trimmed().isEmpty())
        return problems;
    CertificateNumber cert;
    if (!parseCertificateNumber(s.certificateNumber, &cert)) {
        problems << QCoreApplication::translate("rr::Students", "The certificate number should be the 18-character ID number followed by the category "
                       "digit (1–7) and the grade digit (1–4).");
        return problems;
    }
    if (!isValidCitizenId(cert.idPart))
        problems << QCoreApplication::translate("rr::Students", "The certificate number does not start with a valid ID number.");
    if (!s.idNumber.isEmpty() && cert.idPart != s.idNumber.trimmed().toUpper())
        problems << QCoreApplication::translate("rr::Students", "The certificate number does not start with the student's ID number.");
    bool matched = false;
    bool categoryFound = false;
    for (const Need &need : s.needs) {
        if (need.category == cert.category) {
            categoryFound = true;
            matched = matched || need.grade == cert.grade;
        }
    }
    if (!categoryFound)
        problems << QCoreApplication::translate("rr::Students", "The certificate is for %1, which is not among the student's recorded needs.")
                        .arg(needLabel(cert.category));
    else if (!matched)
        problems << QCoreApplication::translate("rr::Students", "The certificate gives grade %1 for %2, but the record says otherwise.")
                        .arg(cert.grade)
                        .arg(needLabel(cert.category));
    return problems;
}

} // namespace rr
