#include "backup/BackupPolicy.h"

#include "calendar/ScreenDate.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kFolder = u"backup.folder"_s;
const QString kKeepDaily = u"backup.keep_daily"_s;
const QString kKeepWeekly = u"backup.keep_weekly"_s;
const QString kOnExit = u"backup.on_exit"_s;
const QString kDaily = u"backup.daily"_s;
const QString kEncrypt = u"backup.encrypt"_s;
const QString kLastAt = u"backup.last_good_at"_s;
const QString kLastFile = u"backup.last_good_file"_s;

Result<QHash<QString, QString>> backupSettings(const SqlExecutor &sql)
{
    auto rows = readList(sql, u"SELECT key, value FROM settings WHERE key LIKE 'backup.%'"_s, {},
                         [](const SqlRows &row) { return std::pair(row.value(0).toString(), row.value(1).toString()); });
    if (!rows)
        return rows.error();
    QHash<QString, QString> values;
    for (const auto &[key, value] : std::as_const(*rows))
        values.insert(key, value);
    return values;
}

Result<void> put(Transaction &tx, const QString &key, const QString &value)
{
    return run(tx, u"INSERT INTO settings(key, value) VALUES (:key, :value) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
               {{":key", key}, {":value", value}});
}

QString flag(bool on)
{
    return on ? u"1"_s : u"0"_s;
}

} // namespace

QString policyProblem(const BackupPolicy &policy)
{
    if (policy.keepDaily < 1 || policy.keepDaily > BackupPolicy::kMaxKeepDaily)
        return QCoreApplication::translate("rr::Backup", "Daily backups to keep must be between 1 and %1.").arg(BackupPolicy::kMaxKeepDaily);
    if (policy.keepWeekly < 0 || policy.keepWeekly > BackupPolicy::kMaxKeepWeekly)
        return QCoreApplication::translate("rr::Backup", "Weekly backups to keep must be between 0 and %1.").arg(BackupPolicy::kMaxKeepWeekly);
    if (policy.folder.size() > BackupPolicy::kMaxFolderLength)
        return QCoreApplication::translate("rr::Backup", "The backup folder's path is too long (at most %1 characters).")
            .arg(BackupPolicy::kMaxFolderLength);
    return {};
}

QString backupWarning(const std::optional<LastBackup> &last, const QDateTime &now)
{
    if (!last || !last->at.isValid())
        return QCoreApplication::translate("rr::Backup", "This data file has never been backed up. Choose a backup folder under "
                                                         "File › Backup and restore.");
    const qint64 days = last->at.date().daysTo(now.date());
    if (days <= kBackupWarningDays)
        return {};
    return QCoreApplication::translate("rr::Backup", "The last good backup is %n days old. Make a backup now (File › Backup and restore).",
                                       nullptr, int(days));
}

QString lastBackupText(const std::optional<LastBackup> &last, const QDateTime &now)
{
    if (!last || !last->at.isValid())
        return QCoreApplication::translate("rr::Backup", "Never backed up");
    if (last->at.date() == now.date())
        return QCoreApplication::translate("rr::Backup", "Last backup: today %1").arg(last->at.toString(u"HH:mm"_s));
    return QCoreApplication::translate("rr::Backup", "Last backup: %1").arg(screenDateTime(last->at));
}

bool dailyBackupDue(const BackupPolicy &policy, const std::optional<LastBackup> &last, const QDateTime &now)
{
    if (!policy.daily || policy.folder.isEmpty())
        return false;
    return !last || !last->at.isValid() || last->at.date() < now.date();
}

bool exitBackupDue(const BackupPolicy &policy, const std::optional<LastBackup> &last, const QDateTime &now, bool savedThisSession)
{
    if (!policy.onExit || policy.folder.isEmpty())
        return false;
    return savedThisSession || !last || !last->at.isValid() || last->at.date() < now.date();
}

Result<BackupPolicy> BackupPolicyRepository::policy() const
{
    auto values = backupSettings(*m_db);
    if (!values)
        return values.error();
    BackupPolicy policy;
    const auto number = [&](const QString &key, int fallback, int low, int high) {
        bool ok = false;
        const int value = values->value(key).toInt(&ok);
        return ok ? qBound(low, value, high) : fallback;
    };
    const auto boolean = [&](const QString &key, bool fallback) {
        return values->contains(key) ? values->value(key) == u"1"_s : fallback;
    };
    policy.folder = values->value(kFolder);
    policy.keepDaily = number(kKeepDaily, policy.keepDaily, 1, BackupPolicy::kMaxKeepDaily);
    policy.keepWeekly = number(kKeepWeekly, policy.keepWeekly, 0, BackupPolicy::kMaxKeepWeekly);
    policy.onExit = boolean(kOnExit, policy.onExit);
    policy.daily = boolean(kDaily, policy.daily);
    policy.encrypt = boolean(kEncrypt, policy.encrypt);
    return policy;
}

Result<void> BackupPolicyRepository::save(const BackupPolicy &policy)
{
    if (const QString problem = policyProblem(policy); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    return m_db->write({u"backup.policy"_s, u"backup policy"_s}, [&](Transaction &tx) -> Result<void> {
        const std::pair<QString, QString> entries[] = {
            {kFolder, policy.folder.trimmed()},
            {kKeepDaily, QString::number(policy.keepDaily)},
            {kKeepWeekly, QString::number(policy.keepWeekly)},
            {kOnExit, flag(policy.onExit)},
            {kDaily, flag(policy.daily)},
            {kEncrypt, flag(policy.encrypt)},
        };
        for (const auto &[key, value] : entries)
            if (auto done = put(tx, key, value); !done)
                return done;
        return {};
    });
}

Result<std::optional<LastBackup>> BackupPolicyRepository::lastGoodBackup() const
{
    auto values = backupSettings(*m_db);
    if (!values)
        return values.error();
    const QDateTime at = QDateTime::fromString(values->value(kLastAt), Qt::ISODate);
    if (!at.isValid())
        return std::optional<LastBackup>();
    return std::optional<LastBackup>(LastBackup{at, values->value(kLastFile)});
}

Result<void> BackupPolicyRepository::recordGoodBackup(const LastBackup &backup)
{
    return m_db->write({u"backup.made"_s, u"backup made"_s}, [&](Transaction &tx) -> Result<void> {
        if (auto done = put(tx, kLastAt, backup.at.toString(Qt::ISODate)); !done)
            return done;
        return put(tx, kLastFile, backup.file);
    });
}

} // namespace rr
