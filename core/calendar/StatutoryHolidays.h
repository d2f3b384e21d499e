#pragma once
// The statutory national holidays and their make-up workdays (调休上班) as
// the State Council announced them, shipped as data
// (resources/calendar/statutory_holidays.tsv): the days a school calendar
// starts from. Only announced years are listed; nothing is guessed.
#include "calendar/Semester.h"

#include <QList>
#include <QString>

namespace rr {

struct StatutoryRange {
    int year = 0;
    CalendarDay day;              // id 0
    bool operator==(const StatutoryRange &) const = default;
};

class StatutoryHolidays {
public:
    // The shipped table (read once).
    static const StatutoryHolidays &shipped();
    // A table in the file's format: year, name, first, last, workday flag;
    // '#' lines and blank lines are skipped, malformed lines are reported.
    static StatutoryHolidays parse(const QString &text);

    const QList<StatutoryRange> &ranges() const { return m_ranges; }
    QList<int> years() const;
    QStringList problems() const { return m_problems; }   // malformed lines, for the tests

    // The ranges that touch [from, to], cut to it, by first day (a
    // semester starting on 2 October gets 国庆节 from 2 October).
    QList<CalendarDay> within(const QDate &from, const QDate &to) const;
    QList<CalendarDay> within(const Semester &semester) const { return within(semester.start, semester.end); }

private:
    QList<StatutoryRange> m_ranges;
    QStringList m_problems;
};

} // namespace rr
