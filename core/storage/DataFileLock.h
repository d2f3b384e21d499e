#pragma once
// One writer per data file: a lock file beside it (FILE.lock, QLockFile),
// taken by the GUI when it opens the file and by every CLI command that
// writes. A second program learns who has the file (user, computer, since
// when) and may open it read-only instead.
//
// Stale locks are taken over: one left by a process that no longer runs on
// this computer (its pid gone, or nobody holding the lock file's flock, which
// the kernel drops when a process dies: pids are reused), or one not refreshed for kStaleAfter (a program on another
// computer of a shared folder that died). The holder refreshes the lock
// while it runs, so a live holder's lock never looks old.
#include "common/Result.h"

#include <QDateTime>
#include <QLockFile>
#include <QString>
#include <memory>
#include <optional>

namespace rr {

struct LockHolder {
    qint64 pid = 0;
    QString host;
    QString user;
    QString application;
    QDateTime since;
};

class DataFileLock {
public:
    static constexpr int kStaleAfterMinutes = 10;
    static constexpr int kRefreshSeconds = 60;

    ~DataFileLock();
    DataFileLock(const DataFileLock &) = delete;
    DataFileLock &operator=(const DataFileLock &) = delete;

    static QString lockPathFor(const QString &dataFile);
    // Takes the lock. ErrorCode::Locked, with who holds it, when another
    // live program does; ErrorCode::FileUnusable when no lock can be made.
    static Result<std::unique_ptr<DataFileLock>> acquire(const QString &dataFile);
    // Who holds the lock now, if anybody does.
    static std::optional<LockHolder> holder(const QString &dataFile);
    // Whether a program that still runs holds it: a lock left by a process
    // that died (a crash, a power cut) or not refreshed for kStaleAfter does not count.
    static bool heldByLiveProgram(const QString &dataFile);
    // "该数据文件正由 用户 在 计算机 上打开（自 …起）…", in the user's language.
    static QString heldMessage(const QString &dataFile, const std::optional<LockHolder> &holder);

    // Touches the lock file, so that it never looks stale while we run.
    void refresh();
    QString lockPath() const { return m_path; }

private:
    explicit DataFileLock(const QString &lockPath);
    QString m_path;
    QLockFile m_lock;
};

} // namespace rr
