#include "storage/OnlineCopy.h"

#include "common/AtomicReplace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QTemporaryFile>
#include <sqlite3.h>

namespace rr {

namespace {

constexpr int kPagesPerStep = 512;

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Error copyFailed(const QString &target, const QString &detail)
{
    Error failed = makeError(ErrorCode::Storage, QCoreApplication::translate("rr::Database", "Could not write the copy %1 (is the disk full or the "
                                                                            "folder read-only?). Nothing else was changed.")
                                                     .arg(QDir::toNativeSeparators(target)));
    failed.detail = detail;
    return failed;
}

} // namespace

Result<void> copyOpenDatabase(const QSqlDatabase &source, const QString &target, const CopyProgress &progress)
{
    sqlite3 *from = handleOf(source);
    if (!from)
        return copyFailed(target, QStringLiteral("no SQLite handle on the source connection"));
    // A unique temporary name in the target's folder, so the rename is atomic.
    QString temporaryPath;
    {
        QTemporaryFile placeholder(QFileInfo(target).absoluteDir().filePath(QStringLiteral(".copy-XXXXXX")));
        if (!placeholder.open())
            return copyFailed(target, placeholder.errorString());
        temporaryPath = placeholder.fileName();
        placeholder.setAutoRemove(false);
    }
    const auto discard = [&] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(temporaryPath + suffix);
    };
    sqlite3 *to = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(temporaryPath).constData(), &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(to ? sqlite3_errmsg(to) : "out of memory");
        sqlite3_close(to);
        discard();
        return copyFailed(target, detail);
    }
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(to));
        sqlite3_close(to);
        discard();
        return copyFailed(target, detail);
    }
    int step = SQLITE_OK;
    bool cancelled = false;
    while (step == SQLITE_OK || step == SQLITE_BUSY || step == SQLITE_LOCKED) {
        step = sqlite3_backup_step(backup, kPagesPerStep);
        if (progress) {
            const qint64 total = sqlite3_backup_pagecount(backup);
            if (!progress(total - sqlite3_backup_remaining(backup), total)) {
                cancelled = true;
                break;
            }
        }
        if (step == SQLITE_BUSY || step == SQLITE_LOCKED)
            sqlite3_sleep(20);
    }
    sqlite3_backup_finish(backup);
    const int finished = sqlite3_errcode(to);
    const QString detail = QString::fromUtf8(sqlite3_errmsg(to));
    sqlite3_close(to);
    if (cancelled) {
        discard();
        return makeError(ErrorCode::Cancelled, QCoreApplication::translate("rr::Database", "The copy was cancelled; nothing was written."));
    }
    if (step != SQLITE_DONE || (finished != SQLITE_OK && finished != SQLITE_DONE)) {
        discard();
        return copyFailed(target, QStringLiteral("SQLite %1: %2").arg(step).arg(detail));
    }
    if (!replaceFileAtomically(temporaryPath, target)) {
        discard();
        return copyFailed(target, QStringLiteral("rename failed"));
    }
    return {};
}

} // namespace rr
