#include "backup/BackupFile.h"

#include "backup/BackupCrypto.h"
#include "backup/BackupFormat.h"
#include "backup/BackupRotation.h"
#include "backup/DurableFiles.h"
#include "backup/OnlineBackup.h"
#include "backup/SqliteCopy.h"
#include "storage/FileInspection.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

Error notABackup(const QString &path)
{
    return makeError(ErrorCode::FileUnusable,
                     QCoreApplication::translate("rr::Backup", "%1 is not a ResourceRoom backup.").arg(QDir::toNativeSeparators(path)));
}

Error cannotRead(const QString &path, const QFile &file)
{
    Error error = makeError(ErrorCode::FileUnusable,
                            QCoreApplication::translate("rr::Backup", "%1 could not be read.").arg(QDir::toNativeSeparators(path)));
    error.detail = file.errorString();
    return error;
}

// When a plain backup was made: the time in its name, else the file's date.
QDateTime plainBackupTime(const QString &path)
{
    if (auto named = parseBackupName(QFileInfo(path).fileName()))
        return named->madeAt;
    return QFileInfo(path).lastModified();
}

Result<void> extractPlain(const QString &source, const QString &target, ProgressSteps &progress, int step)
{
    auto copy = SqliteCopy::open(source);
    if (!copy)
        return copy.error();
    auto copied = copyDatabase((*copy)->connection(), target,
                               [&](qint64 done, qint64 total) { return progress.report(step, done, total); });
    if (!copied)
        return copied;
    return {};
}

Result<void> extractEncrypted(const QString &source, const std::shared_ptr<const BackupKey> &key, const BackupContents &expected,
                              const QString &target, ProgressSteps &progress, int step)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return cannotRead(source, in);
    auto decryptor = BackupDecryptor::open(in, key);
    if (!decryptor)
        return decryptor.error();
    if (auto created = createPrivateFile(target); !created)
        return created;
    QFile out(target);
    const auto fail = [&](Error error) -> Result<void> {
        out.close();
        QFile::remove(target);
        return error;
    };
    if (!out.open(QIODevice::WriteOnly))
        return fail(cannotRead(target, out));
    QCryptographicHash sha(QCryptographicHash::Sha256);
    qint64 written = 0;
    for (;;) {
        auto piece = (*decryptor)->next();
        if (!piece)
            return fail(piece.error());
        if (!*piece)
            break;
        written += (*piece)->size();
        // A file longer than its summary says is refused before it fills a disk.
        if (written > expected.databaseBytes)
            return fail(makeError(ErrorCode::FileUnusable, backupformat::damagedMessage()));
        sha.addData(**piece);
        if (out.write(**piece) != (*piece)->size()) {
            Error error = makeError(ErrorCode::Storage, QCoreApplication::translate("rr::Backup", "Writing the restored data failed (is the disk full?)."));
            error.detail = out.errorString();
            return fail(error);
        }
        if (!progress.report(step, written, expected.databaseBytes))
            return fail(cancelledError());
    }
    out.close();
    if (written != expected.databaseBytes || sha.result().toHex() != expected.databaseSha256) {
        QFile::remove(target);
        return makeError(ErrorCode::FileUnusable, backupformat::damagedMessage());
    }
    if (auto synced = syncFile(target); !synced) {
        QFile::remove(target);
        return synced;
    }
    return {};
}

} // namespace

QString BackupFile::passwordNeededMessage()
{
    return QCoreApplication::translate("rr::Backup", "This backup is encrypted; its password is needed.");
}

Result<BackupKind> backupKind(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Backup", "The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return cannotRead(path, file);
    const QByteArray start = file.read(16);
    if (backupformat::hasContainerMagic(start))
        return BackupKind::Encrypted;
    if (start == QByteArray("SQLite format 3\0", 16))
        return BackupKind::Plain;
    return notABackup(path);
}

Result<BackupFile> BackupFile::open(const QString &path, const QByteArray &password)
{
    auto kind = backupKind(path);
    if (!kind)
        return kind.error();
    BackupFile backup;
    backup.m_path = QFileInfo(path).absoluteFilePath();
    backup.m_kind = *kind;
    if (*kind == BackupKind::Plain) {
        backup.m_contents.madeAt = plainBackupTime(path);
        const FileInspection header = inspectDatabaseFile(path);
        if (header.applicationId == kApplicationId && int(header.userVersion) > latestSchemaVersion()) {
            // Shown with its date and version, but never opened by this program.
            backup.m_contents.dataVersion = int(header.userVersion);
            backup.m_refusal = makeError(ErrorCode::TooNew, tooNewBackupMessage(int(header.userVersion)));
            return backup;
        }
        auto copy = SqliteCopy::open(path);
        if (!copy)
            return copy.error();
        if (auto ours = (*copy)->verifySchema(); !ours)
            return ours.error();
        auto contents = (*copy)->contents();
        if (!contents)
            return contents.error();
        contents->madeAt = backup.m_contents.madeAt;
        contents->databaseBytes = QFileInfo(path).size();
        backup.m_contents = *contents;
        return backup;
    }
    if (password.isEmpty())
        return makeError(ErrorCode::InvalidInput, passwordNeededMessage());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotRead(path, file);
    auto decryptor = BackupDecryptor::open(file, password);
    if (!decryptor)
        return decryptor.error();
    backup.m_contents = (*decryptor)->contents();
    backup.m_key = (*decryptor)->key();
    if (backup.m_contents.dataVersion > latestSchemaVersion())
        backup.m_refusal = makeError(ErrorCode::TooNew, tooNewBackupMessage(backup.m_contents.dataVersion));
    return backup;
}

Result<void> BackupFile::extractTo(const QString &target, ProgressSteps &progress, int step) const
{
    if (m_refusal)
        return *m_refusal;
    auto extracted = m_kind == BackupKind::Plain ? extractPlain(m_path, target, progress, step)
                                                 : extractEncrypted(m_path, m_key, m_contents, target, progress, step);
    if (!extracted)
        return extracted;
    // The data inside is checked as itself, whatever the summary claimed.
    const auto checked = [&]() -> Result<void> {
        auto copy = SqliteCopy::open(target);
        if (!copy)
            return copy.error();
        return (*copy)->verify();
    }();
    if (!checked) {
        QFile::remove(target);
        Error error = checked.error();
        if (error.code == ErrorCode::FileUnusable)
            error.message = QCoreApplication::translate("rr::Backup", "The data inside the backup %1 failed its check; it cannot be restored.")
                                .arg(QDir::toNativeSeparators(m_path));
        return error;
    }
    return {};
}

Result<BackupContents> verifyBackup(const BackupFile &backup, const BackupProgress &report)
{
    if (backup.refusal())
        return *backup.refusal();
    ProgressSteps progress(report, {90, 10});
    if (backup.kind() == BackupKind::Plain) {
        auto copy = SqliteCopy::open(backup.path());
        if (!copy)
            return copy.error();
        progress.report(0, 0, 1);
        if (auto checked = (*copy)->verify(); !checked)
            return checked.error();
        progress.report(1, 1, 1);
        return backup.contents();
    }
    // Decrypted into a folder only its owner can enter, removed right after.
    QTemporaryDir scratch(QDir::tempPath() + u"/resourceroom-verify-XXXXXX"_s);
    if (!scratch.isValid())
        return makeError(ErrorCode::Storage, QCoreApplication::translate("rr::Backup", "No temporary folder could be made to check the backup."));
    QFile::setPermissions(scratch.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString inside = scratch.filePath(u"check.sqlite"_s);
    if (auto extracted = backup.extractTo(inside, progress, 0); !extracted)
        return extracted.error();
    progress.report(1, 1, 1);
    QFile::remove(inside);
    return backup.contents();
}

} // namespace rr
