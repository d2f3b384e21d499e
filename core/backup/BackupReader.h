#pragma once
// A whole backup file's bytes checked in memory, as a restore checks the
// file: the framing and every chunk of an encrypted one (with its password),
// the summary against the data inside, then that SQLite data itself
// (integrity and schema) and what it holds. Pure: no file is read or
// written, nothing is logged; a hostile input gives an Error, never a crash
// or an allocation beyond the limits. The fuzz target of the backup reader
// (tests/fuzz/fuzz_backup_reader.cpp) calls it; restores stream from the
// disk instead (BackupFile), through the same parser, decryptor and checks.
#include "backup/BackupContents.h"
#include "backup/BackupFormat.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace rr {

struct BackupReadLimits {
    // Larger inputs are refused before anything is parsed. The data file
    // inside an encrypted backup is at most this large as well.
    qint64 maxBytes = 64 * 1024 * 1024;
    // The Argon2id cost a header may ask for; the format's own limits by
    // default. A fuzzer lowers them so each input takes microseconds.
    quint32 maxOpsLimit = backupformat::kMaxOpsLimit;
    quint32 maxMemLimitKiB = backupformat::kMaxMemLimitKiB;
};

// What the backup in `bytes` holds, once every check passed. `password`
// (UTF-8) opens an encrypted backup; without it, ErrorCode::InvalidInput
// with BackupFile::passwordNeededMessage(). `label` names the input in
// messages.
Result<BackupContents> readBackupBytes(QByteArrayView bytes, const QByteArray &password, const QString &label,
                                       const BackupReadLimits &limits = {});

} // namespace rr
