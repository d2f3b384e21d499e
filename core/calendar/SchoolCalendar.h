#pragma once
// Calendar arithmetic for the school year, done with Boost.Date_Time:
// teaching weeks (第N周), school days with holidays and 调休, ages, deadlines.
#include "calendar/Semester.h"

#include <QDate>
#include <QList>

namespace rr {

struct Age {
    int years = 0;
    int months = 0;
    bool operator==(const Age &) const = default;
};

// Age in whole years and months on `at` (a birthday on 29 Feb counts on 28 Feb).
Age ageAt(const QDate &birth, const QDate &at);
QString ageText(const Age &age);                    // 9岁3个月

// Week 1 is the Monday-to-Sunday week that holds the semester's first day.
// 0 when `date` lies outside the semester.
int teachingWeek(const Semester &semester, const QDate &date);
int teachingWeekCount(const Semester &semester);
QDate weekStart(const Semester &semester, int week);  // the Monday of week N

bool isHoliday(const Semester &semester, const QDate &date);
// A weekday that is not a holiday, or a weekend day declared a workday (调休).
bool isSchoolDay(const Semester &semester, const QDate &date);
QList<QDate> schoolDays(const Semester &semester, const QDate &from, const QDate &to);

// The next `month`/`day` on or after `today` (e.g. the 1 October LRC report).
QDate nextDeadline(int month, int day, const QDate &today);
int daysBetween(const QDate &from, const QDate &to);

// The semester a date belongs to by convention, with usual dates, for a first run.
Semester suggestedSemester(const QDate &today);

} // namespace rr
