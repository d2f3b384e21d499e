#pragma once
// Names and rotation of the backups in the chosen folder (a USB drive, say).
//
// A backup is named "<stem>-<yyyyMMdd>-<HHmmss>.sqlite" (".rrbackup" when
// encrypted); the stem is the data file's name without its extension, so
// rotation only ever removes backups of the same data file and never
// anything else lying in the folder. The time in the name is when the
// backup was made: it survives copying, which a file's date does not.
//
// Rotation keeps, like restic's --keep-daily/--keep-weekly, the newest
// backup of each of the N most recent days that have one, and the newest of
// each of the M most recent ISO weeks that have one; the rest of that data
// file's backups are removed, and only after a new backup was checked.
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rr {

inline constexpr char kPlainBackupSuffix[] = ".sqlite";
inline constexpr char kEncryptedBackupSuffix[] = ".rrbackup";

QString backupStem(const QString &dataFile);
// `serial` > 0 tells apart two backups made within one second.
QString backupFileName(const QString &stem, const QDateTime &at, bool encrypted, int serial = 0);

struct NamedBackup {
    QString fileName;
    QString stem;
    QDateTime madeAt;
    int serial = 0;
    bool encrypted = false;
};
// nullopt for a name that is not a backup's.
std::optional<NamedBackup> parseBackupName(const QString &fileName);

// The file names rotation removes from `backups` (those of one stem). Pure.
QStringList backupsToRemove(const QList<NamedBackup> &backups, int keepDaily, int keepWeekly);

// The backups of `stem` in `folder`, by their names.
QList<NamedBackup> backupsOfStem(const QString &folder, const QString &stem);

} // namespace rr
