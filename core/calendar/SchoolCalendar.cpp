#include "calendar/SchoolCalendar.h"

#include "calendar/BoostDate.h"
#include "calendar/ChineseDate.h"

#include <QCoreApplication>

namespace rr {

namespace bg = boost::gregorian;

Age ageAt(const QDate &birth, const QDate &at)
{
    if (!birth.isValid() || !at.isValid() || at < birth)
        return {};
    int months = (at.year() - birth.year()) * 12 + (at.month() - birth.month());
    // The month is complete on the birthday's day, or on the month's last day
    // when the birthday's day does not exist in it (29 Feb, 31st).
    const int dueDay = qMin(birth.day(), at.daysInMonth());
    if (at.day() < dueDay)
        --months;
    return Age{months / 12, months % 12};
}

QString ageText(const Age &age)
{
    return QCoreApplication::translate("rr::Calendar", "%1 y %2 m").arg(age.years).arg(age.months);
}

static bg::date mondayOf(const bg::date &day)
{
    // Boost counts Sunday as 0; school weeks start on Monday.
    const int fromMonday = (day.day_of_week().as_number() + 6) % 7;
    return day - bg::days(fromMonday);
}

int teachingWeek(const Semester &semester, const QDate &date)
{
    if (!semester.contains(date))
        return 0;
    const bg::date first = mondayOf(toBoost(semester.start));
    return int((toBoost(date) - first).days() / 7) + 1;
}

int teachingWeekCount(const Semester &semester)
{
    return teachingWeek(semester, semester.end);
}

QDate weekStart(const Semester &semester, int week)
{
    if (week < 1 || week > teachingWeekCount(semester))
        return {};
    return fromBoost(mondayOf(toBoost(semester.start)) + bg::weeks(week - 1));
}

// A 调休 workday wins over a holiday range that holds it: the school said
// explicitly that this day is taught.
static const CalendarDay *dayEntry(const Semester &semester, const QDate &date)
{
    const CalendarDay *found = nullptr;
    for (const CalendarDay &day : semester.days)
        if (date >= day.first && date <= day.last && (!found || day.isWorkday))
            found = &day;
    return found;
}

bool isHoliday(const Semester &semester, const QDate &date)
{
    const CalendarDay *entry = dayEntry(semester, date);
    return entry && !entry->isWorkday;
}

bool isSchoolDay(const Semester &semester, const QDate &date)
{
    if (!semester.contains(date))
        return false;
    if (const CalendarDay *entry = dayEntry(semester, date))
        return entry->isWorkday;
    const auto weekday = toBoost(date).day_of_week();
    return weekday != bg::Saturday && weekday != bg::Sunday;
}

QList<QDate> schoolDays(const Semester &semester, const QDate &from, const QDate &to)
{
    QList<QDate> days;
    if (!from.isValid() || !to.isValid())
        return days;
    for (bg::day_iterator it(toBoost(qMax(from, semester.start))); *it <= toBoost(qMin(to, semester.end)); ++it) {
        const QDate date = fromBoost(*it);
        if (isSchoolDay(semester, date))
            days.append(date);
    }
    return days;
}

QDate nextDeadline(int month, int day, const QDate &today)
{
    QDate deadline(today.year(), month, day);
    if (deadline < today)
        deadline = QDate(today.year() + 1, month, day);
    return deadline;
}

int daysBetween(const QDate &from, const QDate &to)
{
    return int((toBoost(to) - toBoost(from)).days());
}

Semester suggestedSemester(const QDate &today)
{
    // Autumn runs from September to late January, spring from late February to July.
    Semester semester;
    const bool autumn = today.month() >= 8 || today.month() == 1;
    const int schoolYear = today.month() >= 8 ? today.year() : today.year() - 1;
    semester.kind = autumn ? SemesterKind::Autumn : SemesterKind::Spring;
    semester.schoolYear = schoolYear;
    semester.name = defaultSemesterName(schoolYear, autumn);
    if (autumn) {
        semester.start = QDate(schoolYear, 9, 1);
        semester.end = QDate(schoolYear + 1, 1, 20);
    } else {
        semester.start = QDate(schoolYear + 1, 2, 24);
        semester.end = QDate(schoolYear + 1, 7, 10);
    }
    return semester;
}

} // namespace rr
