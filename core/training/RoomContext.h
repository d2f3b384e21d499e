#pragma once
// Reads a training action needs inside its transaction: the room with its
// rules, the students' names and whether staff exist; names for display.
// Internal to core (training records, usage log, inspection).
#include "common/Result.h"
#include "rooms/Room.h"
#include "rooms/RoomRule.h"
#include "training/SessionHistory.h"
#include "training/SessionRules.h"

namespace rr {

class Database;
class Transaction;

namespace trainingctx {

struct RoomWithRules {
    Room room;
    QList<RoomRule> rules;
};

Result<RoomWithRules> roomWithRules(Transaction &tx, qint64 roomId);
// Names of the students; NotFound naming the first id that is no student.
Result<StudentNames> studentNames(Transaction &tx, const QList<qint64> &studentIds);
// Ok for 0 (none); NotFound when the id is no staff member.
Result<void> checkStaff(Transaction &tx, qint64 staffId);
// Every room's, staff member's and student's name, for display.
SessionNames sessionNames(const Database &db);

} // namespace trainingctx
} // namespace rr
