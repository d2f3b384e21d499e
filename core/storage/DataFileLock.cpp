#include "storage/DataFileLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>

#include <chrono>
#include <thread>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace rr {

using namespace Qt::Literals::StringLiterals;

DataFileLock::DataFileLock(const QString &lockPath) : m_path(lockPath), m_lock(lockPath)
{
    m_lock.setStaleLockTime(kStaleAfterMinutes * 60 * 1000);
}

DataFileLock::~DataFileLock()
{
    m_lock.unlock();
}

QString DataFileLock::lockPathFor(const QString &dataFile)
{
    return QFileInfo(dataFile).absoluteFilePath() + u".lock"_s;
}

std::optional<LockHolder> DataFileLock::holder(const QString &dataFile)
{
    const QString path = lockPathFor(dataFile);
    QLockFile probe(path);
    LockHolder holder;
    if (!probe.getLockInfo(&holder.pid, &holder.host, &holder.application))
        return std::nullopt;
    const QFileInfo info(path);
    holder.user = info.owner();
    // The birth time is when the lock was taken; the modification time is
    // the last refresh, the best we know where birth times are not kept.
    holder.since = info.birthTime().isValid() ? info.birthTime() : info.lastModified();
    return holder;
}

namespace {

bool processRuns(qint64 pid)
{
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return false;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    // Signal 0 only asks whether the process exists; EPERM means it does (another user's).
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#endif
}

// QLockFile holds an flock() on the lock file for as long as it holds the
// lock, and the kernel drops it when the holder dies, however it dies. So a
// lock file nobody holds that way was left behind, even when its pid now
// belongs to another live process of the same name (pids are reused, and
// quickly on a busy machine). Unknown where flock() is not supported.
enum class NativeLock { Held, Free, Unknown };

NativeLock nativeLockOf(const QString &lockPath)
{
#ifdef Q_OS_WIN
    Q_UNUSED(lockPath);
    return NativeLock::Unknown;   // Windows: the holder's open handle already keeps the file
#else
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NativeLock::Unknown;
    NativeLock state = NativeLock::Unknown;
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
        state = NativeLock::Free;
        ::flock(fd, LOCK_UN);
    } else if (errno == EWOULDBLOCK) {
        state = NativeLock::Held;
    }
    ::close(fd);
    return state;
#endif
}

// Left behind on this computer: held by nobody. A file without its pid is
// one whose taker died between creating and writing it, or is between those
// steps now; it takes the flock first, so one still unheld a moment later was left.
bool abandonedHere(const QString &dataFile, const QString &lockPath)
{
    if (const std::optional<LockHolder> held = DataFileLock::holder(dataFile))
        return (held->host.isEmpty() || held->host == QSysInfo::machineHostName())
            && nativeLockOf(lockPath) == NativeLock::Free;
    if (nativeLockOf(lockPath) != NativeLock::Free)
        return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    return !DataFileLock::holder(dataFile) && nativeLockOf(lockPath) == NativeLock::Free;
}

} // namespace

bool DataFileLock::heldByLiveProgram(const QString &dataFile)
{
    const std::optional<LockHolder> held = holder(dataFile);
    if (!held)
        return false;
    const QFileInfo lockFile(lockPathFor(dataFile));
    if (lockFile.lastModified().secsTo(QDateTime::currentDateTime()) > kStaleAfterMinutes * 60)
        return false;
    if (!held->host.isEmpty() && held->host != QSysInfo::machineHostName())
        return true;   // another computer of a shared folder: fresh, so assume it runs
    switch (nativeLockOf(lockPathFor(dataFile))) {
    case NativeLock::Held:
        return true;
    case NativeLock::Free:
        return false;
    case NativeLock::Unknown:
        break;
    }
    return processRuns(held->pid);
}

QString DataFileLock::heldMessage(const QString &dataFile, const std::optional<LockHolder> &holder)
{
    const QString file = QDir::toNativeSeparators(QFileInfo(dataFile).fileName());
    if (!holder)
        return QCoreApplication::translate("rr::Database", "The data file %1 is open in another program, which is the only one that may save to it.")
            .arg(file);
    const QString user = holder->user.isEmpty() ? QCoreApplication::translate("rr::Database", "another user") : holder->user;
    const QString host = holder->host.isEmpty() ? QCoreApplication::translate("rr::Database", "another computer") : holder->host;
    const QString since = holder->since.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    return QCoreApplication::translate("rr::Database",
                                       "The data file %1 is open for writing by %2 on %3 (process %4) since %5. "
                                       "Only one program may save to it at a time.")
        .arg(file, user, host)
        .arg(holder->pid)
        .arg(since);
}

Result<std::unique_ptr<DataFileLock>> DataFileLock::acquire(const QString &dataFile)
{
    const QString path = lockPathFor(dataFile);
    std::unique_ptr<DataFileLock> lock(new DataFileLock(path));
    // tryLock() removes a stale lock itself (dead process on this computer,
    // or older than the stale time) before taking it.
    // QLockFile judges a lock by its pid alone, and one whose pid was reused
    // looks alive to it. removeStaleLockFile() re-checks the flock before it
    // deletes, so a holder that appeared meanwhile keeps its lock.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (lock->m_lock.tryLock(0))
            return lock;
        if (lock->m_lock.error() != QLockFile::LockFailedError)
            break;
        if (!QFileInfo::exists(path))
            continue;   // released meanwhile: try again
        if (!abandonedHere(dataFile, path) || !lock->m_lock.removeStaleLockFile())
            break;
    }
    if (lock->m_lock.error() == QLockFile::LockFailedError)
        return makeError(ErrorCode::Locked, heldMessage(dataFile, holder(dataFile)));
    return makeError(ErrorCode::FileUnusable,
                     QCoreApplication::translate("rr::Database", "Could not create the lock file %1 beside the data file; check that its folder can be written to.")
                         .arg(QDir::toNativeSeparators(path)));
}

void DataFileLock::refresh()
{
    QFile file(m_path);
    if (file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}

} // namespace rr
