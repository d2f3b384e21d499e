#include "common/BoundedRead.h"

#include <algorithm>

namespace rr {

std::optional<QByteArray> readAtMost(QIODevice &device, qint64 maxBytes)
{
    QByteArray bytes;
    // The size a file claims is only a hint: room for it (up to the limit),
    // so that reading it in chunks never copies it again.
    if (!device.isSequential())
        bytes.reserve(qsizetype(std::clamp<qint64>(device.size() - device.pos(), 0, maxBytes) + 1));
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    while (true) {
        const qint64 got = device.read(chunk.data(), chunk.size());
        if (got < 0)
            return std::nullopt;
        if (got == 0)
            return bytes;
        if (bytes.size() + got > maxBytes)
            return std::nullopt;
        bytes.append(chunk.constData(), qsizetype(got));
    }
}

} // namespace rr
