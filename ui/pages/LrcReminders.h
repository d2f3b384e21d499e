#pragma once
// Reminders for LRC applications that still have to reach the resource
// centre: one per student, with the days left or overdue.
#include "common/Result.h"
#include "pages/Reminder.h"

#include <memory>

namespace rr {

class Database;

Result<QList<Reminder>> lrcReminders(const std::shared_ptr<Database> &db, const QDate &today);

} // namespace rr
