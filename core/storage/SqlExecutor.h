#pragma once
// The one way repositories run SQL. Database and Transaction both implement
// SqlExecutor, so the same read code serves a page (through the Database)
// and a user action (inside its Transaction):
//
//   Database::exec     read-only: a statement that would write is refused.
//   Transaction::exec  anything, inside the action's one transaction.
//
// Statements are prepared once per connection and kept (StatementCache); the
// rows of a statement are a SqlRows, which lends the prepared statement out
// until it is destroyed.
//
// Reads return Result like writes do: readList/readOne/readValue turn a
// failed prepare, bind, step or a damaged page into an Error, never into an
// empty list.
#include "common/Result.h"
#include "storage/SqlParams.h"

#include <QList>
#include <QSqlQuery>
#include <QVariant>
#include <memory>
#include <optional>
#include <type_traits>

namespace rr {

struct CachedStatement;

// The rows (or the outcome) of one executed statement. Move-only.
class SqlRows {
public:
    explicit SqlRows(std::shared_ptr<CachedStatement> statement);
    SqlRows(SqlRows &&other) noexcept;
    SqlRows &operator=(SqlRows &&other) noexcept;
    SqlRows(const SqlRows &) = delete;
    SqlRows &operator=(const SqlRows &) = delete;
    ~SqlRows();

    bool next();
    QVariant value(int column) const;
    QVariant lastInsertId() const;
    int numRowsAffected() const;
    // Set when stepping failed part-way (a damaged page, an I/O error): the
    // rows seen so far are not all there is.
    std::optional<Error> stepError() const { return m_stepError; }

private:
    void giveBack();
    std::shared_ptr<CachedStatement> m_statement;   // cached (lent) or one-off
    std::optional<Error> m_stepError;
};

class SqlExecutor {
public:
    virtual ~SqlExecutor() = default;
    // Prepares (once per connection), binds the named parameters, runs.
    virtual Result<SqlRows> exec(const QString &sql, const SqlParams &params = {}) const = 0;

protected:
    SqlExecutor() = default;
    SqlExecutor(const SqlExecutor &) = default;
    SqlExecutor &operator=(const SqlExecutor &) = default;
};

// Every row mapped by `map(const SqlRows &)`.
template <typename Map>
auto readList(const SqlExecutor &sql, const QString &statement, const SqlParams &params, Map &&map)
    -> Result<QList<std::decay_t<std::invoke_result_t<Map &, const SqlRows &>>>>
{
    using T = std::decay_t<std::invoke_result_t<Map &, const SqlRows &>>;
    auto rows = sql.exec(statement, params);
    if (!rows)
        return rows.error();
    QList<T> list;
    while (rows->next())
        list.append(map(std::as_const(*rows)));
    if (auto failed = rows->stepError())
        return *failed;
    return list;
}

// The first row mapped, or nullopt when there is none.
template <typename Map>
auto readOne(const SqlExecutor &sql, const QString &statement, const SqlParams &params, Map &&map)
    -> Result<std::optional<std::decay_t<std::invoke_result_t<Map &, const SqlRows &>>>>
{
    using T = std::decay_t<std::invoke_result_t<Map &, const SqlRows &>>;
    auto rows = sql.exec(statement, params);
    if (!rows)
        return rows.error();
    if (rows->next())
        return std::optional<T>(map(std::as_const(*rows)));
    if (auto failed = rows->stepError())
        return *failed;
    return std::optional<T>();
}

// The first column of the first row; a null QVariant when there is no row.
Result<QVariant> readValue(const SqlExecutor &sql, const QString &statement, const SqlParams &params = {});
// The first column of every row, as ids.
Result<QList<qint64>> readIds(const SqlExecutor &sql, const QString &statement, const SqlParams &params = {});

// Runs a statement whose rows nobody reads (INSERT, UPDATE, DELETE).
Result<void> run(const SqlExecutor &sql, const QString &statement, const SqlParams &params = {});

} // namespace rr
