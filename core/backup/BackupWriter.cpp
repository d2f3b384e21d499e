#include "backup/BackupWriter.h"

#include "backup/BackupCrypto.h"
#include "backup/BackupRotation.h"
#include "backup/DurableFiles.h"
#include "backup/OnlineBackup.h"
#include "backup/SqliteCopy.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// Removes a file of ours that did not make it (a partial backup, the
// plaintext copy of an encrypted one) whatever way the work ends.
struct Leftover {
    QString path;
    ~Leftover()
    {
        if (!path.isEmpty())
            QFile::remove(path);
    }
};

Result<QByteArray> sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !sha.addData(&file)) {
        Error error = makeError(ErrorCode::Storage, QCoreApplication::translate("rr::Backup", "The copy of the data could not be read back."));
        error.detail = file.errorString();
        return error;
    }
    return sha.result().toHex();
}

Error writeFailed(const QFile &file)
{
    Error error = makeError(ErrorCode::Storage, QCoreApplication::translate("rr::Backup", "Writing the backup failed (is the disk or USB drive full?)."));
    error.detail = file.errorString();
    return error;
}

// Encrypts `plain` into `partial`, then reads `partial` back with the same
// key: every chunk must open and the bytes must be the checked copy's.
Result<void> encryptAndCheck(const QString &plain, const QString &partial, const QByteArray &password,
                             const BackupContents &contents, ProgressSteps &progress)
{
    QFile in(plain);
    QFile out(partial);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return writeFailed(out);
    auto encryptor = BackupEncryptor::start(out, password, contents);
    if (!encryptor)
        return encryptor.error();
    qint64 done = 0;
    while (!in.atEnd()) {
        const QByteArray piece = in.read((*encryptor)->chunkSize());
        if (piece.isEmpty())
            return writeFailed(in);
        if (auto pushed = (*encryptor)->push(piece); !pushed)
            return pushed;
        done += piece.size();
        if (!progress.report(2, done, contents.databaseBytes))
            return cancelledError();
    }
    if (auto finished = (*encryptor)->finish(); !finished)
        return finished;
    if (!out.flush())
        return writeFailed(out);
    out.close();
    if (auto synced = syncFile(partial); !synced)
        return synced;

    QFile back(partial);
    if (!back.open(QIODevice::ReadOnly))
        return writeFailed(back);
    auto decryptor = BackupDecryptor::open(back, (*encryptor)->key());
    if (!decryptor)
        return decryptor.error();
    QCryptographicHash sha(QCryptographicHash::Sha256);
    qint64 read = 0;
    for (;;) {
        auto piece = (*decryptor)->next();
        if (!piece)
            return piece.error();
        if (!*piece)
            break;
        read += (*piece)->size();
        sha.addData(**piece);
        if (!progress.report(3, read, contents.databaseBytes))
            return cancelledError();
    }
    if (read != contents.databaseBytes || sha.result().toHex() != contents.databaseSha256)
        return makeError(ErrorCode::Storage, QCoreApplication::translate("rr::Backup", "The encrypted backup did not read back as written "
                                                                                       "(a disk or USB drive problem?); it was not kept."));
    return {};
}

} // namespace

Result<BackupMade> writeBackup(const Database &db, const QString &requested, const QByteArray &password, const Clock &clock,
                               const BackupProgress &report)
{
    const QString file = QFileInfo(requested).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(file);
    if (QFileInfo::exists(file))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Backup", "%1 exists already; choose another name.").arg(shown));
    if (!QFileInfo(QFileInfo(file).absolutePath()).isDir())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Backup", "The folder of %1 does not exist.").arg(shown));
    const bool encrypt = !password.isEmpty();
    if (encrypt) {
        if (const QString problem = newPasswordProblem(password); !problem.isEmpty())
            return makeError(ErrorCode::InvalidInput, problem);
    }
    // The data file must still be the one that was opened (not replaced by a sync tool).
    if (auto same = db.checkFileIdentity(); !same)
        return same.error();
    ProgressSteps progress(report, encrypt ? QList<int>{45, 15, 25, 15} : QList<int>{80, 20});

    // A plain backup is copied straight into the destination folder under a
    // temporary name. The plaintext copy of an encrypted one stays beside the
    // data file (as private as the data itself; never on the USB drive), or
    // in a private temporary folder when the data folder is read-only.
    QTemporaryDir scratch(QDir::tempPath() + u"/resourceroom-backup-XXXXXX"_s);
    QString plain;
    if (!encrypt)
        plain = siblingTempPath(file, u"partial"_s);
    else if (QFileInfo(QFileInfo(db.path()).absolutePath()).isWritable())
        plain = siblingTempPath(db.path(), u"backup"_s);
    else if (scratch.isValid())
        plain = scratch.filePath(u"copy.sqlite"_s);
    else
        return makeError(ErrorCode::Storage, QCoreApplication::translate("rr::Backup", "No temporary folder could be made for the backup."));
    auto copied = copyDatabase(db.connection(), plain, [&](qint64 done, qint64 total) { return progress.report(0, done, total); });
    if (!copied)
        return copied.error();
    Leftover plainLeftover{plain};
    // The file system's own time (the copy was just written) dates the leftovers.
    removeStaleSiblings(db.path(), u"backup"_s, QFileInfo(plain).lastModified());

    BackupMade made;
    {
        auto copy = SqliteCopy::open(plain);
        if (!copy)
            return copy.error();
        if (auto checked = (*copy)->verify(); !checked) {
            Error error = checked.error();
            error.message = QCoreApplication::translate("rr::Backup", "The copy of the data failed its check, so no backup was kept. "
                                                                      "Run \"check\" on the data file.");
            return error;
        }
        auto contents = (*copy)->contents();
        if (!contents)
            return contents.error();
        made.contents = *contents;
    }
    made.contents.madeAt = clock.now();
    made.contents.databaseBytes = QFileInfo(plain).size();
    made.contents.programVersion = QStringLiteral(RR_VERSION);
    made.contents.encrypted = encrypt;
    if (encrypt) {
        auto sha = sha256Of(plain);
        if (!sha)
            return sha.error();
        made.contents.databaseSha256 = *sha;
    }
    if (!progress.report(1, 1, 1))
        return cancelledError();

    if (encrypt) {
        const QString partial = siblingTempPath(file, u"partial"_s);
        if (auto created = createPrivateFile(partial); !created)
            return created.error();
        Leftover partialLeftover{partial};
        if (auto written = encryptAndCheck(plain, partial, password, made.contents, progress); !written)
            return written.error();
        if (auto placed = replaceFile(partial, file); !placed)
            return placed.error();
        partialLeftover.path.clear();
    } else {
        if (auto placed = replaceFile(plain, file); !placed)
            return placed.error();
        plainLeftover.path.clear();
    }
    made.file = file;
    made.bytes = QFileInfo(file).size();
    return made;
}

Result<BackupMade> backupIntoFolder(const Database &db, const QString &folder, const QByteArray &password, int keepDaily,
                                    int keepWeekly, const Clock &clock, const BackupProgress &progress)
{
    if (folder.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Backup", "No backup folder has been chosen."));
    if (auto made = makePrivateFolder(folder); !made)
        return made.error();
    const QString stem = backupStem(db.path());
    const QDateTime now = clock.now();
    // A backup made within the same second as others gets a serial above
    // theirs (plain or encrypted alike, removed by rotation or not), so the
    // newest is always the newest by name too.
    int serial = 0;
    for (const NamedBackup &other : backupsOfStem(folder, stem))
        if (other.madeAt == QDateTime::fromString(now.toString(u"yyyyMMdd-HHmmss"_s), u"yyyyMMdd-HHmmss"_s))
            serial = qMax(serial, other.serial + 1);
    const QString name = backupFileName(stem, now, !password.isEmpty(), serial);
    auto made = writeBackup(db, QDir(folder).filePath(name), password, clock, progress);
    if (!made)
        return made;
    // Only now that the new backup passed its checks do older ones go.
    const QStringList removed = backupsToRemove(backupsOfStem(folder, stem), qMax(1, keepDaily), qMax(0, keepWeekly));
    for (const QString &old : removed) {
        if (old != name && QFile::remove(QDir(folder).filePath(old)))
            made->removed << old;
    }
    // Pieces of backups a power cut interrupted are never backups: they go
    // too, once surely nobody is still writing them.
    for (const QFileInfo &partial : QDir(folder).entryInfoList({stem + u"-*.partial-*"_s}, QDir::Files))
        if (partial.lastModified().secsTo(QFileInfo(made->file).lastModified()) > 3600)
            QFile::remove(partial.absoluteFilePath());
    return made;
}

} // namespace rr
