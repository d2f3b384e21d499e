#pragma once
// The IEP reminders of core (iep/IepReminders) for the overview: reviews
// coming up, objectives past their deadline without data, students without a
// plan in effect this semester (one line for all of them), assessments over
// a year old. Names only, never the child's need.
#include "common/Result.h"
#include "pages/Reminder.h"
#include "students/Student.h"

#include <memory>

namespace rr {

class Database;

// A plan should be in effect within the first month of the semester; after
// that the missing plans are overdue.
inline constexpr int kIepGraceDays = 30;

// The reminders of `students` (as the overview lists them) on `today`.
Result<QList<Reminder>> iepOverviewReminders(const std::shared_ptr<Database> &db, const QList<StudentSummary> &students,
                                             const QDate &today);

} // namespace rr
