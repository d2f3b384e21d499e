#include "family/FamilyRecordChecks.h"

#include "storage/SqlExecutor.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

Result<void> checkRecordDate(const QDate &date, const QDate &today)
{
    if (!date.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Family", "The date is missing."));
    if (date < QDate(2000, 1, 1))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Family", "The date is before 2000."));
    if (today.isValid() && date > today)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Family", "The date is in the future: only what has happened is recorded."));
    return {};
}

Result<void> checkStudentAndStaff(const SqlExecutor &sql, qint64 studentId, qint64 staffId)
{
    auto student = readValue(sql, u"SELECT 1 FROM students WHERE id = :id"_s, {{":id", studentId}});
    if (!student)
        return student.error();
    if (student->isNull())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Family", "The student does not exist."));
    if (staffId <= 0)
        return {};
    auto staff = readValue(sql, u"SELECT 1 FROM staff WHERE id = :id"_s, {{":id", staffId}});
    if (!staff)
        return staff.error();
    if (staff->isNull())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Family", "The staff member does not exist."));
    return {};
}

Result<void> checkOwnedBy(const SqlExecutor &sql, const char *table, qint64 id, qint64 studentId, const QString &notFound)
{
    auto owner = readValue(sql, u"SELECT student_id FROM "_s + QLatin1String(table) + u" WHERE id = :id"_s, {{":id", id}});
    if (!owner)
        return owner.error();
    if (owner->isNull())
        return makeError(ErrorCode::NotFound, notFound);
    // A record stays with its child: moving it would put one family's words in another's file.
    if (owner->toLongLong() != studentId)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Family", "A record cannot move to another student."));
    return {};
}

} // namespace rr
