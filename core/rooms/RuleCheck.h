#pragma once
// Holding a room's rules to account at the moment one could be broken. Pure
// functions over the rules (RoomRuleRepository::forRoom): the timetable, the
// sessions, the records and the equipment ledger call them and refuse or warn
// with the returned error, whose message quotes the rule's own words.
#include "common/Result.h"
#include "rooms/Room.h"
#include "rooms/RoomRule.h"

#include <QDate>
#include <QList>
#include <optional>

namespace rr {

// The first rule of that kind (lowest position), if the room has one.
std::optional<RoomRule> ruleOfKind(const QList<RoomRule> &rules, RuleKind kind);

// TeacherLeads: a session or slot in the room needs an instructor
// (instructorId 0 = none). Error (Conflict) quoting the rule otherwise.
bool teacherRequired(const QList<RoomRule> &rules);
Result<void> checkInstructor(const Room &room, const QList<RoomRule> &rules, qint64 instructorId);

// How many students may be in the room at once: its capacity, or the
// MaxStudents rule's number when that is lower.
int studentLimit(const Room &room, const QList<RoomRule> &rules);
// Error (Conflict) when `students` exceeds studentLimit; the message names the
// room, the numbers and quotes the MaxStudents rule (or the capacity).
Result<void> checkStudentCount(const Room &room, const QList<RoomRule> &rules, int students);

// RecordDue: within how many days after a use the record is due; none when
// the room asks for no record.
std::optional<int> recordDueDays(const QList<RoomRule> &rules);
// The last day the record of a use on `usedOn` may be written (invalid when none is due).
QDate recordDueDate(const QList<RoomRule> &rules, const QDate &usedOn);
// Error (Conflict) when the record of a use on `usedOn` is written after its due date on `today`.
Result<void> checkRecordOnTime(const Room &room, const QList<RoomRule> &rules, const QDate &usedOn,
                               const QDate &today);

// NoLeavingAlone: a student leaves the room only handed over to someone.
bool handOverRequired(const QList<RoomRule> &rules);
// Error (Conflict) when the rule applies and `handedOverTo` is empty.
Result<void> checkLeaving(const Room &room, const QList<RoomRule> &rules, const QString &handedOverTo);

// NoLending: equipment kept in this room is not lent out. Error (Conflict)
// quoting the rule when it applies.
bool lendingAllowed(const QList<RoomRule> &rules);
Result<void> checkLending(const Room &room, const QList<RoomRule> &rules);

} // namespace rr
