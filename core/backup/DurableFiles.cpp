#include "backup/DurableFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <filesystem>
#include <system_error>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#endif

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPrivateFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

Error fileError(const QString &message, const QString &detail)
{
    Error error = makeError(ErrorCode::Storage, message);
    error.detail = detail;
    return error;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<void> createPrivateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fileError(QCoreApplication::translate("rr::Backup", "Could not create %1.").arg(shown(path)), file.errorString());
    file.close();
    if (!QFile::setPermissions(path, kPrivateFile)) {
        QFile::remove(path);
        return fileError(QCoreApplication::translate("rr::Backup", "Could not make %1 private.").arg(shown(path)), path);
    }
    return {};
}

Result<void> makePrivateFolder(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return {};
    // The folders made here, outermost first, get 0700.
    QStringList missing;
    for (QString at = absolute; !at.isEmpty() && !QFileInfo::exists(at); at = QFileInfo(at).absolutePath()) {
        missing.prepend(at);
        if (QFileInfo(at).absolutePath() == at)
            break;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder) || !QFile::setPermissions(folder, kPrivateFolder))
            return fileError(QCoreApplication::translate("rr::Backup", "Could not create the folder %1.").arg(shown(absolute)), folder);
    }
    if (!QFileInfo(absolute).isDir())
        return fileError(QCoreApplication::translate("rr::Backup", "%1 is not a folder.").arg(shown(absolute)), absolute);
    return {};
}

QString siblingTempPath(const QString &target, const QString &what)
{
    for (;;) {
        const QString candidate = u"%1.%2-%3"_s.arg(target, what).arg(qulonglong(QRandomGenerator::global()->generate() % 1000000), 6, 10, QChar(u'0'));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

void removeStaleSiblings(const QString &target, const QString &what, const QDateTime &now)
{
    const QFileInfo info(target);
    for (const QFileInfo &stale : info.dir().entryInfoList({info.fileName() + u'.' + what + u"-*"_s}, QDir::Files | QDir::Hidden))
        if (stale.lastModified().secsTo(now) > 3600)
            QFile::remove(stale.absoluteFilePath());
}

Result<void> syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return fileError(QCoreApplication::translate("rr::Backup", "Could not write %1 to the disk.").arg(shown(path)), file.errorString());
#ifdef Q_OS_UNIX
    const bool synced = ::fsync(file.handle()) == 0;
#elif defined(Q_OS_WIN)
    const bool synced = ::_commit(file.handle()) == 0;
#else
    const bool synced = file.flush();
#endif
    if (!synced)
        return fileError(QCoreApplication::translate("rr::Backup", "Could not write %1 to the disk.").arg(shown(path)), u"fsync"_s);
    return {};
}

Result<void> replaceFile(const QString &from, const QString &to)
{
    std::error_code failed;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()), failed);
    if (failed)
        return fileError(QCoreApplication::translate("rr::Backup", "Could not put %1 in place.").arg(shown(to)),
                         QString::fromStdString(failed.message()));
#ifdef Q_OS_UNIX
    // The rename itself lives in the folder: flush it too.
    const QByteArray folder = QFile::encodeName(QFileInfo(to).absolutePath());
    if (const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY); fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
    return {};
}

Result<void> copyFileDurably(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return fileError(QCoreApplication::translate("rr::Backup", "Could not read %1.").arg(shown(from)), in.errorString());
    if (auto created = createPrivateFile(to); !created)
        return created;
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly)) {
        QFile::remove(to);
        return fileError(QCoreApplication::translate("rr::Backup", "Could not create %1.").arg(shown(to)), out.errorString());
    }
    constexpr qint64 kBlock = 1024 * 1024;
    while (!in.atEnd()) {
        const QByteArray block = in.read(kBlock);
        if (block.isEmpty() || out.write(block) != block.size()) {
            out.close();
            QFile::remove(to);
            return fileError(QCoreApplication::translate("rr::Backup", "Copying %1 failed (is the disk full?).").arg(shown(from)),
                             in.errorString() + u" / "_s + out.errorString());
        }
    }
    out.close();
    return syncFile(to);
}

} // namespace rr
