#include "storage/DataFileLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
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
    if (lock->m_lock.tryLock(0))
        return lock;
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
