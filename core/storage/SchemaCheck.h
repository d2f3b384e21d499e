#pragma once
// Compares a data file's schema with what our migrations create at the same
// version: every table, column, index, trigger and view, by its SQL. A file
// that differs was changed by another program or by hand (a dropped sign-off
// trigger, a foreign trigger, a missing table) and is not opened.
#include <QSqlDatabase>
#include <QStringList>

namespace rr {

// One translated line per difference; empty when the schema is ours.
QStringList schemaDifferences(const QSqlDatabase &db, int version);

// The refusal a user reads, naming the first few differences.
QString schemaRefusal(const QString &path, const QStringList &differences);

} // namespace rr
