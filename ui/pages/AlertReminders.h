#pragma once
// The alerts of core (alerts/AlertSources) for the Today page: loans due or
// overdue, maintenance and inspections due, medicines expiring or expired,
// consumables below their reorder level, family contacts and school work.
// The IEP area is left out: the IEP reminders (IepReminders) list the same.
#include "common/Result.h"
#include "pages/Reminder.h"

#include <memory>

namespace rr {

class Clock;
class Database;

// Overdue first (ReminderList sorts), each alert one line: "<subject>: <text>",
// or the text alone when it names its subject.
Result<QList<Reminder>> alertOverviewReminders(const std::shared_ptr<Database> &db, const Clock &clock);

} // namespace rr
