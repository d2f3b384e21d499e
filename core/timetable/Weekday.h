#pragma once
// Weekday names for the timetable: 1 = Monday … 7 = Sunday, as QDate counts.
#include <QString>

namespace rr {

QString weekdayLabel(int weekday);     // translated: Monday …
QString weekdayChinese(int weekday);   // 周一 … 周日, for paper

} // namespace rr
