#pragma once
// Reads a data file's write-ahead log (FILE-wal) the way SQLite will, before
// SQLite opens it. SQLite replays the frames up to the first one whose salt
// or checksum does not fit and silently drops the rest; when committed
// changes lie beyond such a break, opening would lose them without a word,
// and closing would then delete the log that holds them. A log that does
// not belong to its data file (another page size) would be replayed into it.
//
// A torn last frame (a write cut off by a crash or a power cut) and stale
// frames of an earlier log generation (other salts) are normal: nothing
// committed is lost there.
#include <QString>

class QIODevice;

namespace rr {

struct WalReport {
    bool exists = false;
    qint64 size = 0;
    int pageSize = 0;
    int validFrames = 0;       // the prefix SQLite replays
    int committedFrames = 0;   // of those, up to the last commit frame
    // Committed changes SQLite would drop, or a log that is not this file's.
    bool damaged = false;
    QString reason;            // for the details, in English: which check failed
};

// `databasePageSize` 0 when unknown (an empty data file).
WalReport inspectWal(QIODevice &log, qint64 logSize, int databasePageSize);
// The log beside `databasePath`; its page size is compared with the file's.
WalReport inspectWalOf(const QString &databasePath);

} // namespace rr
