#pragma once
// One item of the overview's reminder list. Reminders come from rules
// (deadlines now; later missing training records, overdue IEP reviews,
// expiring medicines …): each source returns a list of these.
#include <QDate>
#include <QList>
#include <QString>

namespace rr {

enum class ReminderUrgency { Info, Soon, Overdue };

struct Reminder {
    QString text;                  // translated, one line; never personal details
    QDate due;                     // may be invalid
    ReminderUrgency urgency = ReminderUrgency::Info;
    bool operator==(const Reminder &) const = default;
};

} // namespace rr
