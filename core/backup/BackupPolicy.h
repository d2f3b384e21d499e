#pragma once
// When and where backups are made, and when the last good one was.
//
// Both live in the data file's settings table, not in the user's QSettings:
//  - the warning "no good backup for 7 days" is about this data, so it must
//    follow the file: a QSettings time would say "backed up yesterday" for
//    another data file opened on the same PC, and lose the policy when a
//    second teacher's account on the shared school PC opens the file;
//  - a data file carried to a new PC keeps its policy; if the folder (a USB
//    drive letter) is not there, the automatic backup fails with a message
//    and the warning shows until a folder is chosen again.
// The password of encrypted backups is never stored (BackupCrypto.h).
#include "common/Result.h"

#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

namespace rr {

class Database;
class Transaction;

struct BackupPolicy {
    static constexpr int kMaxKeepDaily = 60;
    static constexpr int kMaxKeepWeekly = 52;
    static constexpr int kMaxFolderLength = 1000;

    QString folder;          // empty: not chosen yet, no automatic backups
    int keepDaily = 7;
    int keepWeekly = 8;
    bool onExit = true;      // when the program closes
    bool daily = true;       // once a day while it runs (and at start)
    bool encrypt = false;    // automatic backups ask the password once per session
    bool operator==(const BackupPolicy &) const = default;
};

// Empty when `policy` may be saved, else why not (translated).
QString policyProblem(const BackupPolicy &policy);

struct LastBackup {
    QDateTime at;
    QString file;
    bool operator==(const LastBackup &) const = default;
};

// After this many days without a good backup the program warns.
inline constexpr int kBackupWarningDays = 7;
// The warning to show now, or an empty string: no backup yet, or the last
// good one older than kBackupWarningDays.
QString backupWarning(const std::optional<LastBackup> &last, const QDateTime &now);
// "上次备份：今天 09:30" and the like, for the status bar.
QString lastBackupText(const std::optional<LastBackup> &last, const QDateTime &now);

// Whether an automatic backup is due: daily — at most once a calendar day;
// on exit — when something was saved in this session or none was made today.
bool dailyBackupDue(const BackupPolicy &policy, const std::optional<LastBackup> &last, const QDateTime &now);
bool exitBackupDue(const BackupPolicy &policy, const std::optional<LastBackup> &last, const QDateTime &now,
                   bool savedThisSession);

class BackupPolicyRepository {
public:
    explicit BackupPolicyRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<BackupPolicy> policy() const;
    Result<void> save(const BackupPolicy &policy);
    Result<std::optional<LastBackup>> lastGoodBackup() const;
    // Called once a backup passed its checks.
    Result<void> recordGoodBackup(const LastBackup &backup);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
