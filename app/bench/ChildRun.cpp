#include "ChildRun.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <vector>

extern char **environ;

namespace rr::bench {

using namespace Qt::Literals::StringLiterals;

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

ChildRun runChild(const QString &program, const QStringList &arguments, const QStringList &environment)
{
    ChildRun run;
    QTemporaryDir folder;
    if (!folder.isValid())
        return run;
    const QByteArray outPath = QFile::encodeName(folder.filePath(u"out"_s));
    const QByteArray errPath = QFile::encodeName(folder.filePath(u"err"_s));

    // Output to files, not pipes: an import prints a line per row and must
    // never block on a full pipe while we wait.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);

    std::vector<QByteArray> argStore{QFile::encodeName(program)};
    for (const QString &a : arguments)
        argStore.push_back(a.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<QByteArray> envStore;
    for (char **e = environ; *e; ++e)
        envStore.emplace_back(*e);
    for (const QString &e : environment)
        envStore.push_back(e.toUtf8());
    std::vector<char *> envp;
    for (QByteArray &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    pid_t pid = 0;
    run.spawnNs = monotonicNs();
    const int spawned = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    run.started = true;
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    run.wallMs = double(monotonicNs() - run.spawnNs) / 1e6;
    run.maxRssKiB = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    QFile out(QString::fromLocal8Bit(outPath));
    if (out.open(QIODevice::ReadOnly))
        run.out = QString::fromUtf8(out.readAll());
    QFile err(QString::fromLocal8Bit(errPath));
    if (err.open(QIODevice::ReadOnly))
        run.err = QString::fromUtf8(err.readAll()).right(2000);
    return run;
}

} // namespace rr::bench
