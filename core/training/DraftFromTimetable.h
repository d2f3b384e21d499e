#pragma once
// The draft record of one timetable meeting, the one rule for every way a
// record is made from the timetable ("today's sessions", opening a meeting
// on the Today page): date, time, room, instructor and service from the
// meeting, its content as the topic, every student present, linked to the
// slot and the date it met.
#include "timetable/TimetableSlot.h"
#include "training/TrainingSession.h"

namespace rr {

TrainingSession draftFromOccurrence(const SlotOccurrence &occurrence);

} // namespace rr
