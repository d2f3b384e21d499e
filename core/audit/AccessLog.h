#pragma once
// Reads of sensitive records go into the audit trail too (PIPL: access to
// sensitive personal information is recorded): a student's page opened, a
// counselling record viewed. The UI calls record() when a person opens such
// a record on purpose, not for every byId a form makes.
//
// Each read is its own small action (kind "access.…") through
// Database::write, so it has the actor and time of any action; it emits no
// Database::written, so no view reloads for it.
#include "common/Result.h"

#include <QString>
#include <memory>

namespace rr {

class Database;

enum class AccessKind {
    StudentPage,     // access.student: a student's page opened
    Counselling,     // access.counselling: a counselling record's notes shown
};

QString accessKindKey(AccessKind kind);

class AccessLog {
public:
    // `recordId` is the row of students or counselling_sessions; `studentId`
    // the student it concerns (the same for a student's page).
    static Result<void> record(const std::shared_ptr<Database> &db, AccessKind kind, qint64 recordId, qint64 studentId);
};

} // namespace rr
