#pragma once
// The container of an encrypted backup (.rrbackup), format version 1.
//
// A plain backup is a SQLite file that the program (and any SQLite tool)
// opens as it is. An encrypted one wraps that same SQLite file in this
// container. All integers are little-endian.
//
//   offset  size  field
//        0     8  magic "RRBACKUP"
//        8     2  format version: 1
//       10     2  header size in bytes: 84 for version 1
//       12     1  key derivation: 1 = Argon2id v1.3 (libsodium crypto_pwhash)
//       13     1  cipher: 1 = XChaCha20-Poly1305 secretstream (libsodium)
//       14     2  reserved, 0
//       16     4  Argon2id passes (opslimit)
//       20     4  Argon2id memory in KiB (memlimit / 1024)
//       24     4  chunk size: the most plaintext bytes one chunk holds
//       28    16  Argon2id salt
//       44    24  secretstream header (the stream's nonce)
//       68    16  key check: BLAKE2b-128 of a fixed text keyed with the
//                 derived key, so that a wrong password is told apart from
//                 a damaged file before any chunk is opened
//       84   ...  chunks
//
// A chunk is a 4-byte length L followed by L bytes of secretstream output
// (its plaintext plus 17 bytes: tag and MAC). In order:
//   1.      the contents summary (UTF-8 JSON, BackupContents, ≤ 64 KiB);
//           its additional data is the 84 header bytes, so a changed header
//           fails like a changed chunk;
//   2 … n   the SQLite file, chunk-size bytes each (the last may be shorter);
//   last    an empty chunk with TAG_FINAL. Nothing may follow it; a file
//           that ends before it was cut short.
// secretstream authenticates each chunk and their order: a flipped bit, a
// dropped, repeated or reordered chunk and a truncation are all detected.
//
// This file holds only the framing: parsing never decrypts, never allocates
// more than one chunk, and refuses anything beyond the hard limits below, so
// it can be fed hostile bytes (and fuzzed) without a password.
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <array>
#include <optional>

class QIODevice;

namespace rr::backupformat {

inline constexpr char kMagic[8] = {'R', 'R', 'B', 'A', 'C', 'K', 'U', 'P'};
inline constexpr quint16 kFormatVersion = 1;
inline constexpr int kHeaderSize = 84;
inline constexpr quint8 kKdfArgon2id13 = 1;
inline constexpr quint8 kCipherSecretStream = 1;
inline constexpr int kSaltBytes = 16;
inline constexpr int kStreamHeaderBytes = 24;
inline constexpr int kKeyCheckBytes = 16;
inline constexpr int kChunkOverhead = 17;   // crypto_secretstream_xchacha20poly1305_ABYTES
inline constexpr int kLengthBytes = 4;

// Hard limits on what a file may ask of the reader.
inline constexpr quint32 kMinChunkSize = 4 * 1024;
inline constexpr quint32 kMaxChunkSize = 4 * 1024 * 1024;
inline constexpr quint32 kMaxContentsBytes = 64 * 1024;
inline constexpr quint32 kMaxChunks = 1u << 20;   // 1 TiB at 1 MiB a chunk
inline constexpr quint32 kMinOpsLimit = 1;
inline constexpr quint32 kMaxOpsLimit = 16;
inline constexpr quint32 kMinMemLimitKiB = 8;
inline constexpr quint32 kMaxMemLimitKiB = 1024 * 1024;   // 1 GiB

struct ContainerHeader {
    quint16 version = kFormatVersion;
    quint32 opsLimit = 0;
    quint32 memLimitKiB = 0;
    quint32 chunkSize = 0;
    std::array<quint8, kSaltBytes> salt{};
    std::array<quint8, kStreamHeaderBytes> streamHeader{};
    std::array<quint8, kKeyCheckBytes> keyCheck{};
    bool operator==(const ContainerHeader &) const = default;
};

// Whether `firstBytes` start like a container (the magic only).
bool hasContainerMagic(QByteArrayView firstBytes);

// The kHeaderSize bytes of a header. Refuses a wrong magic, a newer format
// version, an unknown algorithm and parameters outside the limits.
Result<ContainerHeader> parseHeader(QByteArrayView bytes);
QByteArray serializeHeader(const ContainerHeader &header);

// The length prefix of a chunk, checked against the header's chunk size.
// `index` is the chunk's position (0 = the contents summary).
Result<quint32> parseChunkLength(QByteArrayView fourBytes, const ContainerHeader &header, quint32 index);
QByteArray chunkLengthBytes(quint32 length);

// Where each chunk lies in a container held whole in memory.
struct ChunkSpan {
    qsizetype offset = 0;   // of the ciphertext, after its length prefix
    quint32 length = 0;
};
struct ContainerLayout {
    ContainerHeader header;
    QList<ChunkSpan> chunks;
};
// The whole container: header, then chunks up to the end of `bytes`, each
// within the limits; a chunk cut short is refused. Pure: no decryption.
Result<ContainerLayout> parseContainer(QByteArrayView bytes);

// The same, read from a stream one chunk at a time (memory bounded by the
// chunk size).
class ContainerReader {
public:
    explicit ContainerReader(QIODevice &device) : m_device(&device) {}
    Result<ContainerHeader> readHeader();
    // The next chunk's ciphertext, nullopt at the end of the stream.
    Result<std::optional<QByteArray>> readChunk();
    quint32 chunksRead() const { return m_chunks; }

private:
    QIODevice *m_device;
    std::optional<ContainerHeader> m_header;
    quint32 m_chunks = 0;
};

// The messages the reader gives, shared with the decryption.
QString truncatedMessage();
QString damagedMessage();

} // namespace rr::backupformat
