#pragma once
// The process's own peak resident memory in KiB, for the benchmark. Read from
// /proc/self/status (VmHWM, the high-water mark of this program's memory):
// getrusage's ru_maxrss is no good for a child, because Linux carries the
// parent's peak across fork and exec. Header-only: the bare window of the
// benchmark uses it without linking core.
#include <QByteArray>
#include <QFile>

#include <sys/resource.h>

namespace rr {

inline long peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLong();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace rr
