#include "audit/AuditRepository.h"

#include "storage/Database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// The rows of audit_changes that belong to the record `table`/`id` (alias c).
// The id is a number formatted here and the part tables are ours, so the
// condition is built as text; the record's own table is bound as :rtable.
QString changesOfRecord(const QString &table, qint64 id)
{
    QStringList any{u"(c.table_name = :rtable AND c.row_id = %1)"_s.arg(id)};
    if (table == u"students"_s)
        any << u"c.student_id = %1"_s.arg(id);
    for (const auto &[part, column] : auditPartsOf(table))
        any << u"(c.table_name = '%1' AND json_extract(COALESCE(c.new_values, c.old_values), '$.%2') = %3)"_s.arg(part, column).arg(id);
    return u"(%1)"_s.arg(any.join(u" OR "_s));
}

QString readsOfRecord(const QString &table, qint64 id)
{
    QString condition = u"(r.record_table = :rtable2 AND r.record_id = %1)"_s.arg(id);
    if (table == u"students"_s)
        condition += u" OR r.student_id = %1"_s.arg(id);
    return u"(%1)"_s.arg(condition);
}

const QString kActionColumns = u"a.id, a.happened_at, a.actor, a.user_name, a.kind, a.summary, r.record_table, r.record_id, "
                               "(SELECT COUNT(*) FROM audit_changes n WHERE n.action_id = a.id) "
                               "FROM audit_actions a LEFT JOIN audit_reads r ON r.action_id = a.id"_s;

AuditEntry entryFrom(const SqlRows &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), u"yyyy-MM-dd HH:mm:ss"_s);
    e.actor = q.value(2).toString();
    e.userName = q.value(3).toString();
    e.kind = q.value(4).toString();
    e.summary = q.value(5).toString();
    e.readTable = q.value(6).toString();
    e.readId = q.value(7).toLongLong();
    e.changeCount = q.value(8).toInt();
    return e;
}

struct StoredChange {
    qint64 actionId = 0;
    AuditRowChange change;
};

StoredChange changeFrom(const SqlRows &q)
{
    StoredChange stored;
    stored.actionId = q.value(0).toLongLong();
    stored.change.op = q.value(1).toString();
    stored.change.table = q.value(2).toString();
    stored.change.rowId = q.value(3).toLongLong();
    stored.change.studentId = q.value(4).toLongLong();
    stored.change.fields = auditFieldChanges(stored.change.op, q.value(5).toString(), q.value(6).toString());
    return stored;
}

// A masked value is {"masked":1}; an update's value is wrapped in an array
// ([value]). SQLite may hand nested JSON over as its text, so both forms are read.
QJsonValue nested(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.startsWith(u"{\"masked\""_s))
            return QJsonDocument::fromJson(text.toUtf8()).object();
        if (text.startsWith(u'[') && text.endsWith(u']')) {
            const QJsonDocument array = QJsonDocument::fromJson(text.toUtf8());
            if (array.isArray())
                return array.array();
        }
    }
    return value;
}

bool isMaskedValue(const QJsonValue &value)
{
    const QJsonValue v = nested(value);
    return v.isObject() && v.toObject().contains(u"masked"_s);
}

QVariant plainValue(const QJsonValue &stored, bool wrapped)
{
    QJsonValue value = nested(stored);
    if (wrapped && value.isArray())
        value = value.toArray().at(0);
    if (value.isNull() || value.isUndefined() || isMaskedValue(value))
        return {};
    if (value.isString() && value.toString().isEmpty())
        return {};
    return value.toVariant();
}

} // namespace

QList<std::pair<QString, QString>> auditPartsOf(const QString &table)
{
    if (table == u"ieps"_s)
        return {{u"iep_goals"_s, u"iep_id"_s},          {u"iep_present_levels"_s, u"iep_id"_s},
                {u"iep_services"_s, u"iep_id"_s},       {u"iep_accommodations"_s, u"iep_id"_s},
                {u"iep_team"_s, u"iep_id"_s},           {u"iep_review_dates"_s, u"iep_id"_s},
                {u"iep_revisions"_s, u"iep_id"_s}};
    if (table == u"training_sessions"_s)
        return {{u"session_students"_s, u"session_id"_s},  {u"session_objectives"_s, u"session_id"_s},
                {u"session_equipment"_s, u"session_id"_s}, {u"training_amendments"_s, u"session_id"_s}};
    return {};
}

QList<AuditFieldChange> auditFieldChanges(const QString &op, const QString &beforeJson, const QString &afterJson)
{
    // Inserts and deletes keep the non-empty fields of the row; updates only
    // the changed ones, each wrapped in an array (see audit/AuditSchema.cpp).
    const QJsonObject before = QJsonDocument::fromJson(beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(afterJson.toUtf8()).object();
    const bool isUpdate = op == u"update"_s;
    QStringList fields = (op == u"delete"_s ? before : after).keys();
    if (isUpdate)
        for (const QString &key : before.keys())
            if (!fields.contains(key))
                fields << key;
    QList<AuditFieldChange> changes;
    for (const QString &field : std::as_const(fields)) {
        const QJsonValue old = before.value(field);
        const QJsonValue now = after.value(field);
        changes << AuditFieldChange{field, plainValue(old, isUpdate), plainValue(now, isUpdate),
                                    isMaskedValue(old) || isMaskedValue(now)};
    }
    return changes;
}

Result<QList<AuditEntry>> AuditRepository::history(const QString &table, qint64 id) const
{
    const QString changes = changesOfRecord(table, id);
    auto entries = readList(*m_db,
                            u"SELECT %1 WHERE EXISTS (SELECT 1 FROM audit_changes c WHERE c.action_id = a.id AND %2) "
                            "OR (r.action_id IS NOT NULL AND %3) ORDER BY a.id DESC"_s
                                .arg(kActionColumns, changes, readsOfRecord(table, id)),
                            {{":rtable", table}, {":rtable2", table}}, entryFrom);
    if (!entries)
        return entries;
    auto rows = readList(*m_db,
                         u"SELECT c.action_id, c.op, c.table_name, c.row_id, c.student_id, c.old_values, c.new_values "
                         "FROM audit_changes c WHERE %1 ORDER BY c.id"_s.arg(changes),
                         {{":rtable", table}}, changeFrom);
    if (!rows)
        return rows.error();
    QHash<qint64, int> index;
    for (int i = 0; i < entries->size(); ++i)
        index.insert(entries->at(i).id, i);
    for (StoredChange &stored : *rows)
        if (const auto it = index.constFind(stored.actionId); it != index.cend())
            (*entries)[*it].changes << std::move(stored.change);
    return entries;
}

Result<QList<AuditEntry>> AuditRepository::search(const AuditFilter &filter) const
{
    QStringList where;
    SqlParams params;
    if (!filter.actor.trimmed().isEmpty()) {
        where << u"(a.actor = :actor OR a.user_name = :user)"_s;
        params.emplace_back(":actor", QVariant(filter.actor.trimmed()));
        params.emplace_back(":user", QVariant(filter.actor.trimmed()));
    }
    if (filter.since.isValid()) {
        where << u"a.happened_at >= :since"_s;
        params.emplace_back(":since", QVariant(filter.since.toString(u"yyyy-MM-dd"_s)));
    }
    if (filter.until.isValid()) {
        where << u"a.happened_at < :until"_s;
        params.emplace_back(":until", QVariant(filter.until.addDays(1).toString(u"yyyy-MM-dd"_s)));
    }
    if (!filter.kind.trimmed().isEmpty()) {
        QString prefix = filter.kind.trimmed();
        prefix.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        where << u"(a.kind = :kind OR a.kind LIKE :prefix ESCAPE '\\')"_s;
        params.emplace_back(":kind", QVariant(filter.kind.trimmed()));
        params.emplace_back(":prefix", QVariant(prefix + u".%"_s));
    }
    if (!filter.recordTable.isEmpty()) {
        where << u"(EXISTS (SELECT 1 FROM audit_changes c WHERE c.action_id = a.id AND %1) OR (r.action_id IS NOT NULL AND %2))"_s
                     .arg(changesOfRecord(filter.recordTable, filter.recordId), readsOfRecord(filter.recordTable, filter.recordId));
        params.emplace_back(":rtable", QVariant(filter.recordTable));
        params.emplace_back(":rtable2", QVariant(filter.recordTable));
    }
    QString sql = u"SELECT %1"_s.arg(kActionColumns);
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY a.id DESC"_s;
    if (filter.limit > 0)
        sql += u" LIMIT %1"_s.arg(filter.limit);
    return readList(*m_db, sql, params, entryFrom);
}

Result<QList<AuditRowChange>> AuditRepository::changesOf(qint64 actionId) const
{
    auto rows = readList(*m_db,
                         u"SELECT c.action_id, c.op, c.table_name, c.row_id, c.student_id, c.old_values, c.new_values "
                         "FROM audit_changes c WHERE c.action_id = :id ORDER BY c.id"_s,
                         {{":id", actionId}}, changeFrom);
    if (!rows)
        return rows.error();
    QList<AuditRowChange> changes;
    for (StoredChange &stored : *rows)
        changes << std::move(stored.change);
    return changes;
}

Result<QStringList> AuditRepository::actors() const
{
    return readList(*m_db, u"SELECT DISTINCT actor FROM audit_actions WHERE actor <> '' ORDER BY actor"_s, {},
                    [](const SqlRows &q) { return q.value(0).toString(); });
}

} // namespace rr
