#include "students/CitizenId.h"

namespace rr {

QChar citizenIdCheckChar(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    if (first17.size() < 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!first17.at(i).isDigit())
            return {};
        sum += first17.at(i).digitValue() * weights[i];
    }
    return QLatin1Char(checks[sum % 11]);
}

QDate citizenIdBirthDate(const QString &id)
{
    if (id.size() < 14)
        return {};
    return QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
}

bool isValidCitizenId(const QString &raw)
{
    const QString id = raw.trimmed().toUpper();
    if (id.size() != 18 || !citizenIdBirthDate(id).isValid())
        return false;
    const QChar check = citizenIdCheckChar(id.left(17));
    return !check.isNull() && check == id.at(17);
}

Gender citizenIdGender(const QString &id)
{
    if (id.size() < 17 || !id.at(16).isDigit())
        return Gender::Unknown;
    return id.at(16).digitValue() % 2 ? Gender::Male : Gender::Female;
}

QString maskCitizenId(const QString &raw)
{
    const QString id = raw.trimmed();
    if (id.size() <= 10)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(6) + QString(id.size() - 10, QLatin1Char('*')) + id.right(4);
}

} // namespace rr
