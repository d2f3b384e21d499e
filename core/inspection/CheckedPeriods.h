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
    bool operator==(const CheckedWeek &) const = default;
};

struct CheckedMonth {
    qint64 semesterId = 0;
    QDate first;
    QDate last;
    bool operator==(const CheckedMonth &) const = default;
};

QList<CheckedWeek> checkedWeeks(const QList<Semester> &semesters, const QDate &from, const QDate &to);
QList<CheckedMonth> checkedMonths(const QList<Semester> &semesters, const QDate &from, const QDate &to);

} // namespace rr
