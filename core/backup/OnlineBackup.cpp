#include "backup/OnlineBackup.h"

#include "backup/BackupProgress.h"
#include "backup/DurableFiles.h"
#include "storage/SqlErrors.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <sqlite3.h>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// 1 MiB a step at 4 KiB pages: progress and cancel stay responsive.
constexpr int kPagesPerStep = 256;
// A step that finds the source busy (a checkpoint, another program's
// transaction) is retried for up to this long.
constexpr int kBusyRetryMs = 10000;

Error sqliteError(sqlite3 *db, int code, const QString &doing)
{
    const QString text = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    const int extended = db ? sqlite3_extended_errcode(db) : code;
    return storageError(QSqlError(text, text, QSqlError::StatementError, QString::number(extended)), doing);
}

// Closes the target connection and removes the partial file on failure.
struct Target {
    sqlite3 *db = nullptr;
    QString path;
    bool keep = false;
    ~Target()
    {
        if (db)
            sqlite3_close_v2(db);
        if (!keep) {
            QFile::remove(path);
            QFile::remove(path + u"-journal"_s);
        }
    }
};

// Holds one read transaction on the source for the copy's whole length.
struct ReadSnapshot {
    sqlite3 *db = nullptr;
    bool began = false;
    Result<void> begin()
    {
        if (sqlite3_get_autocommit(db) == 0)
            return {};   // already inside a transaction: its snapshot is used
        int rc = sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK) {
            began = true;
            // The snapshot starts with the first read.
            rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
        }
        if (rc != SQLITE_OK)
            return sqliteError(db, rc, QCoreApplication::translate("rr::Backup", "Reading the data file"));
        return {};
    }
    ~ReadSnapshot()
    {
        if (began)
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
};

} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Result<void> copyDatabase(const QSqlDatabase &source, const QString &target, const PageProgress &progress)
{
    const QString copying = QCoreApplication::translate("rr::Backup", "Copying the data");
    sqlite3 *from = sqliteHandle(source);
    if (!from)
        return makeError(ErrorCode::Storage, QCoreApplication::translate("rr::Backup", "The data file is not open."));
    if (auto created = createPrivateFile(target); !created)
        return created;
    Target to;
    to.path = target;
    const QByteArray path = target.toUtf8();
    if (const int rc = sqlite3_open_v2(path.constData(), &to.db, SQLITE_OPEN_READWRITE, nullptr); rc != SQLITE_OK)
        return sqliteError(to.db, rc, copying);
    sqlite3_exec(to.db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);

    ReadSnapshot snapshot{from};
    if (auto begun = snapshot.begin(); !begun)
        return begun;
    sqlite3_backup *backup = sqlite3_backup_init(to.db, "main", from, "main");
    if (!backup)
        return sqliteError(to.db, sqlite3_errcode(to.db), copying);
    int rc = SQLITE_OK;
    int waited = 0;
    bool cancelled = false;
    do {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        const int total = sqlite3_backup_pagecount(backup);
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
            cancelled = true;
            break;
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (waited >= kBusyRetryMs)
                break;
            sqlite3_sleep(50);
            waited += 50;
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(backup);
    if (cancelled)
        return cancelledError();
    if (rc != SQLITE_DONE)
        return sqliteError(nullptr, rc, copying);
    if (finished != SQLITE_OK)
        return sqliteError(to.db, finished, copying);
    // The copy carries the source's WAL flag in its header; a backup is a
    // single file, so it goes back to a rollback journal.
    if (const int mode = sqlite3_exec(to.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr); mode != SQLITE_OK)
        return sqliteError(to.db, mode, copying);
    if (const int closed = sqlite3_close(to.db); closed != SQLITE_OK)
        return sqliteError(to.db, closed, copying);
    to.db = nullptr;
    if (auto synced = syncFile(target); !synced)
        return synced;
    to.keep = true;
    return {};
}

} // namespace rr
