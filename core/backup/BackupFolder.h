#pragma once
// The backups lying in a folder, newest first, with what the plain ones hold
// (an encrypted one shows its contents only after its password).
#include "backup/BackupContents.h"
#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace rr {

struct BackupListing {
    QString path;
    QString fileName;
    QDateTime madeAt;     // from the name, else the file's date
    qint64 size = 0;
    bool encrypted = false;
    std::optional<BackupContents> contents;
    QString problem;      // why it cannot be used, when it cannot
};

// A folder of thousands of files is listed to its newest this many.
inline constexpr int kMaxListedBackups = 500;

// Every *.sqlite and *.rrbackup file in `folder`. Reads only.
Result<QList<BackupListing>> listBackups(const QString &folder);

} // namespace rr
