#pragma once
// Which students the acting principal may read (security/Policy.h): every
// student, or for a 班主任 alone the students of the classes they lead —
// those whose head teacher they are, and those of a class on their
// "head teacher of" list (staff: 三年级2班). The repositories apply it, so
// the student list, the search, the CLI and every printed form agree.
#include "common/Result.h"
#include "security/Principal.h"

#include <QSet>

namespace rr {

class SqlExecutor;

struct StudentScope {
    bool everyone = true;
    QSet<qint64> ids;   // when not everyone
    bool contains(qint64 studentId) const { return everyone || ids.contains(studentId); }
};

Result<StudentScope> studentScope(const SqlExecutor &sql, const Principal &principal);
// ErrorCode::Forbidden, with a sentence saying why, for a student outside the scope.
Result<void> checkStudentReadable(const SqlExecutor &sql, const Principal &principal, qint64 studentId);

} // namespace rr
