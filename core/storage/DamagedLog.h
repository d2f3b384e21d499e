#pragma once
// What happens to a data file whose write-ahead log is damaged (see
// WalReport): before anything replays or drops the log, the data file and
// its -wal and -shm are copied, byte for byte, into a folder beside it, so
// the changes SQLite cannot replay stay available to a support person.
#include "common/Result.h"
#include "storage/WalInspection.h"

namespace rr {

// The folder the originals were kept in (made once per damaged log: a second
// attempt to open the same file reuses it).
Result<QString> keepDamagedLogAside(const QString &databasePath);

// The refusal a user reads, naming the folder with the originals.
Error damagedLogRefusal(const QString &databasePath, const QString &keptIn, const WalReport &report);

} // namespace rr
