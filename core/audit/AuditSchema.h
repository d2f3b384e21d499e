#pragma once
// Which tables the audit trail watches, which of their columns it never
// copies in clear, and the triggers that record every row change.
//
// The triggers are generated from the schema itself and synced by the
// migration runner after migration 15 and after every later one (in the
// migration's transaction), so a table or column added later is audited
// without anyone writing a trigger; SchemaCheck expects exactly what the
// sync makes. Only the tables of kNotAudited are left out.
#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace rr {

// The first schema version with the audit trail.
inline constexpr int kAuditSchemaVersion = 15;

// Tables without row triggers: the trail itself and the context row that
// Database::write moves for every action.
QStringList notAuditedTables();

// Whether the column's value is kept out of the trail (only "changed" is
// recorded): ID and certificate numbers, need and disability details,
// medical, family and counselling text, photos and files (every BLOB), and
// any column named like a secret (password, hash, salt, recovery).
bool isMaskedColumn(const QString &table, const QString &column, const QString &declaredType);

// The column of `table` naming the student a row belongs to ("id" for
// students itself), empty when the table has none.
QString studentColumnOf(const QString &table, const QStringList &columns);

struct AuditedColumn {
    QString name;
    bool masked = false;
};

// The three CREATE TRIGGER statements (insert, update, delete) of a table.
QStringList auditTriggerStatements(const QString &table, const QList<AuditedColumn> &columns);

// Creates or replaces the audit triggers of every audited table so that
// they match its current columns; runs inside the caller's transaction.
Result<void> syncAuditTriggers(QSqlDatabase &db);

} // namespace rr
