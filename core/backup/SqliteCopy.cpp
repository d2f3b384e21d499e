#include "backup/SqliteCopy.h"

#include "backup/OnlineBackup.h"

#include "common/ListText.h"
#include "storage/FileInspection.h"
#include "storage/Migrations.h"
#include "storage/SchemaCheck.h"
#include "storage/SqlErrors.h"
#include "storage/StatementCache.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <cstring>
#include <QSqlError>
#include <QtEndian>
#include <sqlite3.h>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QString newConnectionName()
{
    static QAtomicInt counter;
    return u"rr-backup-copy-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

Error notABackup(const QString &path)
{
    return makeError(ErrorCode::FileUnusable, QCoreApplication::translate("rr::Backup", "%1 is not a ResourceRoom backup.")
                                                  .arg(QDir::toNativeSeparators(path)));
}

} // namespace

QString tooNewBackupMessage(int dataVersion)
{
    return QCoreApplication::translate("rr::Backup", "This backup was made by a newer version of ResourceRoom (data version %1; "
                                                     "this program reads up to %2). Please update the program to restore it.")
        .arg(dataVersion)
        .arg(latestSchemaVersion());
}

Result<std::unique_ptr<SqliteCopy>> SqliteCopy::open(const QString &path)
{
    const FileInspection file = inspectDatabaseFile(path);
    if (!file.exists)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Backup", "The file %1 does not exist.")
                                                  .arg(QDir::toNativeSeparators(path)));
    if (file.isEmpty || !file.isSqlite || file.applicationId != kApplicationId)
        return notABackup(path);
    if (int(file.userVersion) > latestSchemaVersion())
        return makeError(ErrorCode::TooNew, tooNewBackupMessage(int(file.userVersion)));

    // Changes still waiting beside the file (a data file copied while in
    // use, or a write cut short) are not part of a finished backup; SQLite
    // would want to apply or roll them back, which writes beside it.
    for (const QString &suffix : {u"-wal"_s, u"-journal"_s})
        if (const QFileInfo beside(path + suffix); beside.exists() && beside.size() > 0)
            return makeError(ErrorCode::FileUnusable,
                             QCoreApplication::translate("rr::Backup", "%1 has unfinished changes in %2 beside it: it is a data file that was "
                                                                       "in use or whose saving was interrupted, not a finished backup. Both "
                                                                       "were left as they are.")
                                 .arg(QDir::toNativeSeparators(path), beside.fileName()));

    std::unique_ptr<SqliteCopy> copy(new SqliteCopy(path, newConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, copy->m_connectionName);
    // immutable: SQLite neither locks nor creates a -shm or -wal beside the
    // file (a read-only open of a WAL-mode file would), so looking at a
    // backup on a USB drive writes nothing there.
    db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) + u"?immutable=1"_s);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    if (!db.open()) {
        Error failed = storageError(db.lastError(), QCoreApplication::translate("rr::Backup", "Opening the backup"));
        failed.code = ErrorCode::FileUnusable;
        return failed;
    }
    // The header on disk may lag behind a -wal beside it: ask SQLite.
    copy->m_version = readUserVersion(db);
    if (copy->m_version <= 0)
        return notABackup(path);
    if (copy->m_version > latestSchemaVersion())
        return makeError(ErrorCode::TooNew, tooNewBackupMessage(copy->m_version));
    return copy;
}

Result<std::unique_ptr<SqliteCopy>> SqliteCopy::openBytes(QByteArrayView bytes, const QString &label)
{
    // The header fields FileInspection reads from a file, read from the bytes.
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic) || qFromBigEndian<quint32>(bytes.data() + 68) != kApplicationId)
        return notABackup(label);
    if (int(qFromBigEndian<quint32>(bytes.data() + 60)) > latestSchemaVersion())
        return makeError(ErrorCode::TooNew, tooNewBackupMessage(int(qFromBigEndian<quint32>(bytes.data() + 60))));

    std::unique_ptr<SqliteCopy> copy(new SqliteCopy(label, newConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, copy->m_connectionName);
    db.setDatabaseName(u":memory:"_s);
    if (!db.open()) {
        Error failed = storageError(db.lastError(), QCoreApplication::translate("rr::Backup", "Opening the backup"));
        failed.code = ErrorCode::FileUnusable;
        return failed;
    }
    sqlite3 *handle = sqliteHandle(db);
    auto *buffer = handle ? static_cast<unsigned char *>(sqlite3_malloc64(quint64(bytes.size()))) : nullptr;
    if (!buffer)
        return makeError(ErrorCode::Storage, QCoreApplication::translate("rr::Backup", "There is not enough free memory to check the backup."));
    std::memcpy(buffer, bytes.data(), size_t(bytes.size()));
    // SQLite owns the buffer from here on, whatever the result.
    const int rc = sqlite3_deserialize(handle, "main", buffer, bytes.size(), bytes.size(),
                                       SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK)
        return notABackup(label);
    copy->m_version = readUserVersion(db);
    if (copy->m_version <= 0)
        return notABackup(label);
    if (copy->m_version > latestSchemaVersion())
        return makeError(ErrorCode::TooNew, tooNewBackupMessage(copy->m_version));
    return copy;
}

SqliteCopy::~SqliteCopy()
{
    dropCachedStatements(m_connectionName);
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SqliteCopy::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<SqlRows> SqliteCopy::exec(const QString &sql, const SqlParams &params) const
{
    return executeStatement(connection(), sql, params, StatementUse::ReadOnly);
}

namespace {

Error failedCheck(const QString &path, const QStringList &problems)
{
    constexpr int kShown = 3;
    Error error = makeError(ErrorCode::FileUnusable,
                            QCoreApplication::translate("rr::Backup", "%1 failed its check: %2. It cannot be used.")
                                .arg(QDir::toNativeSeparators(path), joinClauses(problems.mid(0, kShown))));
    error.detail = problems.join(u'\n');
    return error;
}

} // namespace

Result<void> SqliteCopy::verifySchema() const
{
    const QStringList differences = schemaDifferences(connection(), m_version);
    if (differences.isEmpty())
        return {};
    return failedCheck(m_path, differences);
}

Result<void> SqliteCopy::verify() const
{
    QStringList problems;
    auto checked = readList(*this, u"PRAGMA integrity_check"_s, {}, [](const SqlRows &row) { return row.value(0).toString(); });
    if (!checked)
        problems << checked.error().message;
    else
        for (const QString &line : *checked)
            if (line != u"ok"_s)
                problems << QCoreApplication::translate("rr::Backup", "damaged pages (%1)").arg(line.left(120));
    if (problems.isEmpty())
        problems << schemaDifferences(connection(), m_version);
    if (problems.isEmpty())
        return {};
    return failedCheck(m_path, problems);
}

Result<BackupContents> SqliteCopy::contents() const
{
    return readContents(*this, m_version);
}

} // namespace rr
