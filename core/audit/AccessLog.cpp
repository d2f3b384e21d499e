#include "audit/AccessLog.h"

#include "storage/Database.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

QString accessKindKey(AccessKind kind)
{
    switch (kind) {
    case AccessKind::StudentPage:
        return u"access.student"_s;
    case AccessKind::Counselling:
        return u"access.counselling"_s;
    }
    return {};
}

Result<void> AccessLog::record(const std::shared_ptr<Database> &db, AccessKind kind, qint64 recordId, qint64 studentId)
{
    const QString table = kind == AccessKind::StudentPage ? u"students"_s : u"counselling_sessions"_s;
    // The summary names the record by its row number only, never by what it holds.
    const QString summary = u"%1 %2 read"_s.arg(table).arg(recordId);
    return db->write({accessKindKey(kind), summary}, [&](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"INSERT INTO audit_reads(action_id, record_table, record_id, student_id) "
                            "SELECT action_id, :table, :id, :student FROM audit_context WHERE id = 1"_s,
                            {{":table", table}, {":id", recordId}, {":student", studentId > 0 ? QVariant(studentId) : QVariant()}});
        if (!done)
            return done.error();
        return {};
    });
}

} // namespace rr
