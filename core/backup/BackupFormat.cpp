#include "backup/BackupFormat.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>
#include <cstring>

namespace rr::backupformat {

namespace {

Error damaged(const QString &detail)
{
    Error error = makeError(ErrorCode::FileUnusable, damagedMessage());
    error.detail = detail;
    return error;
}

quint16 u16(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.data() + at);
}

quint32 u32(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.data() + at);
}

template <std::size_t N>
void copyOut(QByteArrayView bytes, qsizetype at, std::array<quint8, N> &to)
{
    std::memcpy(to.data(), bytes.data() + at, N);
}

template <std::size_t N>
void append(QByteArray &out, const std::array<quint8, N> &from)
{
    out.append(reinterpret_cast<const char *>(from.data()), qsizetype(N));
}

void appendU16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendU32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

quint32 maxChunkLength(const ContainerHeader &header, quint32 index)
{
    return (index == 0 ? kMaxContentsBytes : header.chunkSize) + quint32(kChunkOverhead);
}

} // namespace

QString truncatedMessage()
{
    return QCoreApplication::translate("rr::Backup", "The backup file is incomplete (it was cut short, perhaps while being "
                                                     "copied or when a USB drive was pulled out). It cannot be restored.");
}

QString damagedMessage()
{
    return QCoreApplication::translate("rr::Backup", "The backup file is damaged (its contents were changed after it was "
                                                     "made). It cannot be restored.");
}

bool hasContainerMagic(QByteArrayView firstBytes)
{
    return firstBytes.size() >= qsizetype(sizeof kMagic) && std::memcmp(firstBytes.data(), kMagic, sizeof kMagic) == 0;
}

Result<ContainerHeader> parseHeader(QByteArrayView bytes)
{
    if (!hasContainerMagic(bytes))
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Backup", "This file is not a ResourceRoom backup."));
    if (bytes.size() < 12)
        return makeError(ErrorCode::FileUnusable, truncatedMessage());
    ContainerHeader header;
    header.version = u16(bytes, 8);
    if (header.version > kFormatVersion)
        return makeError(ErrorCode::TooNew,
                         QCoreApplication::translate("rr::Backup", "This backup was made by a newer version of ResourceRoom "
                                                                   "(backup format %1). Please update the program to restore it.")
                             .arg(header.version));
    if (header.version != kFormatVersion)
        return damaged(QStringLiteral("format version %1").arg(header.version));
    if (u16(bytes, 10) != kHeaderSize)
        return damaged(QStringLiteral("header size %1").arg(u16(bytes, 10)));
    if (bytes.size() < kHeaderSize)
        return makeError(ErrorCode::FileUnusable, truncatedMessage());
    if (quint8(bytes[12]) != kKdfArgon2id13 || quint8(bytes[13]) != kCipherSecretStream || u16(bytes, 14) != 0)
        return damaged(QStringLiteral("algorithms %1/%2").arg(quint8(bytes[12])).arg(quint8(bytes[13])));
    header.opsLimit = u32(bytes, 16);
    header.memLimitKiB = u32(bytes, 20);
    header.chunkSize = u32(bytes, 24);
    if (header.opsLimit < kMinOpsLimit || header.opsLimit > kMaxOpsLimit)
        return damaged(QStringLiteral("opslimit %1").arg(header.opsLimit));
    if (header.memLimitKiB < kMinMemLimitKiB || header.memLimitKiB > kMaxMemLimitKiB)
        return damaged(QStringLiteral("memlimit %1 KiB").arg(header.memLimitKiB));
    if (header.chunkSize < kMinChunkSize || header.chunkSize > kMaxChunkSize)
        return damaged(QStringLiteral("chunk size %1").arg(header.chunkSize));
    copyOut(bytes, 28, header.salt);
    copyOut(bytes, 44, header.streamHeader);
    copyOut(bytes, 68, header.keyCheck);
    return header;
}

QByteArray serializeHeader(const ContainerHeader &header)
{
    QByteArray out;
    out.reserve(kHeaderSize);
    out.append(kMagic, sizeof kMagic);
    appendU16(out, header.version);
    appendU16(out, quint16(kHeaderSize));
    out.append(char(kKdfArgon2id13));
    out.append(char(kCipherSecretStream));
    appendU16(out, 0);
    appendU32(out, header.opsLimit);
    appendU32(out, header.memLimitKiB);
    appendU32(out, header.chunkSize);
    append(out, header.salt);
    append(out, header.streamHeader);
    append(out, header.keyCheck);
    return out;
}

Result<quint32> parseChunkLength(QByteArrayView fourBytes, const ContainerHeader &header, quint32 index)
{
    if (fourBytes.size() < kLengthBytes)
        return makeError(ErrorCode::FileUnusable, truncatedMessage());
    if (index >= kMaxChunks)
        return damaged(QStringLiteral("more than %1 chunks").arg(kMaxChunks));
    const quint32 length = u32(fourBytes, 0);
    if (length < quint32(kChunkOverhead) || length > maxChunkLength(header, index))
        return damaged(QStringLiteral("chunk %1 length %2").arg(index).arg(length));
    return length;
}

QByteArray chunkLengthBytes(quint32 length)
{
    QByteArray out;
    appendU32(out, length);
    return out;
}

Result<ContainerLayout> parseContainer(QByteArrayView bytes)
{
    auto header = parseHeader(bytes.first(qMin(bytes.size(), qsizetype(kHeaderSize))));
    if (!header)
        return header.error();
    ContainerLayout layout;
    layout.header = *header;
    qsizetype at = kHeaderSize;
    while (at < bytes.size()) {
        const auto index = quint32(layout.chunks.size());
        auto length = parseChunkLength(bytes.sliced(at, qMin(qsizetype(kLengthBytes), bytes.size() - at)), *header, index);
        if (!length)
            return length.error();
        at += kLengthBytes;
        if (bytes.size() - at < qsizetype(*length))
            return makeError(ErrorCode::FileUnusable, truncatedMessage());
        layout.chunks.append({at, *length});
        at += *length;
    }
    return layout;
}

Result<ContainerHeader> ContainerReader::readHeader()
{
    const QByteArray bytes = m_device->read(kHeaderSize);
    auto header = parseHeader(bytes);
    if (!header)
        return header.error();
    m_header = *header;
    return header;
}

Result<std::optional<QByteArray>> ContainerReader::readChunk()
{
    if (!m_header)
        return damaged(QStringLiteral("chunk read before the header"));
    const QByteArray prefix = m_device->read(kLengthBytes);
    if (prefix.isEmpty()) {
        if (!m_device->atEnd())
            return makeError(ErrorCode::FileUnusable,
                             QCoreApplication::translate("rr::Backup", "The backup file could not be read (a disk or USB drive problem?)."));
        return std::optional<QByteArray>();
    }
    auto length = parseChunkLength(prefix, *m_header, m_chunks);
    if (!length)
        return length.error();
    QByteArray chunk = m_device->read(qint64(*length));
    if (chunk.size() != qsizetype(*length))
        return makeError(ErrorCode::FileUnusable, truncatedMessage());
    ++m_chunks;
    return std::optional<QByteArray>(std::move(chunk));
}

} // namespace rr::backupformat
