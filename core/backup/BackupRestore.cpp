#include "backup/BackupRestore.h"

#include "backup/BackupFile.h"
#include "backup/DurableFiles.h"
#include "backup/OnlineBackup.h"
#include "backup/SqliteCopy.h"
#include "storage/DataFileLock.h"
#include "storage/Database.h"
#include <QSqlQuery>
#include "storage/Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// An older backup is brought to the program's data version in the
// candidate file, by the same migrations as any data file. The candidate
// stays in rollback-journal mode meanwhile, so no -wal is left beside it.
Result<void> upgradeCandidate(const QString &candidate)
{
    int version = 0;
    {
        auto copy = SqliteCopy::open(candidate);
        if (!copy)
            return copy.error();
        version = (*copy)->dataVersion();
    }
    if (version >= latestSchemaVersion())
        return {};
    static QAtomicInt counter;
    const QString name = u"rr-restore-upgrade-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    Result<void> upgraded;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(candidate);
        if (!db.open())
            upgraded = makeError(ErrorCode::Storage, QCoreApplication::translate("rr::Backup", "The restored data could not be upgraded."));
        else if (QSqlQuery pragma(db); !pragma.exec(u"PRAGMA foreign_keys = ON"_s))
            upgraded = makeError(ErrorCode::Storage, QCoreApplication::translate("rr::Backup", "The restored data could not be upgraded."));
        else
            upgraded = migrate(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!upgraded)
        return upgraded;
    auto copy = SqliteCopy::open(candidate);
    if (!copy)
        return copy.error();
    return (*copy)->verify();
}

// The current file as it is, through SQLite when it is a database (its -wal
// included), else byte for byte: whatever it holds is kept.
Result<void> keepSafetyCopy(const QString &target, const QString &safety)
{
    static QAtomicInt counter;
    const QString name = u"rr-safety-copy-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    Result<void> copied = makeError(ErrorCode::FileUnusable, QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(target);
        if (db.open())
            copied = copyDatabase(db, safety);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (copied)
        return {};
    if (copied.error().code == ErrorCode::Cancelled)
        return copied;
    return copyFileDurably(target, safety);
}

QString safetyCopyPath(const QString &target, const QDateTime &now)
{
    const QFileInfo info(target);
    const QString base = info.dir().filePath(info.completeBaseName() + u".before-restore-"_s + now.toString(u"yyyyMMdd-HHmmss"_s));
    QString path = base + u".sqlite"_s;
    for (int serial = 1; QFileInfo::exists(path); ++serial)
        path = base + u"-%1.sqlite"_s.arg(serial);
    return path;
}

} // namespace

PreparedRestore::~PreparedRestore()
{
    if (!m_committed && !m_candidate.isEmpty())
        QFile::remove(m_candidate);
}

struct RestoreSteps {
    static Result<std::unique_ptr<PreparedRestore>> prepare(const BackupFile &backup, const QString &target,
                                                            const BackupProgress &report)
    {
        if (backup.refusal())
            return *backup.refusal();
        const QString absolute = QFileInfo(target).absoluteFilePath();
        const QFileInfo folder(QFileInfo(absolute).absolutePath());
        if (!folder.isDir())
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Backup", "The folder of %1 does not exist.").arg(shown(absolute)));
        if (!folder.isWritable())
            return makeError(ErrorCode::FileUnusable,
                             QCoreApplication::translate("rr::Backup", "The folder of %1 cannot be written to; nothing was restored.").arg(shown(absolute)));
        if (QFileInfo(absolute).isDir())
            return makeError(ErrorCode::FileUnusable, QCoreApplication::translate("rr::Backup", "%1 is a folder, not a data file.").arg(shown(absolute)));

        // The restored file and the safety copy of the current one both land
        // in this folder: refused at once rather than after minutes of work
        // and a full disk (a disk filling meanwhile is still caught on write).
        const qint64 needed = backup.contents().databaseBytes + (QFileInfo(absolute).isFile() ? QFileInfo(absolute).size() : 0);
        if (const QStorageInfo disk(folder.absoluteFilePath()); disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < needed)
            return makeError(ErrorCode::Storage,
                             QCoreApplication::translate("rr::Backup", "There is not enough free space beside %1 for the restore (%2 needed, "
                                                                       "%3 free); nothing was restored.")
                                 .arg(shown(absolute), QLocale().formattedDataSize(needed, 1, QLocale::DataSizeTraditionalFormat),
                                      QLocale().formattedDataSize(disk.bytesAvailable(), 1, QLocale::DataSizeTraditionalFormat)));

        ProgressSteps progress(report, {85, 15});
        std::unique_ptr<PreparedRestore> prepared(new PreparedRestore);
        prepared->m_backupFile = backup.path();
        prepared->m_target = absolute;
        prepared->m_candidate = siblingTempPath(absolute, u"restore"_s);
        prepared->m_contents = backup.contents();
        if (auto extracted = backup.extractTo(prepared->m_candidate, progress, 0); !extracted)
            return extracted.error();
        // The file system's own time (the candidate was just written) dates the leftovers.
        removeStaleSiblings(absolute, u"restore"_s, QFileInfo(prepared->m_candidate).lastModified());
        if (auto upgraded = upgradeCandidate(prepared->m_candidate); !upgraded)
            return upgraded.error();
        if (auto synced = syncFile(prepared->m_candidate); !synced)
            return synced.error();
        if (!progress.report(1, 1, 1))
            return cancelledError();
        return prepared;
    }

    static Result<RestoreDone> commit(PreparedRestore &prepared, const Clock &clock)
    {
        const QString &target = prepared.m_target;
        if (prepared.m_committed || !QFileInfo::exists(prepared.m_candidate))
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Backup", "This restore was already done."));
        auto lock = DataFileLock::acquire(target);
        if (!lock)
            return lock.error();
        RestoreDone done{prepared.m_backupFile, target, {}, prepared.m_contents};
        if (QFileInfo::exists(target)) {
            done.safetyCopy = safetyCopyPath(target, clock.now());
            if (auto kept = keepSafetyCopy(target, done.safetyCopy); !kept) {
                Error error = kept.error();
                error.message = QCoreApplication::translate("rr::Backup", "No safety copy of %1 could be kept, so nothing was restored: %2")
                                    .arg(shown(target), kept.error().message);
                return error;
            }
            // A -wal still beside the file (a read-only copy of the program
            // has it open) belongs to the old file: SQLite would apply it to
            // the restored one. It is moved aside beside the safety copy, under a
            // name SQLite never reads (as "-wal" it would be applied to the copy).
            for (const QString &suffix : {u"wal"_s, u"shm"_s}) {
                const QString beside = target + u'-' + suffix;
                if (QFileInfo::exists(beside) && !QFile::rename(beside, done.safetyCopy + u".old-"_s + suffix))
                    return makeError(ErrorCode::Locked,
                                     QCoreApplication::translate("rr::Backup", "Another program still has %1 open; close it and "
                                                                               "restore again. Nothing was restored.").arg(shown(target)));
            }
        }
        if (auto placed = replaceFile(prepared.m_candidate, target); !placed)
            return placed.error();
        prepared.m_committed = true;
        return done;
    }
};

Result<std::unique_ptr<PreparedRestore>> prepareRestore(const BackupFile &backup, const QString &target,
                                                        const BackupProgress &progress)
{
    return RestoreSteps::prepare(backup, target, progress);
}

Result<RestoreDone> commitRestore(PreparedRestore &prepared, const Clock &clock)
{
    return RestoreSteps::commit(prepared, clock);
}

Result<RestoreDone> restoreBackup(const BackupFile &backup, const QString &target, const Clock &clock,
                                  const BackupProgress &progress)
{
    auto prepared = prepareRestore(backup, target, progress);
    if (!prepared)
        return prepared.error();
    return commitRestore(**prepared, clock);
}

} // namespace rr
