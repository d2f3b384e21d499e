#include "backup/BackupCrypto.h"

#include <QCoreApplication>
#include <QIODevice>
#include <sodium.h>

namespace rr {

using namespace Qt::Literals::StringLiterals;
namespace bf = backupformat;

static_assert(bf::kSaltBytes == crypto_pwhash_argon2id_SALTBYTES);
static_assert(bf::kStreamHeaderBytes == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(bf::kChunkOverhead == crypto_secretstream_xchacha20poly1305_ABYTES);
static_assert(bf::kMinMemLimitKiB * 1024 >= crypto_pwhash_argon2id_MEMLIMIT_MIN);
static_assert(bf::kMinOpsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN);

namespace {

constexpr char kKeyCheckText[] = "ResourceRoom backup key check v1";

Result<void> sodiumReady()
{
    if (sodium_init() < 0)
        return makeError(ErrorCode::Storage, QCoreApplication::translate("rr::Backup", "The encryption library could not be started."));
    return {};
}

std::array<quint8, bf::kKeyCheckBytes> keyCheckOf(const BackupKey &key)
{
    std::array<quint8, bf::kKeyCheckBytes> check{};
    crypto_generichash(check.data(), check.size(), reinterpret_cast<const unsigned char *>(kKeyCheckText),
                       sizeof kKeyCheckText - 1, key.bytes(), crypto_secretstream_xchacha20poly1305_KEYBYTES);
    return check;
}

Error writeFailed(const QIODevice &out)
{
    Error error = makeError(ErrorCode::Storage, QCoreApplication::translate("rr::Backup", "Writing the backup failed (is the disk or USB drive full?)."));
    error.detail = out.errorString();
    return error;
}

Error damaged(const QString &detail)
{
    Error error = makeError(ErrorCode::FileUnusable, bf::damagedMessage());
    error.detail = detail;
    return error;
}

} // namespace

QString wrongPasswordMessage()
{
    return QCoreApplication::translate("rr::Backup", "The password is wrong. Check it (Caps Lock, the input method) and try again.");
}

QString newPasswordProblem(const QByteArray &password)
{
    const qsizetype characters = QString::fromUtf8(password).size();
    if (characters < kMinPasswordLength)
        return QCoreApplication::translate("rr::Backup", "The password must have at least %1 characters.").arg(kMinPasswordLength);
    if (password.size() > kMaxPasswordLength)
        return QCoreApplication::translate("rr::Backup", "The password may have at most %1 characters.").arg(kMaxPasswordLength);
    return {};
}

// ---- BackupKey ---------------------------------------------------------------

BackupKey::BackupKey(BackupKey &&other) noexcept : m_key(std::exchange(other.m_key, nullptr)) {}

BackupKey &BackupKey::operator=(BackupKey &&other) noexcept
{
    if (this != &other) {
        if (m_key)
            sodium_free(m_key);
        m_key = std::exchange(other.m_key, nullptr);
    }
    return *this;
}

BackupKey::~BackupKey()
{
    if (m_key)
        sodium_free(m_key);   // wipes it first
}

Result<BackupKey> BackupKey::derive(const QByteArray &password, const bf::ContainerHeader &header)
{
    if (auto ready = sodiumReady(); !ready)
        return ready.error();
    if (password.isEmpty() || password.size() > kMaxPasswordLength)
        return makeError(ErrorCode::InvalidInput, wrongPasswordMessage());
    BackupKey key;
    key.m_key = static_cast<unsigned char *>(sodium_malloc(crypto_secretstream_xchacha20poly1305_KEYBYTES));
    if (!key.m_key)
        return makeError(ErrorCode::Storage, QCoreApplication::translate("rr::Backup", "The computer ran out of memory."));
    if (crypto_pwhash(key.m_key, crypto_secretstream_xchacha20poly1305_KEYBYTES, password.constData(),
                      quint64(password.size()), header.salt.data(), header.opsLimit,
                      size_t(header.memLimitKiB) * 1024u, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        Error error = makeError(ErrorCode::Storage,
                                QCoreApplication::translate("rr::Backup", "There is not enough free memory to work out the key of the "
                                                                          "encrypted backup (it needs %1 MB). Close other programs and try again.")
                                    .arg(header.memLimitKiB / 1024));
        error.detail = u"crypto_pwhash failed"_s;
        return error;
    }
    return key;
}

// ---- BackupEncryptor ---------------------------------------------------------

struct BackupEncryptor::State {
    crypto_secretstream_xchacha20poly1305_state stream;
};

BackupEncryptor::BackupEncryptor(QIODevice &out, std::shared_ptr<const BackupKey> key) : m_out(out), m_key(std::move(key)) {}

BackupEncryptor::~BackupEncryptor()
{
    if (m_state)
        sodium_memzero(m_state.get(), sizeof(State));
}

Result<std::unique_ptr<BackupEncryptor>> BackupEncryptor::start(QIODevice &out, const QByteArray &password,
                                                                const BackupContents &contents, quint32 chunkSize,
                                                                KdfCost cost)
{
    if (auto ready = sodiumReady(); !ready)
        return ready.error();
    if (const QString problem = newPasswordProblem(password); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    bf::ContainerHeader header;
    header.opsLimit = cost.opsLimit;
    header.memLimitKiB = cost.memLimitKiB;
    header.chunkSize = chunkSize;
    randombytes_buf(header.salt.data(), header.salt.size());
    auto key = BackupKey::derive(password, header);
    if (!key)
        return key.error();
    std::unique_ptr<BackupEncryptor> encryptor(new BackupEncryptor(out, std::make_shared<const BackupKey>(std::move(*key))));
    encryptor->m_state = std::make_unique<State>();
    crypto_secretstream_xchacha20poly1305_init_push(&encryptor->m_state->stream, header.streamHeader.data(),
                                                    encryptor->m_key->bytes());
    header.keyCheck = keyCheckOf(*encryptor->m_key);
    encryptor->m_header = header;
    const QByteArray headerBytes = bf::serializeHeader(header);
    // A header we would refuse to read back is a program error; catch it here.
    if (auto readable = bf::parseHeader(headerBytes); !readable)
        return readable.error();
    if (out.write(headerBytes) != headerBytes.size())
        return writeFailed(out);
    const QByteArray summary = contentsToJson(contents);
    if (summary.size() > qsizetype(bf::kMaxContentsBytes))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Backup", "The school's name is too long for a backup."));
    if (auto written = encryptor->write(summary, crypto_secretstream_xchacha20poly1305_TAG_MESSAGE, headerBytes); !written)
        return written.error();
    return encryptor;
}

Result<void> BackupEncryptor::write(QByteArrayView plaintext, unsigned char tag, QByteArrayView additional)
{
    QByteArray cipher(plaintext.size() + bf::kChunkOverhead, Qt::Uninitialized);
    unsigned long long length = 0;
    crypto_secretstream_xchacha20poly1305_push(&m_state->stream, reinterpret_cast<unsigned char *>(cipher.data()), &length,
                                               reinterpret_cast<const unsigned char *>(plaintext.data()), quint64(plaintext.size()),
                                               reinterpret_cast<const unsigned char *>(additional.data()),
                                               quint64(additional.size()), tag);
    const QByteArray prefix = bf::chunkLengthBytes(quint32(length));
    if (m_out.write(prefix) != prefix.size() || m_out.write(cipher.constData(), qint64(length)) != qint64(length))
        return writeFailed(m_out);
    return {};
}

Result<void> BackupEncryptor::push(QByteArrayView plaintext)
{
    if (plaintext.isEmpty())
        return {};
    if (plaintext.size() > qsizetype(m_header.chunkSize))
        return damaged(u"chunk larger than the chunk size"_s);
    return write(plaintext, crypto_secretstream_xchacha20poly1305_TAG_MESSAGE, {});
}

Result<void> BackupEncryptor::finish()
{
    return write({}, crypto_secretstream_xchacha20poly1305_TAG_FINAL, {});
}

// ---- BackupDecryptor ---------------------------------------------------------

struct BackupDecryptor::State {
    crypto_secretstream_xchacha20poly1305_state stream;
};

BackupDecryptor::BackupDecryptor(bf::ContainerReader reader, std::shared_ptr<const BackupKey> key)
    : m_reader(std::move(reader)), m_key(std::move(key))
{
}

BackupDecryptor::~BackupDecryptor()
{
    if (m_state)
        sodium_memzero(m_state.get(), sizeof(State));
}

Result<std::unique_ptr<BackupDecryptor>> BackupDecryptor::open(QIODevice &in, const QByteArray &password)
{
    return open(in, [&](const bf::ContainerHeader &header) -> Result<std::shared_ptr<const BackupKey>> {
        auto key = BackupKey::derive(password, header);
        if (!key)
            return key.error();
        return std::make_shared<const BackupKey>(std::move(*key));
    });
}

Result<std::unique_ptr<BackupDecryptor>> BackupDecryptor::open(QIODevice &in, std::shared_ptr<const BackupKey> key)
{
    return open(in, [&](const bf::ContainerHeader &) -> Result<std::shared_ptr<const BackupKey>> { return key; });
}

Result<std::unique_ptr<BackupDecryptor>> BackupDecryptor::open(QIODevice &in, const KeyForHeader &keyFor)
{
    if (auto ready = sodiumReady(); !ready)
        return ready.error();
    bf::ContainerReader reader(in);
    auto header = reader.readHeader();
    if (!header)
        return header.error();
    auto key = keyFor(*header);
    if (!key)
        return key.error();
    return start(reader, *header, *key);
}

Result<std::unique_ptr<BackupDecryptor>> BackupDecryptor::start(bf::ContainerReader reader, const bf::ContainerHeader &header,
                                                                std::shared_ptr<const BackupKey> key)
{
    if (!key || sodium_memcmp(keyCheckOf(*key).data(), header.keyCheck.data(), bf::kKeyCheckBytes) != 0)
        return makeError(ErrorCode::InvalidInput, wrongPasswordMessage());
    std::unique_ptr<BackupDecryptor> decryptor(new BackupDecryptor(std::move(reader), std::move(key)));
    decryptor->m_state = std::make_unique<State>();
    if (crypto_secretstream_xchacha20poly1305_init_pull(&decryptor->m_state->stream, header.streamHeader.data(),
                                                        decryptor->m_key->bytes())
        != 0)
        return damaged(u"stream header"_s);
    auto first = decryptor->m_reader.readChunk();
    if (!first)
        return first.error();
    if (!*first)
        return makeError(ErrorCode::FileUnusable, bf::truncatedMessage());
    const QByteArray headerBytes = bf::serializeHeader(header);
    const QByteArray &cipher = **first;
    QByteArray plain(cipher.size() - bf::kChunkOverhead, Qt::Uninitialized);
    unsigned long long length = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&decryptor->m_state->stream, reinterpret_cast<unsigned char *>(plain.data()),
                                                   &length, &tag, reinterpret_cast<const unsigned char *>(cipher.constData()),
                                                   quint64(cipher.size()), reinterpret_cast<const unsigned char *>(headerBytes.constData()),
                                                   quint64(headerBytes.size()))
            != 0
        || tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
        return damaged(u"contents summary"_s);
    plain.truncate(qsizetype(length));
    auto contents = contentsFromJson(plain);
    if (!contents)
        return contents.error();
    decryptor->m_contents = *contents;
    return decryptor;
}

Result<std::optional<QByteArray>> BackupDecryptor::next()
{
    if (m_finished)
        return std::optional<QByteArray>();
    auto chunk = m_reader.readChunk();
    if (!chunk)
        return chunk.error();
    if (!*chunk)
        return makeError(ErrorCode::FileUnusable, bf::truncatedMessage());
    const QByteArray &cipher = **chunk;
    QByteArray plain(cipher.size() - bf::kChunkOverhead, Qt::Uninitialized);
    unsigned long long length = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&m_state->stream, reinterpret_cast<unsigned char *>(plain.data()), &length,
                                                   &tag, reinterpret_cast<const unsigned char *>(cipher.constData()),
                                                   quint64(cipher.size()), nullptr, 0)
        != 0)
        return damaged(QStringLiteral("chunk %1").arg(m_reader.chunksRead()));
    plain.truncate(qsizetype(length));
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        if (!plain.isEmpty())
            return damaged(u"final chunk with data"_s);
        auto after = m_reader.readChunk();
        if (!after)
            return after.error();
        if (*after)
            return damaged(u"data after the final chunk"_s);
        m_finished = true;
        return std::optional<QByteArray>();
    }
    if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE || plain.isEmpty())
        return damaged(QStringLiteral("chunk %1 tag %2").arg(m_reader.chunksRead()).arg(tag));
    return std::optional<QByteArray>(std::move(plain));
}

} // namespace rr
