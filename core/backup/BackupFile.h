#pragma once
// A backup file on disk, plain (a SQLite file) or encrypted (the container
// of BackupFormat.h), opened to learn what it holds before anything is
// restored from it. Opening reads little: the SQLite counts of a plain
// backup, the header and the first chunk of an encrypted one (after the
// password). extractTo() writes the whole data file out and checks it.
#include "backup/BackupContents.h"
#include "backup/BackupProgress.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

namespace rr {

class BackupKey;

enum class BackupKind { Plain, Encrypted };

// From the first bytes: a SQLite file or our container; anything else is
// ErrorCode::FileUnusable ("not a ResourceRoom backup").
Result<BackupKind> backupKind(const QString &path);

class BackupFile {
public:
    // `password` (UTF-8) is needed for an encrypted backup only: without it
    // ErrorCode::InvalidInput with passwordNeededMessage(); a wrong one
    // gives wrongPasswordMessage(). A backup of a newer program opens (its
    // date and version are shown) but refusal() says why it cannot be restored.
    static Result<BackupFile> open(const QString &path, const QByteArray &password = {});

    const QString &path() const { return m_path; }
    BackupKind kind() const { return m_kind; }
    const BackupContents &contents() const { return m_contents; }
    const std::optional<Error> &refusal() const { return m_refusal; }

    // Writes the data file inside to `target` (which must not exist; made
    // 0600), then checks it: SQLite's integrity check and our schema, and
    // for an encrypted backup that its bytes are those the backup was made
    // from (size, SHA-256). On any failure `target` is removed.
    Result<void> extractTo(const QString &target, ProgressSteps &progress, int step) const;

    static QString passwordNeededMessage();

private:
    QString m_path;
    BackupKind m_kind = BackupKind::Plain;
    BackupContents m_contents;
    std::optional<Error> m_refusal;
    std::shared_ptr<const BackupKey> m_key;   // encrypted: derived once, at open
};

// Checks a backup whole, as a restore would, without restoring it: a plain
// one in place, an encrypted one decrypted into a private temporary folder
// that is removed afterwards.
Result<BackupContents> verifyBackup(const BackupFile &backup, const BackupProgress &progress = {});

} // namespace rr
