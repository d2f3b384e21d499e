#include "security/StudentScope.h"

#include "security/Policy.h"
#include "students/StudentRepository.h"

namespace rr {

Result<StudentScope> studentScope(const SqlExecutor &sql, const Principal &principal)
{
    if (Policy(principal).readsAllStudents())
        return StudentScope{};
    auto ids = StudentRepository::idsLedBy(sql, principal.staffId);
    if (!ids)
        return ids.error();
    return StudentScope{false, *ids};
}

Result<void> checkStudentReadable(const SqlExecutor &sql, const Principal &principal, qint64 studentId)
{
    if (Policy(principal).readsAllStudents())
        return {};
    auto scope = studentScope(sql, principal);
    if (!scope)
        return scope.error();
    if (!scope->contains(studentId))
        return Policy::studentNotInScope(studentId);
    return {};
}

} // namespace rr
