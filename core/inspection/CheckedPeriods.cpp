#include "inspection/CheckedPeriods.h"

#include "calendar/SchoolCalendar.h"

#include <algorithm>
#include <cmath>

namespace rr {

namespace {

// A school day of the semester between `first` and `last`, both clipped to the range.
bool hasSchoolDay(const Semester &semester, const QDate &first, const QDate &last, const QDate &from, const QDate &to)
{
    const QDate a = std::max({first, from, semester.start});
    const QDate b = std::min({last, to, semester.end});
    return a <= b && !schoolDays(semester, a, b).isEmpty();
}

} // namespace

int weekShareCount(int perWeek, int schoolDays)
{
    const int days = std::clamp(schoolDays, 0, 5);
    return (perWeek * days + 4) / 5;
}

int weekShareMinutes(int perWeek, int schoolDays)
{
    const int days = std::clamp(schoolDays, 0, 5);
    return int(std::lround(perWeek * days / 5.0));
}

QList<CheckedWeek> checkedWeeks(const QList<Semester> &semesters, const QDate &from, const QDate &to)
{
    QList<CheckedWeek> weeks;
    for (const Semester &semester : semesters) {
        if (semester.end < from || semester.start > to)
            continue;
        const int count = teachingWeekCount(semester);
        for (int week = 1; week <= count; ++week) {
            const QDate monday = weekStart(semester, week);
            const QDate sunday = monday.addDays(6);
            if (sunday > to || sunday < from || !hasSchoolDay(semester, monday, sunday, from, to))
                continue;
            weeks.append({semester.id, week, monday, sunday, int(schoolDays(semester, monday, sunday).size())});
        }
    }
    return weeks;
}

QList<CheckedMonth> checkedMonths(const QList<Semester> &semesters, const QDate &from, const QDate &to)
{
    QList<CheckedMonth> months;
    for (const Semester &semester : semesters) {
        if (semester.end < from || semester.start > to)
            continue;
        for (QDate first(semester.start.year(), semester.start.month(), 1); first <= semester.end; first = first.addMonths(1)) {
            const QDate last = first.addMonths(1).addDays(-1);
            if (last > to || last < from || !hasSchoolDay(semester, first, last, from, to))
                continue;
            months.append({semester.id, first, last});
        }
    }
    return months;
}

} // namespace rr
