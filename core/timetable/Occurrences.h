#pragma once
// From the weekly slots and their one-off changes to dated meetings, over a
// semester's calendar (Boost.Date_Time). Pure; TimetableRepository::occurrences
// documents the rules and loads what this needs.
#include "calendar/Semester.h"
#include "timetable/TimetableSlot.h"

#include <QDate>
#include <QList>

namespace rr {

// The slot meets on `date` by the weekly pattern: inside its semester, the
// slot's validity period, the slot's weekday, not a holiday (a 调休 workday
// counts as its own weekday).
bool slotMeetsOn(const Semester &semester, const TimetableSlot &slot, const QDate &date);

// The meeting a slot has on `date` after `change` (nullptr: none); nullopt
// when the change cancels it.
std::optional<SlotOccurrence> applyChange(const TimetableSlot &slot, const QDate &date, const SlotChange *change);

// The meetings of the semester's `slotList` between `from` and `to` inclusive,
// with `changes` applied (a moved meeting is listed on its new date), ordered
// by date, start, slot id.
QList<SlotOccurrence> occurrencesOf(const Semester &semester, const QList<TimetableSlot> &slotList,
                                    const QList<SlotChange> &changes, const QDate &from, const QDate &to);

} // namespace rr
