// Schema version 15: the audit trail (who changed what, when, from what to
// what) and the log of reads of sensitive records.
//
// Database::write inserts one audit_actions row per user action (actor,
// time, kind, summary) and points audit_context at it for the length of the
// transaction; generated triggers on every audited table (audit/AuditSchema,
// synced by the migration runner after this and every later migration) then
// add one audit_changes row per inserted, changed or deleted row. Both are
// in the action's own transaction: a rolled-back action leaves no trail.
// The trail is append-only: triggers refuse UPDATE and DELETE on it.
//
// Retention (audit/Retention) deletes a student who left long ago with all
// their rows. Signed training records refuse deletion of their rows; while
// audit_context names the student being purged, the rows of that student
// (and the progress points their IEPs wrote) may go, so the school keeps the
// sessions of other students but not this child's data.
#include "storage/Migrations.h"

namespace rr {

namespace {

QString raiseAbort(const char *message)
{
    return QStringLiteral("BEGIN SELECT RAISE(ABORT, '%1'); END").arg(QLatin1String(message));
}

// The lock of a signed session (as in migration 5), lifted while a retention
// purge of the row's student is running.
QString lockedUnlessPurged(const QString &sessionColumn, const QString &purgeCondition)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM training_sessions s WHERE s.id = OLD.%1 AND s.signed_at IS NOT NULL "
                          "AND NOT EXISTS (SELECT 1 FROM training_amendments a "
                          "WHERE a.session_id = s.id AND a.sequence = s.version + 1)) AND NOT (%2)")
        .arg(sessionColumn, purgeCondition);
}

} // namespace

QStringList migration0015Audit()
{
    const QString purgeOfRow = QStringLiteral("OLD.student_id IS (SELECT purge_student_id FROM audit_context WHERE id = 1)");
    const QString anyPurge = QStringLiteral("(SELECT purge_student_id FROM audit_context WHERE id = 1) IS NOT NULL");
    const QString signedMessage = raiseAbort("A signed training record cannot be changed; record an amendment");
    QStringList statements{
        QStringLiteral(R"sql(
CREATE TABLE audit_actions (
    id           INTEGER PRIMARY KEY,
    happened_at  TEXT NOT NULL,
    actor        TEXT NOT NULL,
    account_id   INTEGER,
    user_name    TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL,
    summary      TEXT NOT NULL DEFAULT ''
))sql"),
        QStringLiteral("CREATE INDEX audit_actions_time ON audit_actions(happened_at)"),
        // Reads of sensitive records (audit/AccessLog): which record an
        // access.* action opened.
        QStringLiteral(R"sql(
CREATE TABLE audit_reads (
    action_id    INTEGER PRIMARY KEY REFERENCES audit_actions(id),
    record_table TEXT NOT NULL,
    record_id    INTEGER NOT NULL,
    student_id   INTEGER
))sql"),
        QStringLiteral("CREATE INDEX audit_reads_record ON audit_reads(record_table, record_id)"),
        QStringLiteral("CREATE INDEX audit_reads_student ON audit_reads(student_id)"),
        QStringLiteral(R"sql(
CREATE TABLE audit_changes (
    id          INTEGER PRIMARY KEY,
    action_id   INTEGER NOT NULL REFERENCES audit_actions(id),
    op          TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    table_name  TEXT NOT NULL,
    row_id      INTEGER,
    student_id  INTEGER,
    old_values  TEXT,
    new_values  TEXT
))sql"),
        QStringLiteral("CREATE INDEX audit_changes_action ON audit_changes(action_id)"),
        QStringLiteral("CREATE INDEX audit_changes_row ON audit_changes(table_name, row_id)"),
        QStringLiteral("CREATE INDEX audit_changes_student ON audit_changes(student_id)"),
        // The action being written (one row, set and cleared by Database::write
        // inside the transaction; NULL outside a user action).
        QStringLiteral(R"sql(
CREATE TABLE audit_context (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    action_id        INTEGER,
    purge_student_id INTEGER
))sql"),
        QStringLiteral("INSERT INTO audit_context(id, action_id, purge_student_id) VALUES (1, NULL, NULL)"),
        // One exception: the action being written, recorded before anyone was
        // known (the first-run setup creates the teacher), gets its actor once.
        QStringLiteral("CREATE TRIGGER audit_actions_no_update BEFORE UPDATE ON audit_actions WHEN NOT ("
                       "OLD.id IS (SELECT action_id FROM audit_context WHERE id = 1) AND OLD.actor = '' "
                       "AND NEW.id = OLD.id AND NEW.happened_at IS OLD.happened_at AND NEW.kind IS OLD.kind "
                       "AND NEW.summary IS OLD.summary AND NEW.account_id IS OLD.account_id "
                       "AND NEW.user_name IS OLD.user_name) ")
            + raiseAbort("The audit trail cannot be changed"),
        QStringLiteral("CREATE TRIGGER audit_actions_no_delete BEFORE DELETE ON audit_actions ")
            + raiseAbort("The audit trail cannot be changed"),
        QStringLiteral("CREATE TRIGGER audit_changes_no_update BEFORE UPDATE ON audit_changes ")
            + raiseAbort("The audit trail cannot be changed"),
        QStringLiteral("CREATE TRIGGER audit_changes_no_delete BEFORE DELETE ON audit_changes ")
            + raiseAbort("The audit trail cannot be changed"),
        QStringLiteral("CREATE TRIGGER audit_reads_no_update BEFORE UPDATE ON audit_reads ")
            + raiseAbort("The audit trail cannot be changed"),
        QStringLiteral("CREATE TRIGGER audit_reads_no_delete BEFORE DELETE ON audit_reads ")
            + raiseAbort("The audit trail cannot be changed"),
        QStringLiteral("CREATE TRIGGER audit_context_no_delete BEFORE DELETE ON audit_context ")
            + raiseAbort("The audit context stays"),
        // The signed-record delete guards of migration 5, with the purge exception.
        QStringLiteral("DROP TRIGGER session_students_signed_delete"),
        QStringLiteral("DROP TRIGGER session_objectives_signed_delete"),
        QStringLiteral("DROP TRIGGER progress_points_signed_delete"),
        QStringLiteral("CREATE TRIGGER session_students_signed_delete BEFORE DELETE ON session_students WHEN %1 %2")
            .arg(lockedUnlessPurged(QStringLiteral("session_id"), purgeOfRow), signedMessage),
        QStringLiteral("CREATE TRIGGER session_objectives_signed_delete BEFORE DELETE ON session_objectives WHEN %1 %2")
            .arg(lockedUnlessPurged(QStringLiteral("session_id"), purgeOfRow), signedMessage),
        QStringLiteral("CREATE TRIGGER progress_points_signed_delete BEFORE DELETE ON progress_points WHEN %1 %2")
            .arg(lockedUnlessPurged(QStringLiteral("session_id"), anyPurge), signedMessage),
    };
    return statements;
}

} // namespace rr
