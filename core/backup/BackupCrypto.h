#pragma once
// Encryption of backups with libsodium, over the container of
// BackupFormat.h: a key from the password with Argon2id, the contents with
// XChaCha20-Poly1305 secretstream, one chunk at a time so that a data file
// of several hundred MB never sits in memory whole.
//
// The password is never stored anywhere: not in the data file, not in the
// settings. Forgetting it means the backup cannot be opened by anybody.
#include "backup/BackupContents.h"
#include "backup/BackupFormat.h"
#include "common/Result.h"

#include <QByteArray>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace rr {

// Argon2id cost of new backups: 3 passes over 128 MiB. An old school PC with
// 4 GB (often 2 GB free beside the OS and an office suite) can spare 128 MiB
// for a second without swapping; libsodium's "moderate" 256 MiB could push a
// 2 GB machine into swap. 3 passes take 0.45–0.65 s on the 2-core
// development machine (an old school PC perhaps 1–2 s), once per backup or
// restore. Memory, not time, is what makes guessing expensive on graphics
// cards, so memory gets the larger share. A file's own cost is read from
// its header (within BackupFormat.h's limits), so this may change later.
struct KdfCost {
    quint32 opsLimit = 3;
    quint32 memLimitKiB = 128 * 1024;
};
inline constexpr KdfCost kNewBackupKdf{};
// Plaintext bytes per chunk of new backups: 1 MiB keeps memory small and
// the 17-byte overhead per chunk negligible.
inline constexpr quint32 kNewBackupChunkSize = 1024 * 1024;

// What a new password must be. Backups outlive the teacher's memory of the
// day they were made; a short password is guessed offline in hours.
inline constexpr int kMinPasswordLength = 8;
inline constexpr int kMaxPasswordLength = 1024;
// Empty when `password` (UTF-8) may protect a new backup, else why not.
QString newPasswordProblem(const QByteArray &password);
QString wrongPasswordMessage();

// The key of one backup, in libsodium's guarded memory, wiped when destroyed.
class BackupKey {
public:
    BackupKey(BackupKey &&other) noexcept;
    BackupKey &operator=(BackupKey &&other) noexcept;
    BackupKey(const BackupKey &) = delete;
    BackupKey &operator=(const BackupKey &) = delete;
    ~BackupKey();
    const unsigned char *bytes() const { return m_key; }

    // Argon2id of `password` with the header's salt and cost.
    static Result<BackupKey> derive(const QByteArray &password, const backupformat::ContainerHeader &header);

private:
    BackupKey() = default;
    unsigned char *m_key = nullptr;
};

// Writes an encrypted backup: the header and the contents summary at once,
// then the SQLite file chunk by chunk, then the final chunk.
class BackupEncryptor {
public:
    static Result<std::unique_ptr<BackupEncryptor>> start(QIODevice &out, const QByteArray &password,
                                                          const BackupContents &contents,
                                                          quint32 chunkSize = kNewBackupChunkSize,
                                                          KdfCost cost = kNewBackupKdf);
    ~BackupEncryptor();
    quint32 chunkSize() const { return m_header.chunkSize; }
    // The key, to read the backup back for its check without a second Argon2id.
    std::shared_ptr<const BackupKey> key() const { return m_key; }
    // At most chunkSize() bytes of the SQLite file.
    Result<void> push(QByteArrayView plaintext);
    Result<void> finish();

private:
    BackupEncryptor(QIODevice &out, std::shared_ptr<const BackupKey> key);
    Result<void> write(QByteArrayView plaintext, unsigned char tag, QByteArrayView additional);
    struct State;
    QIODevice &m_out;
    std::shared_ptr<const BackupKey> m_key;
    backupformat::ContainerHeader m_header;
    std::unique_ptr<State> m_state;
};

// Reads an encrypted backup. open() needs only the header and the first
// chunk: the contents summary is known (and the password checked) before
// the SQLite file is decrypted.
class BackupDecryptor {
public:
    static Result<std::unique_ptr<BackupDecryptor>> open(QIODevice &in, const QByteArray &password);
    // With the key of an earlier open of the same file (no second Argon2id);
    // a file changed since then fails the key check.
    static Result<std::unique_ptr<BackupDecryptor>> open(QIODevice &in, std::shared_ptr<const BackupKey> key);
    ~BackupDecryptor();
    std::shared_ptr<const BackupKey> key() const { return m_key; }
    const BackupContents &contents() const { return m_contents; }
    // The next piece of the SQLite file; nullopt after the final chunk, once
    // it is known that nothing follows it.
    Result<std::optional<QByteArray>> next();

private:
    BackupDecryptor(backupformat::ContainerReader reader, std::shared_ptr<const BackupKey> key);
    using KeyForHeader = std::function<Result<std::shared_ptr<const BackupKey>>(const backupformat::ContainerHeader &)>;
    static Result<std::unique_ptr<BackupDecryptor>> open(QIODevice &in, const KeyForHeader &keyFor);
    static Result<std::unique_ptr<BackupDecryptor>> start(backupformat::ContainerReader reader,
                                                          const backupformat::ContainerHeader &header,
                                                          std::shared_ptr<const BackupKey> key);
    struct State;
    backupformat::ContainerReader m_reader;
    std::shared_ptr<const BackupKey> m_key;
    BackupContents m_contents;
    std::unique_ptr<State> m_state;
    bool m_finished = false;
};

} // namespace rr
