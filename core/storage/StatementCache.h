#pragma once
// Prepared statements kept per connection (internal to storage/). Preparing
// is most of the cost of a small query: demo generation spent ~70% of its
// time there before statements were kept.
//
// A statement is lent to one SqlRows at a time. A nested use of the same SQL
// while it is lent (a loop that runs the same query again) gets a fresh,
// uncached statement instead, so an outer loop's rows are never disturbed.
#include "common/Result.h"
#include "storage/SqlExecutor.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>

namespace rr {

struct CachedStatement {
    QSqlQuery query;
    bool lent = false;
    bool readOnly = false;   // sqlite3_stmt_readonly: it changes nothing in the file
};

enum class StatementUse { ReadOnly, AnyStatement };

// Prepares (or takes from the connection's cache), checks, binds and runs.
// ReadOnly refuses a statement that would write.
Result<SqlRows> executeStatement(const QSqlDatabase &db, const QString &sql, const SqlParams &params, StatementUse use);

// Drops the connection's kept statements; call before closing or removing it.
void dropCachedStatements(const QString &connectionName);

// How many statements the connection keeps (for tests).
int cachedStatementCount(const QString &connectionName);

} // namespace rr
