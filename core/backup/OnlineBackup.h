#pragma once
// Copies a SQLite database with SQLite's online backup API
// (sqlite3_backup_*), never as a file copy: a file copy of a live database
// can catch half a transaction, or miss what still sits in its -wal file.
#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>

struct sqlite3;

namespace rr {

using PageProgress = std::function<bool(qint64 pagesDone, qint64 pagesTotal)>;

// Copies the database behind `source` (an open connection of the calling
// thread) into `target`, which must not exist; it is created 0600.
// One read transaction is held on `source` for the whole copy, so the copy
// is one consistent moment even while another connection (the GUI) saves:
// in WAL mode readers and the writer do not wait for each other, and the
// copy never restarts. The copy is left in rollback-journal mode, so no
// -wal or -shm file appears beside a backup. On failure or cancel the
// partial target is removed.
Result<void> copyDatabase(const QSqlDatabase &source, const QString &target, const PageProgress &progress = {});

// The sqlite3* behind a Qt connection, for the backup API. The SQLite
// driver must use the same SQLite library as the program (Debian's Qt
// does; a Windows build needs Qt's driver built against the system SQLite,
// as the statement cache already requires).
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace rr
