#pragma once
// Reads the audit trail: a record's history and the whole trail filtered.
// The trail is written by Database::write and the triggers only; nothing
// here changes it.
#include "audit/AuditEntry.h"
#include "common/Result.h"

#include <memory>

namespace rr {

class Database;

class AuditRepository {
public:
    explicit AuditRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // Every action that changed or read the record, most recent first, each
    // with the changes of that record. A student's history also holds the
    // rows that belong to them (needs, guardians, contacts …); an IEP's and a
    // training record's the rows of their parts.
    Result<QList<AuditEntry>> history(const QString &table, qint64 id) const;

    // The trail filtered, most recent first, without the row changes
    // (changeCount says how many).
    Result<QList<AuditEntry>> search(const AuditFilter &filter) const;

    // The row changes of one action.
    Result<QList<AuditRowChange>> changesOf(qint64 actionId) const;

    // Who appears in the trail, for the filter.
    Result<QStringList> actors() const;

private:
    std::shared_ptr<Database> m_db;
};

// The child tables whose rows count as part of a record's history, with the
// column naming the parent (e.g. ieps → iep_goals.iep_id).
QList<std::pair<QString, QString>> auditPartsOf(const QString &table);

// Fields of an update that changed; of an insert or delete, the non-empty ones.
QList<AuditFieldChange> auditFieldChanges(const QString &op, const QString &beforeJson, const QString &afterJson);

} // namespace rr
