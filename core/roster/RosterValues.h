#pragma once
// Cell values as teachers write them, read into the record's types.
#include "students/Student.h"

#include <optional>

namespace rr {

std::optional<Gender> parseGender(const QString &text);        // 男 女 M F
int parseGrade(const QString &text);                            // 三年级, 3, 初一 → 7; 0 unknown
// "三年级2班", "3(2)班", "3年级2班" → grade 3, class "2班"
bool parseGradeAndClass(const QString &text, int *grade, QString *className);
QString normaliseClassName(const QString &text);                // "2", "（2）班" → "2班"
int parseDisabilityGrade(const QString &text);                  // 一级, 1, 三 → 1..4; 0 unknown
std::optional<NeedCategory> parseNeedCategory(const QString &text);
// "智力残疾四级、言语残疾三级" or "听力" with a grade from another column.
// Parts that name no known need are returned in `unknown`.
QList<Need> parseNeeds(const QString &categories, const QString &gradeText, QStringList *unknown);
std::optional<Placement> parsePlacement(const QString &text);
// A mainland mobile (1[3-9] + 9 digits) or landline (area code 0xx(x), 7–8
// digits), with spaces, dashes, brackets, +86 or an extension allowed;
// several numbers may be separated by / 、 , ；.
bool isPlausiblePhone(const QString &text);

} // namespace rr
