#include "audit/AuditSchema.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// Columns holding the sensitive data of issue 15: never copied into the trail.
const QHash<QString, QSet<QString>> &maskedColumns()
{
    static const QHash<QString, QSet<QString>> masked{
        {u"students"_s, {u"id_number"_s, u"certificate_number"_s, u"family_situation"_s, u"growth_history"_s,
                         u"treatment_history"_s, u"medical_history"_s, u"photo"_s}},
        {u"student_needs"_s, {u"category"_s, u"grade"_s, u"note"_s}},
        {u"guardians"_s, {u"phone"_s, u"address"_s, u"education"_s, u"occupation"_s}},
        {u"counselling_sessions"_s, {u"topic"_s, u"observations"_s, u"follow_up"_s}},
        {u"family_contacts"_s, {u"family_present"_s, u"content"_s, u"family_views"_s, u"follow_up"_s}},
        {u"assessments"_s, {u"results"_s, u"conclusion"_s}},
        // Import warnings quote the cells they doubt, ID numbers among them.
        {u"student_review_flags"_s, {u"message"_s}},
    };
    return masked;
}

QString contextAction()
{
    return u"(SELECT action_id FROM audit_context WHERE id = 1)"_s;
}

// A column as SQL: quoted, so a column named like a keyword stays a column.
QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

// The value of one column of an inserted or deleted row as the trail keeps
// it: in clear, or for a masked column only that it holds something.
QString wholeRowValue(const AuditedColumn &column, const QString &row)
{
    const QString value = row + u'.' + quoted(column.name);
    if (!column.masked)
        return value;
    return u"CASE WHEN %1 IS NULL OR %1 = '' THEN NULL ELSE json_object('masked', 1) END"_s.arg(value);
}

// The value of one column of an updated row: only when it changed, wrapped
// in an array (so a change to or from NULL survives), or for a masked
// column only that it changed.
QString changedValue(const AuditedColumn &column, const QString &row)
{
    const QString differs = u"OLD.%1 IS NOT NEW.%1"_s.arg(quoted(column.name));
    if (column.masked)
        return u"CASE WHEN %1 THEN json_object('masked', 1) END"_s.arg(differs);
    return u"CASE WHEN %1 THEN json_array(%2.%3) END"_s.arg(differs, row, quoted(column.name));
}

// A JSON object of the columns; json_patch onto {} drops the members that
// are NULL (empty columns, unchanged ones of an update), which keeps the
// trail small.
QString jsonOf(const QList<AuditedColumn> &columns, const QString &row, bool isUpdate)
{
    QStringList pairs;
    for (const AuditedColumn &column : columns)
        pairs << u"'%1', %2"_s.arg(QString(column.name).replace(u'\'', u"''"_s),
                                   isUpdate ? changedValue(column, row) : wholeRowValue(column, row));
    return u"json_patch('{}', json_object(%1))"_s.arg(pairs.join(u", "_s));
}

} // namespace

QStringList notAuditedTables()
{
    return {u"audit_actions"_s, u"audit_changes"_s, u"audit_context"_s, u"audit_reads"_s};
}

bool isMaskedColumn(const QString &table, const QString &column, const QString &declaredType)
{
    if (declaredType.compare(u"BLOB"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QString lower = column.toLower();
    for (const char *secret : {"password", "secret", "salt", "recovery", "hash", "id_number"})
        if (lower.contains(QLatin1String(secret)))
            return true;
    return maskedColumns().value(table).contains(column);
}

QString studentColumnOf(const QString &table, const QStringList &columns)
{
    if (table == u"students"_s)
        return u"id"_s;
    if (columns.contains(u"student_id"_s))
        return u"student_id"_s;
    return {};
}

QStringList auditTriggerStatements(const QString &table, const QList<AuditedColumn> &columns)
{
    QStringList names;
    for (const AuditedColumn &column : columns)
        names << column.name;
    const QString studentColumn = studentColumnOf(table, names);
    const auto student = [&](const QString &row) {
        return studentColumn.isEmpty() ? u"NULL"_s : row + u'.' + quoted(studentColumn);
    };
    const QString active = contextAction() + u" IS NOT NULL"_s;
    QStringList differs;
    for (const AuditedColumn &column : columns)
        differs << u"OLD.%1 IS NOT NEW.%1"_s.arg(quoted(column.name));
    const QString insertChange =
        u"INSERT INTO audit_changes(action_id, op, table_name, row_id, student_id, old_values, new_values) VALUES (%1, '%2', '%3', %4, %5, %6, %7);"_s;
    return {
        u"CREATE TRIGGER audit_%1_insert AFTER INSERT ON %1 WHEN %2 BEGIN "_s.arg(table, active)
            + insertChange.arg(contextAction(), u"insert"_s, table, u"NEW.rowid"_s, student(u"NEW"_s), u"NULL"_s,
                               jsonOf(columns, u"NEW"_s, false))
            + u" END"_s,
        u"CREATE TRIGGER audit_%1_update AFTER UPDATE ON %1 WHEN %2 AND (%3) BEGIN "_s.arg(table, active,
                                                                                          differs.join(u" OR "_s))
            + insertChange.arg(contextAction(), u"update"_s, table, u"NEW.rowid"_s, student(u"NEW"_s),
                               jsonOf(columns, u"OLD"_s, true), jsonOf(columns, u"NEW"_s, true))
            + u" END"_s,
        u"CREATE TRIGGER audit_%1_delete AFTER DELETE ON %1 WHEN %2 BEGIN "_s.arg(table, active)
            + insertChange.arg(contextAction(), u"delete"_s, table, u"OLD.rowid"_s, student(u"OLD"_s),
                               jsonOf(columns, u"OLD"_s, false), u"NULL"_s)
            + u" END"_s,
    };
}

Result<void> syncAuditTriggers(QSqlDatabase &db)
{
    const auto failed = [](const QSqlQuery &query) {
        return makeError(ErrorCode::Storage, query.lastError().text());
    };
    QSqlQuery query(db);
    if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                    "ORDER BY name"_s))
        return failed(query);
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    QHash<QString, QString> existing;   // trigger name → its SQL
    if (!query.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit\\_%' ESCAPE '\\'"_s))
        return failed(query);
    while (query.next())
        existing.insert(query.value(0).toString(), query.value(1).toString());
    const QStringList skipped = notAuditedTables();
    for (const QString &table : std::as_const(tables)) {
        if (skipped.contains(table))
            continue;
        QList<AuditedColumn> columns;
        if (!query.exec(u"SELECT name, type FROM pragma_table_info('%1') ORDER BY cid"_s.arg(table)))
            return failed(query);
        while (query.next()) {
            const QString name = query.value(0).toString();
            columns << AuditedColumn{name, isMaskedColumn(table, name, query.value(1).toString())};
        }
        const QStringList wanted = auditTriggerStatements(table, columns);
        static const QStringList ops{u"insert"_s, u"update"_s, u"delete"_s};
        for (int i = 0; i < wanted.size(); ++i) {
            const QString name = u"audit_%1_%2"_s.arg(table, ops.at(i));
            if (existing.value(name) == wanted.at(i))
                continue;
            if (existing.contains(name) && !query.exec(u"DROP TRIGGER %1"_s.arg(name)))
                return failed(query);
            if (!query.exec(wanted.at(i)))
                return failed(query);
        }
    }
    return {};
}

} // namespace rr
