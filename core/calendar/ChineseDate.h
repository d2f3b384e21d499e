#pragma once
// Dates the way Chinese forms write them.
#include <QDate>
#include <QString>

namespace rr {

QString chineseDate(const QDate &date);           // 2026年3月2日
QString chineseMonth(const QDate &date);          // 2026年3月
QString chineseWeekday(const QDate &date);        // 星期一
QString chineseNumber(int value);                 // 1..99 → 一..九十九
QString chineseGrade(int grade);                  // 3 → 三年级, 7 → 七年级
QString schoolYearName(int schoolYear);           // 2026 → 2026—2027学年
QString defaultSemesterName(int schoolYear, bool autumn); // 2026年秋季学期 / 2027年春季学期

} // namespace rr
