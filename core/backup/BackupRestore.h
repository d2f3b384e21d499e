#pragma once
// Restoring a backup over a data file, all or nothing:
//
//  1. prepareRestore: the backup's data file is written to a temporary file
//     beside the target (same folder, so the final rename is atomic) and
//     checked there: integrity, schema, for encrypted backups the bytes
//     against the summary; an older data version is upgraded there. Nothing
//     has touched the target yet: a backup we cannot use (damaged, wrong
//     password, cancelled, newer program) leaves it byte-for-byte as it was.
//  2. commitRestore: under the target's writer lock, a safety copy of the
//     current file is kept beside it ("<name>.before-restore-<time>.sqlite"),
//     then the checked file is renamed over the target in one step.
//
// The GUI runs step 1 while the file is still open, closes it, runs step 2
// and opens the file again; the CLI runs both (restoreBackup).
#include "backup/BackupContents.h"
#include "backup/BackupProgress.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QString>
#include <memory>

namespace rr {

class BackupFile;

class PreparedRestore {
public:
    ~PreparedRestore();   // removes the checked file unless it was put in place
    PreparedRestore(const PreparedRestore &) = delete;
    PreparedRestore &operator=(const PreparedRestore &) = delete;

    const QString &target() const { return m_target; }
    const QString &candidate() const { return m_candidate; }
    const BackupContents &contents() const { return m_contents; }

private:
    friend struct RestoreSteps;
    PreparedRestore() = default;
    QString m_backupFile;
    QString m_target;
    QString m_candidate;
    BackupContents m_contents;
    bool m_committed = false;
};

Result<std::unique_ptr<PreparedRestore>> prepareRestore(const BackupFile &backup, const QString &target,
                                                        const BackupProgress &progress = {});

struct RestoreDone {
    QString backupFile;        // what was restored
    QString target;
    QString safetyCopy;        // empty when there was no file to keep
    BackupContents contents;
};

// ErrorCode::Locked (with who) when another program has the target open for
// writing; the target is then unchanged.
Result<RestoreDone> commitRestore(PreparedRestore &prepared, const Clock &clock);

// Both steps, for the CLI.
Result<RestoreDone> restoreBackup(const BackupFile &backup, const QString &target, const Clock &clock,
                                  const BackupProgress &progress = {});

} // namespace rr
