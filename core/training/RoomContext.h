#pragma once
// Reads a training action needs inside its transaction: the room with its
// rules, the students' names and whether staff exist; names for display.
// Internal to core (training records, usage log, inspection). Each takes the
// executor it reads through: the Database for a page, the Transaction of a
// write.
#include "common/Result.h"
#include "rooms/Room.h"
#include "rooms/RoomRule.h"
#include "training/SessionHistory.h"
#include "training/SessionRules.h"

namespace rr {

class SqlExecutor;

namespace trainingctx {

struct RoomWithRules {
    Room room;
    QList<RoomRule> rules;
};

// NotFound when there is no such room.
Result<RoomWithRules> roomWithRules(const SqlExecutor &sql, qint64 roomId);
// Names of the students; NotFound naming the first id that is no student.
Result<StudentNames> studentNames(const SqlExecutor &sql, const QList<qint64> &studentIds);
// Ok for 0 (none); NotFound when the id is no staff member.
Result<void> checkStaff(const SqlExecutor &sql, qint64 staffId);
// Every room's, staff member's and student's name, for display.
Result<SessionNames> sessionNames(const SqlExecutor &sql);

} // namespace trainingctx
} // namespace rr
