#include "storage/StatementCache.h"

#include "storage/SqlErrors.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlResult>
#include <sqlite3.h>

namespace rr {

namespace {

// Generated SQL (IN lists, filters) could grow a cache without end; past this
// many statements the ones not lent out are dropped and prepared again later.
constexpr int kMaxStatementsPerConnection = 256;

using Statements = QHash<QString, std::shared_ptr<CachedStatement>>;
// Connections belong to one thread, and so do their statements.
thread_local QHash<QString, Statements> t_statements;

bool isReadOnlyStatement(const QSqlQuery &query)
{
    const QVariant handle = query.result() ? query.result()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3_stmt*") != 0)
        return false;
    auto *statement = *static_cast<sqlite3_stmt *const *>(handle.constData());
    return statement != nullptr && sqlite3_stmt_readonly(statement) != 0;
}

Result<std::shared_ptr<CachedStatement>> prepare(const QSqlDatabase &db, const QString &sql)
{
    auto prepared = std::make_shared<CachedStatement>();
    prepared->query = QSqlQuery(db);
    prepared->query.setForwardOnly(true);
    if (!prepared->query.prepare(sql))
        return storageError(prepared->query.lastError(), QCoreApplication::translate("rr::Database", "Preparing a statement"));
    prepared->readOnly = isReadOnlyStatement(prepared->query);
    return prepared;
}

// The cached statement for `sql` if it is free; a new one otherwise (kept in
// the cache unless the cached one is lent out).
Result<std::shared_ptr<CachedStatement>> statementFor(const QSqlDatabase &db, const QString &sql)
{
    Statements &kept = t_statements[db.connectionName()];
    if (const auto it = kept.constFind(sql); it != kept.cend()) {
        if (!(*it)->lent)
            return *it;
        return prepare(db, sql);   // nested use: a one-off statement
    }
    auto prepared = prepare(db, sql);
    if (!prepared)
        return prepared;
    if (kept.size() >= kMaxStatementsPerConnection) {
        for (auto it = kept.begin(); it != kept.end();)
            it = (*it)->lent ? std::next(it) : kept.erase(it);
    }
    kept.insert(sql, *prepared);
    return prepared;
}

} // namespace

Result<SqlRows> executeStatement(const QSqlDatabase &db, const QString &sql, const SqlParams &params, StatementUse use)
{
    auto statement = statementFor(db, sql);
    if (!statement)
        return statement.error();
    std::shared_ptr<CachedStatement> entry = *statement;
    if (use == StatementUse::ReadOnly && !entry->readOnly) {
        // A program error, not a user's: reads must never change the file.
        Error refused = makeError(ErrorCode::Storage, QCoreApplication::translate("rr::Database", "Reading data failed: the program tried to change "
                                                                                 "the data file while only reading it; nothing was changed."));
        refused.detail = QStringLiteral("write statement refused on a read path: %1").arg(sql.left(200));
        return refused;
    }
    // Lent from here on: SqlRows gives it back (finished) when it is destroyed.
    SqlRows rows(entry);
    QSqlQuery &query = entry->query;
    for (const auto &[name, value] : params)
        query.bindValue(QString::fromLatin1(name), value);
    if (!query.exec())
        return storageError(query.lastError(), QCoreApplication::translate("rr::Database", "Reading or saving data"));
    return rows;
}

void dropCachedStatements(const QString &connectionName)
{
    t_statements.remove(connectionName);
}

int cachedStatementCount(const QString &connectionName)
{
    return int(t_statements.value(connectionName).size());
}

// --- SqlRows ---------------------------------------------------------------

SqlRows::SqlRows(std::shared_ptr<CachedStatement> statement) : m_statement(std::move(statement))
{
    m_statement->lent = true;
}

SqlRows::SqlRows(SqlRows &&other) noexcept
    : m_statement(std::move(other.m_statement)), m_stepError(std::move(other.m_stepError))
{
    other.m_statement.reset();
}

SqlRows &SqlRows::operator=(SqlRows &&other) noexcept
{
    if (this != &other) {
        giveBack();
        m_statement = std::move(other.m_statement);
        m_stepError = std::move(other.m_stepError);
        other.m_statement.reset();
    }
    return *this;
}

SqlRows::~SqlRows()
{
    giveBack();
}

void SqlRows::giveBack()
{
    if (!m_statement)
        return;
    // finish() resets the statement: it keeps no read snapshot open.
    m_statement->query.finish();
    m_statement->lent = false;
    m_statement.reset();
}

QVariant SqlRows::value(int column) const
{
    return m_statement ? m_statement->query.value(column) : QVariant();
}

QVariant SqlRows::lastInsertId() const
{
    return m_statement ? m_statement->query.lastInsertId() : QVariant();
}

int SqlRows::numRowsAffected() const
{
    return m_statement ? m_statement->query.numRowsAffected() : -1;
}

bool SqlRows::next()
{
    if (!m_statement)
        return false;
    if (m_statement->query.next())
        return true;
    // next() is false at the end and on failure; only a failure sets an error.
    const QSqlError error = m_statement->query.lastError();
    if (error.isValid() && error.type() != QSqlError::NoError && !m_stepError)
        m_stepError = storageError(error, QCoreApplication::translate("rr::Database", "Reading data"));
    return false;
}

// --- helpers ---------------------------------------------------------------

Result<QVariant> readValue(const SqlExecutor &sql, const QString &statement, const SqlParams &params)
{
    auto rows = sql.exec(statement, params);
    if (!rows)
        return rows.error();
    if (rows->next())
        return rows->value(0);
    if (auto failed = rows->stepError())
        return *failed;
    return QVariant();
}

Result<QList<qint64>> readIds(const SqlExecutor &sql, const QString &statement, const SqlParams &params)
{
    return readList(sql, statement, params, [](const SqlRows &row) { return row.value(0).toLongLong(); });
}

Result<void> run(const SqlExecutor &sql, const QString &statement, const SqlParams &params)
{
    auto rows = sql.exec(statement, params);
    if (!rows)
        return rows.error();
    return {};
}

} // namespace rr
