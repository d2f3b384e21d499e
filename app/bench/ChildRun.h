#pragma once
// Runs a program as a child process and measures it from the outside: wall
// time from just before the spawn, its exit status and what it printed. The
// child's own peak memory it has to report itself (common/PeakMemory.h).
#include <QStringList>

namespace rr::bench {

struct ChildRun {
    bool started = false;
    int exitCode = -1;          // -1: did not exit normally
    qint64 spawnNs = 0;         // CLOCK_MONOTONIC just before the spawn
    double wallMs = 0;
    long maxRssKiB = 0;         // wait4: includes this process's peak at the spawn
    QString out;                // stdout
    QString err;                // stderr, last part
};

qint64 monotonicNs();

// `environment` entries (NAME=value) are added to this process's own.
ChildRun runChild(const QString &program, const QStringList &arguments, const QStringList &environment = {});

} // namespace rr::bench
