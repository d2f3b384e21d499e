#include "backup/BackupFolder.h"

#include "backup/BackupFile.h"
#include "backup/BackupRotation.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

Result<QList<BackupListing>> listBackups(const QString &folder)
{
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Backup", "The backup folder %1 does not exist (is the USB drive plugged in?).")
                             .arg(QDir::toNativeSeparators(folder)));
    const QString plainPattern = u"*"_s + QLatin1String(kPlainBackupSuffix);
    const QString encryptedPattern = u"*"_s + QLatin1String(kEncryptedBackupSuffix);
    QList<BackupListing> listed;
    for (const QFileInfo &file : dir.entryInfoList({plainPattern, encryptedPattern}, QDir::Files)) {
        BackupListing entry;
        entry.path = file.absoluteFilePath();
        entry.fileName = file.fileName();
        entry.size = file.size();
        entry.encrypted = file.fileName().endsWith(QLatin1String(kEncryptedBackupSuffix));
        const auto named = parseBackupName(file.fileName());
        entry.madeAt = named ? named->madeAt : file.lastModified();
        listed << entry;
    }
    std::sort(listed.begin(), listed.end(), [](const BackupListing &a, const BackupListing &b) {
        return a.madeAt != b.madeAt ? a.madeAt > b.madeAt : a.fileName > b.fileName;
    });
    if (listed.size() > kMaxListedBackups)
        listed.resize(kMaxListedBackups);
    for (BackupListing &entry : listed) {
        if (entry.encrypted)
            continue;   // its contents need the password
        auto opened = BackupFile::open(entry.path);
        if (!opened) {
            entry.problem = opened.error().message;
            continue;
        }
        entry.contents = opened->contents();
        if (opened->refusal())
            entry.problem = opened->refusal()->message;
    }
    return listed;
}

} // namespace rr
