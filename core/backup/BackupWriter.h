#pragma once
// Making a backup of the open data file: copied through SQLite's online
// backup API (so it may stay open in the GUI, which keeps saving), checked
// (integrity and schema), optionally encrypted and checked again, and only
// then given its name. A backup that failed any check never appears under a
// backup's name; a folder's older backups are removed only after the new
// one passed.
#include "backup/BackupContents.h"
#include "backup/BackupProgress.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rr {

class Database;

struct BackupMade {
    QString file;
    BackupContents contents;
    qint64 bytes = 0;           // size of the backup file
    QStringList removed;        // older backups rotation removed (file names)
};

// Writes one backup to `file`, which must not exist. A non-empty `password`
// (UTF-8) encrypts it. Reads through the calling thread's connection of `db`.
Result<BackupMade> writeBackup(const Database &db, const QString &file, const QByteArray &password, const Clock &clock,
                               const BackupProgress &progress = {});

// Writes a backup named after the data file and the time into `folder`
// (made 0700 if missing), then rotates that data file's backups there.
Result<BackupMade> backupIntoFolder(const Database &db, const QString &folder, const QByteArray &password, int keepDaily,
                                    int keepWeekly, const Clock &clock, const BackupProgress &progress = {});

} // namespace rr
