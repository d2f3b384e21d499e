#pragma once
// The validity period of a timetable slot (effective from … until …): its
// defaults and its rules, shared by the slot dialog, the CLI and the writes.
#include "calendar/Semester.h"
#include "common/Result.h"
#include "timetable/TimetableSlot.h"

#include <QDate>

namespace rr {

struct ValidityPeriod {
    QDate from;
    QDate until;
    bool operator==(const ValidityPeriod &) const = default;
};

// A new slot holds from today, or from the semester's first day when the
// semester lies ahead (or is already over: it is being filled in afterwards),
// until the semester's last day.
ValidityPeriod defaultValidity(const Semester &semester, const QDate &today);

// Invalid dates of `slot` become the semester's first and last day.
TimetableSlot withSemesterValidity(const Semester &semester, TimetableSlot slot);

// Both dates inside the semester, from on or before until.
Result<void> checkValidity(const Semester &semester, const TimetableSlot &slot);

} // namespace rr
