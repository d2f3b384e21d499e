#include "backup/BackupRotation.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QString backupStem(const QString &dataFile)
{
    static const QRegularExpression unsafe(u"[^\\p{L}\\p{N}_.-]"_s);
    QString stem = QFileInfo(dataFile).completeBaseName();
    stem.replace(unsafe, u"_"_s);
    return stem.isEmpty() ? u"resourceroom"_s : stem;
}

QString backupFileName(const QString &stem, const QDateTime &at, bool encrypted, int serial)
{
    QString name = stem + u'-' + at.toString(u"yyyyMMdd-HHmmss"_s);
    if (serial > 0)
        name += u'-' + QString::number(serial);
    return name + QLatin1String(encrypted ? kEncryptedBackupSuffix : kPlainBackupSuffix);
}

std::optional<NamedBackup> parseBackupName(const QString &fileName)
{
    static const QRegularExpression pattern(u"^(.+)-(\\d{8}-\\d{6})(?:-(\\d{1,4}))?\\.(sqlite|rrbackup)$"_s);
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(match.captured(2), u"yyyyMMdd-HHmmss"_s);
    if (!at.isValid())
        return std::nullopt;
    return NamedBackup{fileName, match.captured(1), at, match.captured(3).toInt(), match.captured(4) == u"rrbackup"_s};
}

QStringList backupsToRemove(const QList<NamedBackup> &backups, int keepDaily, int keepWeekly)
{
    QList<NamedBackup> newestFirst = backups;
    std::stable_sort(newestFirst.begin(), newestFirst.end(), [](const NamedBackup &a, const NamedBackup &b) {
        if (a.madeAt != b.madeAt)
            return a.madeAt > b.madeAt;
        return a.serial != b.serial ? a.serial > b.serial : a.fileName > b.fileName;
    });
    QSet<QString> kept;
    QSet<QDate> days;
    QSet<QPair<int, int>> weeks;
    for (const NamedBackup &backup : std::as_const(newestFirst)) {
        const QDate day = backup.madeAt.date();
        if (!days.contains(day) && days.size() < keepDaily) {
            days.insert(day);
            kept.insert(backup.fileName);
        }
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear);
        if (!weeks.contains({weekYear, week}) && weeks.size() < keepWeekly) {
            weeks.insert({weekYear, week});
            kept.insert(backup.fileName);
        }
    }
    QStringList removed;
    for (const NamedBackup &backup : std::as_const(newestFirst))
        if (!kept.contains(backup.fileName))
            removed << backup.fileName;
    return removed;
}

QList<NamedBackup> backupsOfStem(const QString &folder, const QString &stem)
{
    QList<NamedBackup> found;
    const QStringList names = QDir(folder).entryList({stem + u"-*"_s}, QDir::Files);
    for (const QString &name : names)
        if (auto parsed = parseBackupName(name); parsed && parsed->stem == stem)
            found << *parsed;
    return found;
}

} // namespace rr
