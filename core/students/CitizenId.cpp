#include "students/CitizenId.h"

namespace rr {

namespace {

// QChar::isDigit is true for every script's digits (Arabic-Indic, full-width
// …); an ID number has ASCII ones.
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

QChar citizenIdCheckChar(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    if (first17.size() < 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!isAsciiDigit(first17.at(i)))
            return {};
        sum += (first17.at(i).unicode() - u'0') * weights[i];
    }
    return QLatin1Char(checks[sum % 11]);
}

QDate citizenIdBirthDate(const QString &id)
{
    if (id.size() < 14)
        return {};
    // Read by hand: a format string goes through QDateTimeParser, which
    // cost an import a third of its time (each row asks several times).
    int digits[8];
    for (int i = 0; i < 8; ++i) {
        const char16_t c = id.at(6 + i).unicode();
        if (c < u'0' || c > u'9')
            return {};
        digits[i] = c - u'0';
    }
    const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    // Invalid for an impossible date (2015-02-30) or year 0000, as before.
    return QDate(year, digits[4] * 10 + digits[5], digits[6] * 10 + digits[7]);
}

bool isValidCitizenId(const QString &raw)
{
    if (raw.size() > 64)   // 18 characters and some spaces at most
        return false;
    const QString id = raw.trimmed().toUpper();
    if (id.size() != 18 || !citizenIdBirthDate(id).isValid())
        return false;
    const QChar check = citizenIdCheckChar(id.left(17));
    return !check.isNull() && check == id.at(17);
}

Gender citizenIdGender(const QString &id)
{
    if (id.size() < 17 || !isAsciiDigit(id.at(16)))
        return Gender::Unknown;
    return (id.at(16).unicode() - u'0') % 2 ? Gender::Male : Gender::Female;
}

QString maskCitizenId(const QString &raw)
{
    const QString id = raw.trimmed();
    if (id.size() <= 10)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(6) + QString(id.size() - 10, QLatin1Char('*')) + id.right(4);
}

namespace {

bool isIdDigit(QChar c)
{
    // Full-width digits too: pasted from Word or an IME they are still a number.
    return (c >= u'0' && c <= u'9') || (c >= QChar(0xFF10) && c <= QChar(0xFF19));
}

bool isCheckChar(QChar c)
{
    return c == u'X' || c == u'x' || c == QChar(0xFF38) || c == QChar(0xFF58);
}

} // namespace

QString maskIdNumbersInText(const QString &text)
{
    constexpr int kIdDigits = 17;
    // Fast path: most text has no run that long.
    int digits = 0;
    for (const QChar c : text)
        digits += isIdDigit(c) ? 1 : 0;
    if (digits < kIdDigits)
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isIdDigit(text.at(i))) {
            out += text.at(i++);
            continue;
        }
        // A run of digits with check characters among them (…001X23, a
        // certificate number), counted by its digits.
        qsizetype end = i;
        int runDigits = 0;
        while (end < text.size() && (isIdDigit(text.at(end)) || isCheckChar(text.at(end)))) {
            runDigits += isIdDigit(text.at(end)) ? 1 : 0;
            ++end;
        }
        const QString run = text.mid(i, end - i);
        out += runDigits >= kIdDigits ? maskCitizenId(run) : run;
        i = end;
    }
    return out;
}

} // namespace rr
