#pragma once
// The longest text each kind of field may hold, decided once for every write
// path and every import. A 1 MB "name" printed a 1,064-page form; these limits
// keep pasted or hostile text out of the data file, and the refusal names the
// limit ("姓名不能超过 50 个字").
//
// A repository's validate() checks its fields in one line:
//
//   if (auto tooLong = checkFieldLengths({{QT_TRANSLATE_NOOP("rr::Fields", "Name"), s.name,
//                                          FieldKind::PersonName}, …}); !tooLong)
//       return tooLong;
//
// Labels are translated (context rr::Fields) only when a field is too long:
// an import checks every row and pays nothing for the labels.
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <initializer_list>

namespace rr {

enum class FieldKind {
    PersonName,          // a student's, guardian's or teacher's name: 50
    ClassName,           // 3班, 实验二班: 30
    ShortText,           // ethnicity, relation, a title, a word from a list: 50
    Phone,               // one or several numbers with extensions: 50
    IdNumber,            // the 18-character citizen ID
    CertificateNumber,   // the ID, category and grade digits, a reissue suffix: 22
    Address,             // an address, a place, a one-line note: 200
    LongText,            // notes, histories, observations: 10,000
};

// In characters (code points), as a teacher counts them.
int maxFieldLength(FieldKind kind);
qsizetype fieldTextLength(const QString &text);

struct FieldText {
    const char *label;   // QT_TRANSLATE_NOOP("rr::Fields", "Name"): as the screen names the field
    const QString &text;
    FieldKind kind;
};

// "姓名不能超过 50 个字" for `label` (translated here, context rr::Fields) and `kind`.
QString fieldTooLongMessage(const char *label, FieldKind kind);
// The same for a label already translated elsewhere (a roster column's name).
QString fieldTooLongMessage(const QString &translatedLabel, FieldKind kind);
// The message for every field that is too long, in the order given.
QStringList fieldLengthProblems(std::initializer_list<FieldText> fields);
// The first field that is too long, as an InvalidInput error.
Result<void> checkFieldLengths(std::initializer_list<FieldText> fields);

} // namespace rr
