#pragma once
// The 18-character citizen ID number (GB 11643-1999) and the masking rule for
// lists (first 6 and last 4 characters shown), also for ID numbers that ended
// up inside free text.
#include <QDate>
#include <QString>

namespace rr {

enum class Gender { Unknown, Male, Female };

QChar citizenIdCheckChar(const QString &first17);
bool isValidCitizenId(const QString &id);           // format, date and check character
QDate citizenIdBirthDate(const QString &id);        // invalid date when unreadable
Gender citizenIdGender(const QString &id);          // odd sequence = male
QString maskCitizenId(const QString &id);           // 110105********1234
// `text` with every run of 17 or more digits (an ID number, with or without
// its check character, or a certificate number holding one) masked as
// maskCitizenId does: "张三110105201503120012" → "张三110105********0012".
// For names, classes and notes wherever a list, the CLI or an export without
// sensitive columns shows them: a misread file can put an ID number there.
QString maskIdNumbersInText(const QString &text);

} // namespace rr
