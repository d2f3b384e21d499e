#pragma once
// Which teaching weeks and calendar months an inspection of a date range
// can fairly hold to a "per week" or "per month" rule: those that have
// ended by the range's last day and have a school day inside the range.
#include "calendar/Semester.h"

#include <QDate>
#include <QList>

namespace rr {

struct CheckedWeek {
    qint64 semesterId = 0;
    int number = 0;            // 第N周
    QDate monday;
    QDate sunday;
    // School days of the week in the semester: holidays off, 调休 make-up
    // days on. A per-week rule asks for the share of these out of five.
    int schoolDays = 5;
    bool operator==(const CheckedWeek &) const = default;
};

struct CheckedMonth {
    qint64 semesterId = 0;
    QDate first;
    QDate last;
    bool operator==(const CheckedMonth &) const = default;
};

// `perWeek` of a full week in a week of `schoolDays` school days: the share
// out of five, rounded up for counts (1 of 2 sessions in a two-day week), at
// most the whole.
int weekShareCount(int perWeek, int schoolDays);
int weekShareMinutes(int perWeek, int schoolDays);

QList<CheckedWeek> checkedWeeks(const QList<Semester> &semesters, const QDate &from, const QDate &to);
QList<CheckedMonth> checkedMonths(const QList<Semester> &semesters, const QDate &from, const QDate &to);

} // namespace rr
