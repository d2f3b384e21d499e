#include "storage/Database.h"

#include "audit/AuditWriter.h"
#include "security/Policy.h"

#include "storage/DamagedLog.h"
#include "storage/DataFileLock.h"
#include "storage/FileInspection.h"
#include "storage/Migrations.h"
#include "storage/SchemaCheck.h"
#include "storage/SqlErrors.h"
#include "storage/StatementCache.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QSqlDriver>
#include <sqlite3.h>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QThread>
#include <QTimer>

namespace rr {

namespace {

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("rr-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The connections a worker thread opened, closed when the thread ends: a
// later thread may get the same id, and a connection must never cross threads.
struct ThreadConnections {
    QHash<QString, QString> byDatabase;   // main connection name → this thread's
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(byDatabase)) {
            dropCachedStatements(name);
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
};
thread_local ThreadConnections t_connections;

// Refuses, before SQLite opens anything, every file we must leave untouched.
Result<void> vetFile(const QString &path, OpenMode mode, Access access, const FileInspection &file)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.exists) {
        if (mode == OpenMode::OpenExisting || access == Access::ReadOnly)
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Database", "The data file %1 does not exist.").arg(shown));
        const QFileInfo folder(QFileInfo(path).absolutePath());
        if (!folder.isDir())
            return makeError(ErrorCode::FileUnusable, QCoreApplication::translate("rr::Database", "The folder for %1 does not exist.").arg(shown));
        if (!folder.isWritable())
            return makeError(ErrorCode::FileUnusable,
                             QCoreApplication::translate("rr::Database", "The folder for %1 cannot be written to.").arg(shown));
        return {};
    }
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::FileUnusable, QCoreApplication::translate("rr::Database", "%1 is not a file.").arg(shown));
    // An empty file is nobody's data file: a sync tool or a failed copy leaves
    // those, and opening one would silently show an empty school.
    if (file.isEmpty)
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Database", "%1 is empty (0 bytes), not a ResourceRoom data file; it was left unchanged.").arg(shown));
    if (!file.isSqlite)
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Database", "%1 is not a ResourceRoom data file; it was left unchanged.").arg(shown));
    if (file.isSqlite && file.applicationId != kApplicationId && file.applicationId != 0)
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Database", "%1 belongs to another program; it was left unchanged.").arg(shown));
    if (file.isSqlite && file.applicationId == kApplicationId
        && int(file.userVersion) > latestSchemaVersion())
        return makeError(ErrorCode::TooNew,
                         QCoreApplication::translate("rr::Database", "%1 was written by a newer version of ResourceRoom (data version %2; this program "
                            "reads up to %3). Please update the program; the file was left unchanged.")
                             .arg(shown)
                             .arg(file.userVersion)
                             .arg(latestSchemaVersion()));
    if (access == Access::ReadOnly) {
        // The header may lag behind a writer's WAL: the version is read
        // through SQLite once open (readOnlyVersionProblem).
        if (file.isEmpty || !file.isSqlite)
            return makeError(ErrorCode::FileUnusable,
                             QCoreApplication::translate("rr::Database", "%1 is not yet a ResourceRoom data file and cannot be opened read-only.").arg(shown));
        return {};
    }
    if (!file.writable)
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Database", "%1 is read-only, or its folder is; it was left unchanged.").arg(shown));
    return {};
}

// Read-only cannot upgrade an older file, nor make an empty one ours.
Result<void> readOnlyVersionProblem(QSqlDatabase &db, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSqlQuery query(db);
    const bool ours = query.exec(QStringLiteral("PRAGMA application_id")) && query.next()
        && quint32(query.value(0).toLongLong()) == kApplicationId;
    if (!ours)
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Database", "%1 is not yet a ResourceRoom data file and cannot be opened read-only.").arg(shown));
    const int version = readUserVersion(db);
    if (version > latestSchemaVersion())
        return makeError(ErrorCode::TooNew,
                         QCoreApplication::translate("rr::Database", "%1 was written by a newer version of ResourceRoom (data version %2; this program "
                            "reads up to %3). Please update the program; the file was left unchanged.")
                             .arg(shown)
                             .arg(version)
                             .arg(latestSchemaVersion()));
    if (version < latestSchemaVersion())
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Database", "%1 was written by an older version and must be upgraded first, "
                                                     "which a read-only opening cannot do. Open it for writing once it is free.").arg(shown));
    return {};
}

// A SQLite file that is not marked as ours (application id and version) is
// another program's, or an empty database someone made: either way not a
// school's data, and treating it as a new school would hide that.
// Asked through SQLite, not read from the header: with WAL the header on
// disk can lag behind commits that still sit in the -wal file.
bool markedAsOurs(QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA application_id")) && query.next()
        && quint32(query.value(0).toLongLong()) == kApplicationId && readUserVersion(db) > 0;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_ownerThread(QThread::currentThread())
{
}

Database::~Database()
{
    // Connections of worker threads close with their threads; this one is ours.
    if (const auto it = t_connections.byDatabase.constFind(m_connectionName); it != t_connections.byDatabase.cend()) {
        dropCachedStatements(*it);
        QSqlDatabase::database(*it, false).close();
        QSqlDatabase::removeDatabase(*it);
        t_connections.byDatabase.erase(it);
    }
    dropCachedStatements(m_connectionName);
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, OpenMode mode, Access access, DamagedLog damagedLog)
{
    if (path.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Database", "No data file was given."));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // The writer lock comes before anything that may write (upgrade, migration).
    std::unique_ptr<DataFileLock> lock;
    if (access == Access::Exclusive) {
        if (mode == OpenMode::OpenExisting && !QFileInfo::exists(absolute))
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Database", "The data file %1 does not exist.")
                                                      .arg(QDir::toNativeSeparators(absolute)));
        auto taken = DataFileLock::acquire(absolute);
        if (!taken)
            return taken.error();
        lock = std::move(*taken);
    }
    const FileInspection file = inspectDatabaseFile(absolute);
    if (auto vetted = vetFile(absolute, mode, access, file); !vetted)
        return vetted.error();
    // Before SQLite replays the log (and drops what it cannot replay). A
    // live writer's log is its own business: another program holding the
    // writer lock may be appending to it right now.
    const bool logIsOurs = access == Access::Exclusive || !DataFileLock::heldByLiveProgram(absolute);
    if (file.isSqlite && logIsOurs && damagedLog == DamagedLog::Refuse) {
        if (const WalReport log = inspectWalOf(absolute); log.damaged) {
            auto kept = keepDamagedLogAside(absolute);
            if (!kept)
                return kept.error();
            return damagedLogRefusal(absolute, *kept, log);
        }
    }

    // An older schema is upgraded; keep the user's file as it was beside it.
    QString backup;
    if (file.isSqlite && file.applicationId == kApplicationId && file.userVersion > 0
        && int(file.userVersion) < latestSchemaVersion()) {
        backup = absolute + QStringLiteral(".v%1.bak").arg(file.userVersion);
        QFile::remove(backup);
        if (!QFile::copy(absolute, backup))
            return makeError(ErrorCode::FileUnusable,
                             QCoreApplication::translate("rr::Database", "Could not keep a copy of %1 before upgrading it; it was left unchanged.")
                                 .arg(QDir::toNativeSeparators(absolute)));
    }

    std::shared_ptr<Database> database(new Database(absolute, newConnectionName()));
    database->m_upgradeBackup = backup;
    database->m_access = access;
    database->m_lock = std::move(lock);
    if (database->m_lock) {
        // Keeps the lock fresh while the event loop runs (the GUI); writes refresh it too.
        auto *timer = new QTimer(database.get());
        QObject::connect(timer, &QTimer::timeout, database.get(), [raw = database.get()] { raw->m_lock->refresh(); });
        timer->start(DataFileLock::kRefreshSeconds * 1000);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    database->openConnection(db);
    if (!db.open()) {
        Error failed = storageError(db.lastError(), QCoreApplication::translate("rr::Database", "Opening %1").arg(QDir::toNativeSeparators(absolute)));
        failed.code = ErrorCode::FileUnusable;
        return failed;
    }
    if (file.isSqlite && !markedAsOurs(db))
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Database", "%1 belongs to another program; it was left unchanged.")
                             .arg(QDir::toNativeSeparators(absolute)));
    // A file whose tables, indexes or triggers differ from what our migrations
    // made (a dropped sign-off trigger, a foreign trigger, a missing table) is
    // refused before anything is written to it.
    if (file.isSqlite) {
        const QStringList differences = schemaDifferences(db, readUserVersion(db));
        if (!differences.isEmpty())
            return makeError(ErrorCode::FileUnusable, schemaRefusal(absolute, differences));
    }
    if (auto configured = database->configure(db); !configured)
        return configured.error();
    if (access == Access::ReadOnly) {
        if (auto usable = readOnlyVersionProblem(db, absolute); !usable)
            return usable.error();
    } else if (auto migrated = migrate(db); !migrated) {
        return migrated.error();
    }
    // A file created just now exists only once SQLite has written it; its
    // -wal once a connection has read it in WAL mode (the checks above did).
    database->m_identity = fileIdentity(absolute);
    database->m_logIdentity = fileIdentity(absolute + QStringLiteral("-wal"));
    return database;
}

void Database::openConnection(QSqlDatabase &db) const
{
    db.setDatabaseName(m_path);
    if (m_access == Access::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
}

QString Database::readOnlyMessage()
{
    return QCoreApplication::translate("rr::Database", "This data file is open read-only because another program is using it; "
                                       "nothing can be saved. Close the other program and open the file again to make changes.");
}

Result<void> Database::configure(QSqlDatabase &db) const
{
    QSqlQuery query(db);
    // A read-only connection changes nothing, not even the journal mode.
    const QList<const char *> pragmas = m_access == Access::ReadOnly
        ? QList<const char *>{"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000", "PRAGMA query_only = ON"}
        : QList<const char *>{"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000", "PRAGMA journal_mode = WAL",
                              "PRAGMA synchronous = FULL"};
    for (const char *pragma : pragmas) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return storageError(query.lastError(), QCoreApplication::translate("rr::Database", "Preparing the data file"));
    }
    return {};
}

void Database::retireLostFile()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen()) {
        // Closing the last connection would checkpoint and then unlink
        // FILE-wal and FILE-shm by name: whatever the path's new file has there.
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            auto *raw = *static_cast<sqlite3 *const *>(handle.constData());
            int persist = 1;
            sqlite3_file_control(raw, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
        }
    }
    dropCachedStatements(m_connectionName);
    db.close();
    // Our log, still at the path, belongs to the old file: replayed into the
    // new one it would mix two schools. It is kept aside, not deleted.
    const QString log = m_path + QStringLiteral("-wal");
    if (m_logIdentity && fileIdentity(log) == m_logIdentity) {
        const QString aside = m_path + QStringLiteral(".lost-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QFile::rename(log, aside + QStringLiteral("-wal"));
        QFile::rename(m_path + QStringLiteral("-shm"), aside + QStringLiteral("-shm"));
    }
    m_lock.reset();
}

void Database::setClock(std::shared_ptr<const Clock> clock)
{
    if (clock)
        m_clock = std::move(clock);
}

int Database::schemaVersion() const
{
    return readUserVersion(connection());
}

QSqlDatabase Database::connection() const
{
    // Asking Qt for another thread's connection is itself an error, so the
    // owner thread is checked first.
    if (m_ownerThread == QThread::currentThread())
        return QSqlDatabase::database(m_connectionName, false);
    if (const auto it = t_connections.byDatabase.constFind(m_connectionName); it != t_connections.byDatabase.cend())
        return QSqlDatabase::database(*it);
    const QString name = newConnectionName();
    t_connections.byDatabase.insert(m_connectionName, name);
    // A QThread says when it finishes, from the thread itself and before
    // wait() returns, so the connection is gone by the time anyone looks;
    // the thread_local above is the fallback for threads Qt did not start.
    QObject::connect(QThread::currentThread(), &QThread::finished, QThread::currentThread(),
                     [base = m_connectionName, name] {
                         t_connections.byDatabase.remove(base);
                         dropCachedStatements(name);
                         QSqlDatabase::database(name, false).close();
                         QSqlDatabase::removeDatabase(name);
                     }, Qt::DirectConnection);
    QSqlDatabase clone = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    openConnection(clone);
    if (clone.open())
        (void)configure(clone);
    return clone;
}

Result<SqlRows> Database::exec(const QString &sql, const SqlParams &params) const
{
    auto db = checkedConnection();
    if (!db)
        return db.error();
    return executeStatement(*db, sql, params, StatementUse::ReadOnly);
}

Result<void> Database::checkFileIdentity() const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const std::optional<FileIdentity> now = fileIdentity(m_path);
    if (!now)
        return makeError(ErrorCode::FileChanged,
                         QCoreApplication::translate("rr::Database", "The data file %1 was deleted or moved away while the program had it open. "
                                                     "Nothing more is saved to it. Save what is open as a new file, or open a data file again.").arg(shown));
    if (m_identity && *now != *m_identity)
        return makeError(ErrorCode::FileChanged,
                         QCoreApplication::translate("rr::Database", "The data file %1 was replaced by another file while the program had it open "
                                                     "(by a sync tool or a copy?). Nothing more is saved to it. Save what is open as a new file, "
                                                     "or open the data file again to see what it holds now.").arg(shown));
    return {};
}

Result<QSqlDatabase> Database::checkedConnection() const
{
    // The main connection keeps the file it opened even when the path now
    // names another; a worker thread's new connection would open the other
    // one, so it may only connect while the path still names ours.
    const bool needsNewConnection = m_ownerThread != QThread::currentThread()
        && !t_connections.byDatabase.contains(m_connectionName);
    if (needsNewConnection) {
        if (auto same = checkFileIdentity(); !same)
            return same.error();
    }
    return connection();
}

Result<void> Database::write(const Action &action, const std::function<Result<void>(Transaction &)> &body)
{
    if (auto allowed = Policy(principal()).checkWrite(action.kind); !allowed)
        return allowed;
    if (m_access == Access::ReadOnly)
        return makeError(ErrorCode::ReadOnly, readOnlyMessage());
    if (auto same = checkFileIdentity(); !same) {
        emit fileLost(same.error().message);
        return same.error();
    }
    if (m_lock)
        m_lock->refresh();
    auto checked = checkedConnection();
    if (!checked)
        return checked.error();
    QSqlDatabase db = *checked;
    // IMMEDIATE takes the write lock at once, so a second writer waits out the
    // busy timeout here instead of failing on its first write (a deferred
    // transaction that must upgrade its lock gets SQLITE_BUSY at once).
    if (QSqlQuery begin(db); !begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return storageError(begin.lastError(), QCoreApplication::translate("rr::Database", "Starting to save"));
    Transaction transaction(db, action, m_clock->now());
    // The trail of the action (audit/AuditWriter.h): its row first, so the
    // triggers attach every row the body changes to it; closed before the
    // commit. All of it rolls back with the body.
    const Principal actor = principal();
    const auto opened = openAuditedAction(transaction, actor);
    if (!opened) {
        db.rollback();
        return opened.error();
    }
    Result<void> outcome = body(transaction);
    if (outcome)
        outcome = closeAuditedAction(transaction, actor, *opened);
    if (!outcome) {
        db.rollback();
        return outcome;
    }
    if (!db.commit()) {
        Error failed = storageError(db.lastError(), QCoreApplication::translate("rr::Database", "Saving the change"));
        db.rollback();
        return failed;
    }
    // A logged read (audit/AccessLog.h, kinds "access.…") changes nothing a
    // view shows: no view reloads for it.
    if (!action.kind.startsWith(QLatin1String("access.")))
        emit written(action.kind);
    return {};
}

Result<qint64> Database::writeReturningId(const Action &action,
                                          const std::function<Result<qint64>(Transaction &)> &body)
{
    qint64 id = 0;
    auto done = write(action, [&](Transaction &tx) -> Result<void> {
        auto created = body(tx);
        if (!created)
            return created.error();
        id = *created;
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Result<SqlRows> Transaction::exec(const QString &sql, const SqlParams &params) const
{
    return executeStatement(m_db, sql, params, StatementUse::AnyStatement);
}

Result<qint64> Transaction::insert(const QString &sql, const SqlParams &params)
{
    auto rows = exec(sql, params);
    if (!rows)
        return rows.error();
    return rows->lastInsertId().toLongLong();
}

} // namespace rr

namespace rr {

Principal Database::principal() const
{
    QMutexLocker locker(&m_principalMutex);
    return m_principal;
}

void Database::setPrincipal(const Principal &principal)
{
    QMutexLocker locker(&m_principalMutex);
    m_principal = principal;
}

} // namespace rr
