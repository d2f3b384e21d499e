#pragma once
// The 18-character citizen ID number (GB 11643-1999) and the masking rule for
// lists (first 6 and last 4 characters shown).
#include <QDate>
#include <QString>

namespace rr {

enum class Gender { Unknown, Male, Female };

QChar citizenIdCheckChar(const QString &first17);
bool isValidCitizenId(const QString &id);           // format, date and check character
QDate citizenIdBirthDate(const QString &id);        // invalid date when unreadable
Gender citizenIdGender(const QString &id);          // odd sequence = male
QString maskCitizenId(const QString &id);           // 110105********1234

} // namespace rr
