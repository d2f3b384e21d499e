#pragma once
// The one SQLite file behind every repository. Opening it is guarded: a file
// that is not ours, is too new, or cannot be written is refused before SQLite
// touches it, so the user's file stays byte-for-byte as it was.
//
// Every change goes through write(): one transaction per user action. That is
// the single place where later concerns (audit trail, permissions, sign-off
// locks) attach to all writes at once.
#include "common/Clock.h"
#include "common/Result.h"
#include "security/Principal.h"
#include "storage/FileIdentity.h"
#include "storage/SqlExecutor.h"
#include "storage/SqlParams.h"

#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QThread>
#include <functional>
#include <memory>

namespace rr {

enum class OpenMode {
    OpenExisting,     // the file must already exist (CLI --db, File > Open)
    CreateIfMissing,  // the default database and new files
};

// Who may write. The GUI and the CLI commands that write hold the writer lock
// (storage/DataFileLock.h) for as long as the file is open; a second copy may
// open the file read-only, where every write is refused.
enum class Access {
    ReadWrite,   // no writer lock (the CLI's reading commands, tests)
    Exclusive,   // the writer lock is taken first; ErrorCode::Locked if another program holds it
    ReadOnly,    // SQLite opened read-only; write() refuses with a message
};

// A data file whose write-ahead log is damaged (storage/WalInspection.h) is
// refused, with the originals kept aside; Accept opens it anyway, losing the
// changes beyond the damage, once the user has been told and agreed.
enum class DamagedLog { Refuse, Accept };

// What a user action is, for the write path. `summary` is shown in the audit
// trail later: it must never hold ID numbers, medical or family details.
struct Action {
    QString kind;      // e.g. "student.create"
    QString summary;
};

class DataFileLock;
class Transaction;

class Database final : public QObject, public SqlExecutor {
    Q_OBJECT
public:
    static Result<std::shared_ptr<Database>> open(const QString &path, OpenMode mode, Access access = Access::ReadWrite,
                                                  DamagedLog damagedLog = DamagedLog::Refuse);
    ~Database() override;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    bool holdsWriterLock() const { return m_lock != nullptr; }
    // Lets go of a file that was replaced or deleted under us, so that the
    // path can be opened again (by this program too): closes this thread's
    // connection without letting SQLite delete the -wal and -shm files by
    // name (they may be the new file's), moves our own stale log out of the
    // way (kept beside the file as FILE.lost-…-wal, for support) so it is
    // never replayed into the new file, and gives the writer lock up.
    // Nothing can be read through this Database afterwards.
    void retireLostFile();
    // The message every refused write of a read-only file gives.
    static QString readOnlyMessage();
    int schemaVersion() const;
    // Path of the copy taken before the last schema upgrade, empty if none.
    QString upgradeBackupPath() const { return m_upgradeBackup; }

    // The clock of every timestamp the repositories write (created_at,
    // updated_at, recorded_at …): the system clock unless the program or a
    // test sets another, so no SQL needs SQLite's datetime('now').
    const Clock &clock() const { return *m_clock; }
    void setClock(std::shared_ptr<const Clock> clock);

    // Who acts on the file (security/Principal.h): the open principal until
    // someone signs in. The policy and the audit trail read it.
    Principal principal() const;
    void setPrincipal(const Principal &principal);

    // The connection of the calling thread (one connection per thread).
    QSqlDatabase connection() const;

    // Reads only: a statement that would change the file is refused.
    // Bound parameters only; statements are kept prepared per connection.
    Result<SqlRows> exec(const QString &sql, const SqlParams &params = {}) const override;

    // Whether the path still names the file that was opened. A replaced or
    // deleted file (a sync tool, a hand "restore") is refused before every
    // write and before a worker thread connects; the GUI also asks when its
    // window regains focus. ErrorCode::FileChanged says which happened.
    Result<void> checkFileIdentity() const;

    // One user action = one transaction. The body's first error rolls it all back.
    Result<void> write(const Action &action, const std::function<Result<void>(Transaction &)> &body);
    // The same, for actions that create a row: hands back the body's new id.
    Result<qint64> writeReturningId(const Action &action, const std::function<Result<qint64>(Transaction &)> &body);

signals:
    // Emitted after a write committed; views refresh on it.
    void written(const QString &kind);
    // Emitted when a write was refused because the file was replaced or
    // deleted (ErrorCode::FileChanged); the window offers "Save as".
    void fileLost(const QString &message);

private:
    explicit Database(QString path, QString connectionName);
    Result<void> configure(QSqlDatabase &db) const;
    void openConnection(QSqlDatabase &db) const;
    // The calling thread's connection, once the file is known to be the one opened.
    Result<QSqlDatabase> checkedConnection() const;

    QString m_path;
    QString m_connectionName;
    QString m_upgradeBackup;
    QThread *m_ownerThread = nullptr;   // the thread of the main connection
    Access m_access = Access::ReadWrite;
    std::optional<FileIdentity> m_identity;   // the file that was opened
    std::optional<FileIdentity> m_logIdentity;   // its -wal, once SQLite made it
    std::shared_ptr<const Clock> m_clock = systemClock();
    mutable QMutex m_principalMutex;   // worker threads read it
    Principal m_principal;
    std::unique_ptr<DataFileLock> m_lock;
};

// The transaction of one user action: runs any statement.
class Transaction final : public SqlExecutor {
public:
    Result<SqlRows> exec(const QString &sql, const SqlParams &params = {}) const override;
    // Runs an INSERT and returns the new row id.
    Result<qint64> insert(const QString &sql, const SqlParams &params);
    const Action &action() const { return m_action; }
    // When the action happened: one time for every row it writes.
    const QDateTime &now() const { return m_now; }

private:
    friend class Database;
    Transaction(QSqlDatabase db, Action action, QDateTime now)
        : m_db(std::move(db)), m_action(std::move(action)), m_now(std::move(now)) {}
    QSqlDatabase m_db;
    Action m_action;
    QDateTime m_now;
};

} // namespace rr
