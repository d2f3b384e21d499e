#include "storage/DamagedLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rr {

Result<QString> keepDamagedLogAside(const QString &databasePath)
{
    const QFileInfo data(databasePath);
    const QFileInfo log(databasePath + QStringLiteral("-wal"));
    // Named by the log's own time and size: the same damaged log is kept once.
    const QString folderName = QStringLiteral("%1.damaged-log-%2-%3")
                                   .arg(data.fileName(), log.lastModified().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                                   .arg(log.size());
    const QString folder = QDir(data.absolutePath()).filePath(folderName);
    const QString shown = QDir::toNativeSeparators(folder);
    if (QFileInfo(folder).isDir())
        return folder;
    const QString partial = folder + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    if (!QDir().mkpath(partial))
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Database", "Could not make the folder %1 to keep the damaged files in; nothing was changed.").arg(shown));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString source = databasePath + suffix;
        if (!QFileInfo::exists(source))
            continue;
        if (!QFile::copy(source, QDir(partial).filePath(data.fileName() + suffix))) {
            QDir(partial).removeRecursively();
            return makeError(ErrorCode::FileUnusable,
                             QCoreApplication::translate("rr::Database", "Could not copy the damaged files into %1 (is the disk full?); nothing was changed.").arg(shown));
        }
    }
    // Complete or not there at all: a folder with the final name holds every file.
    if (!QDir().rename(partial, folder)) {
        QDir(partial).removeRecursively();
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Database", "Could not make the folder %1 to keep the damaged files in; nothing was changed.").arg(shown));
    }
    return folder;
}

Error damagedLogRefusal(const QString &databasePath, const QString &keptIn, const WalReport &report)
{
    Error refused = makeError(
        ErrorCode::DamagedLog,
        QCoreApplication::translate("rr::Database", "The change log of %1 (the file ending in -wal) is damaged: changes that were saved "
                                    "lie beyond the damage, and opening the file would lose them. The file was not opened; "
                                    "the data file and its log were copied unchanged into %2. Give that folder to your "
                                    "support person, or restore the file from a backup.")
            .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(keptIn)));
    refused.detail = QStringLiteral("write-ahead log: %1; %2 valid frames, %3 committed, %4 bytes")
                         .arg(report.reason)
                         .arg(report.validFrames)
                         .arg(report.committedFrames)
                         .arg(report.size);
    return refused;
}

} // namespace rr
