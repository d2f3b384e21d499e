#pragma once
// Reminders that follow from the calendar alone: the 1 October LRC report,
// the end of the semester, a day outside every semester.
#include "calendar/Semester.h"
#include "pages/Reminder.h"

#include <QDate>
#include <optional>

namespace rr {

QList<Reminder> calendarReminders(const QDate &today, const std::optional<Semester> &current);

} // namespace rr
