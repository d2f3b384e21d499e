#include "storage/WalInspection.h"

#include <QFile>
#include <QIODevice>
#include <QtEndian>

namespace rr {

namespace {

// The format: https://www.sqlite.org/fileformat2.html#walformat
constexpr int kWalHeaderSize = 32;
constexpr int kFrameHeaderSize = 24;
constexpr quint32 kMagicLittle = 0x377f0682;   // checksums over little-endian words
constexpr quint32 kMagicBig = 0x377f0683;      // over big-endian words
constexpr quint32 kFormatVersion = 3007000;

struct Checksum {
    quint32 s0 = 0;
    quint32 s1 = 0;
    bool operator==(const Checksum &) const = default;
};

// SQLite's walChecksumBytes: pairs of 32-bit words, in the byte order the
// magic number names, folded into the running sums.
Checksum fold(Checksum sum, const uchar *data, qsizetype size, bool bigEndian)
{
    for (qsizetype i = 0; i + 8 <= size; i += 8) {
        const quint32 x0 = bigEndian ? qFromBigEndian<quint32>(data + i) : qFromLittleEndian<quint32>(data + i);
        const quint32 x1 = bigEndian ? qFromBigEndian<quint32>(data + i + 4) : qFromLittleEndian<quint32>(data + i + 4);
        sum.s0 += x0 + sum.s1;
        sum.s1 += x1 + sum.s0;
    }
    return sum;
}

quint32 be32(const uchar *p) { return qFromBigEndian<quint32>(p); }

bool validPageSize(quint32 size)
{
    return size >= 512 && size <= 65536 && (size & (size - 1)) == 0;
}

} // namespace

WalReport inspectWal(QIODevice &log, qint64 logSize, int databasePageSize)
{
    WalReport report;
    report.exists = true;
    report.size = logSize;
    if (logSize == 0)
        return report;   // an empty log: nothing to replay, nothing to lose
    const QByteArray headerBytes = log.read(kWalHeaderSize);
    if (headerBytes.size() < kWalHeaderSize) {
        // Shorter than a header: SQLite ignores it; no frame can be in it.
        return report;
    }
    const auto *header = reinterpret_cast<const uchar *>(headerBytes.constData());
    const quint32 magic = be32(header);
    const quint32 pageSize = be32(header + 8);
    const bool framesFollow = logSize > kWalHeaderSize;
    if ((magic != kMagicLittle && magic != kMagicBig) || be32(header + 4) != kFormatVersion || !validPageSize(pageSize)) {
        report.damaged = framesFollow;
        report.reason = QStringLiteral("log header not recognised (magic %1)").arg(magic, 8, 16, QLatin1Char('0'));
        return report;
    }
    const bool bigEndian = magic == kMagicBig;
    report.pageSize = int(pageSize);
    Checksum running = fold({}, header, 24, bigEndian);
    if (running != Checksum{be32(header + 24), be32(header + 28)}) {
        report.damaged = framesFollow;
        report.reason = QStringLiteral("log header checksum does not match");
        return report;
    }
    if (databasePageSize > 0 && int(pageSize) != databasePageSize && framesFollow) {
        report.damaged = true;
        report.reason = QStringLiteral("log page size %1 differs from the data file's %2").arg(pageSize).arg(databasePageSize);
        return report;
    }
    const quint32 salt1 = be32(header + 16);
    const quint32 salt2 = be32(header + 20);
    const qint64 frameSize = kFrameHeaderSize + qint64(pageSize);
    QByteArray frame;
    int index = 0;
    bool chainBroken = false;
    for (;; ++index) {
        frame = log.read(frameSize);
        if (frame.size() < frameSize)
            break;   // the end, or a torn last frame
        const auto *f = reinterpret_cast<const uchar *>(frame.constData());
        const bool currentGeneration = be32(f + 8) == salt1 && be32(f + 12) == salt2;
        const bool commits = be32(f + 4) != 0;
        if (!chainBroken) {
            if (!currentGeneration)
                break;   // stale frames of an earlier generation: the replay ends here, as it should
            Checksum next = fold(running, f, 8, bigEndian);
            next = fold(next, f + kFrameHeaderSize, qsizetype(pageSize), bigEndian);
            if (be32(f) == 0 || next != Checksum{be32(f + 16), be32(f + 20)}) {
                chainBroken = true;
                report.reason = QStringLiteral("frame %1 does not match its checksum").arg(index + 1);
                continue;
            }
            running = next;
            ++report.validFrames;
            if (commits)
                report.committedFrames = report.validFrames;
            continue;
        }
        // Past a break: a commit of this generation means committed changes
        // that SQLite would drop.
        if (currentGeneration && commits) {
            report.damaged = true;
            report.reason += QStringLiteral("; committed frame %1 of the same log lies beyond it").arg(index + 1);
            break;
        }
    }
    if (!report.damaged)
        report.reason.clear();
    return report;
}

WalReport inspectWalOf(const QString &databasePath)
{
    QFile log(databasePath + QStringLiteral("-wal"));
    if (!log.exists())
        return {};
    if (!log.open(QIODevice::ReadOnly)) {
        WalReport unreadable;
        unreadable.exists = true;
        unreadable.damaged = true;
        unreadable.reason = QStringLiteral("log cannot be read: %1").arg(log.errorString());
        return unreadable;
    }
    int databasePageSize = 0;
    QFile database(databasePath);
    if (database.open(QIODevice::ReadOnly)) {
        const QByteArray header = database.read(100);
        if (header.size() == 100) {
            // Stored big-endian at offset 16; the value 1 means 65536.
            const quint16 stored = qFromBigEndian<quint16>(header.constData() + 16);
            databasePageSize = stored == 1 ? 65536 : int(stored);
        }
    }
    return inspectWal(log, log.size(), databasePageSize);
}

} // namespace rr
