#pragma once
// What a backup holds, shown before anything is restored: when it was made,
// the school, how many students, IEPs, training records and attached files,
// and the data version (a backup from a newer program is refused).
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rr {

class SqlExecutor;

struct BackupContents {
    QDateTime madeAt;
    QString schoolName;
    int students = 0;
    int ieps = 0;
    int trainingRecords = 0;
    int attachments = 0;
    int dataVersion = 0;
    QString programVersion;       // the program that made it (encrypted backups say so)
    qint64 databaseBytes = 0;     // size of the SQLite file inside
    QByteArray databaseSha256;    // hex; checked after decrypting (encrypted backups)
    bool encrypted = false;
    bool operator==(const BackupContents &) const = default;
};

// The summary inside an encrypted backup (its first chunk), as UTF-8 JSON.
QByteArray contentsToJson(const BackupContents &contents);
// Pure, with limits: at most backupformat::kMaxContentsBytes, every field
// checked for its type and range; anything else is a damaged backup.
Result<BackupContents> contentsFromJson(QByteArrayView json);

// Counts and school name read from a SQLite file of ours at `dataVersion`
// (tables an older version did not have count as 0). Reads only.
Result<BackupContents> readContents(const SqlExecutor &sql, int dataVersion);

// One "label：value" line per item, in the user's language, for the CLI and
// the restore confirmation.
QStringList describeContents(const BackupContents &contents);

} // namespace rr
