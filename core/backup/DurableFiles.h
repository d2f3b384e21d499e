#pragma once
// Files a backup or a restore writes: private to their owner (0600, folders
// 0700, whatever the process umask is), on disk before they are renamed into
// place, and renamed atomically, so a power cut or a pulled USB drive leaves
// either the old file or the new one, never half of one.
#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace rr {

// Creates `path` empty and 0600; refuses when something is there already.
Result<void> createPrivateFile(const QString &path);
// Creates the folder (and its parents) if missing; the folders made are 0700.
Result<void> makePrivateFolder(const QString &path);
// A unique, not yet existing name beside `target`: "target.<what>-XXXXXX".
QString siblingTempPath(const QString &target, const QString &what);
// Removes what an interrupted run (power cut, killed process) left beside
// `target` under siblingTempPath(target, what), once it is an hour old.
void removeStaleSiblings(const QString &target, const QString &what, const QDateTime &now);
// Flushes the file's contents to the disk (fsync / FlushFileBuffers).
Result<void> syncFile(const QString &path);
// Renames `from` over `to` in one step (POSIX rename, MoveFileEx on
// Windows) and flushes the folder, so the new name survives a power cut.
Result<void> replaceFile(const QString &from, const QString &to);
// Streams `from` into a new private file `to` (no SQLite involved), synced.
Result<void> copyFileDurably(const QString &from, const QString &to);

} // namespace rr
