// resourceroom-cli: core only. All logic lives in core/cli; this is the door.
#include "cli/CliApp.h"
#include "common/PeakMemory.h"
#include "common/PrivateFiles.h"

#include <QDir>
#include <cstdio>
#include <QFile>
#include <QGuiApplication>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

int main(int argc, char *argv[])
{
    rr::makeNewFilesPrivate();
    // Forms are laid out with Qt's font system, which needs a QGuiApplication;
    // the offscreen platform lets that run on a server without a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without XDG_RUNTIME_DIR Qt prints a warning on every run; give it the
    // folder it would fall back to anyway, so the CLI's stderr stays for errors.
#ifdef Q_OS_UNIX
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-resourceroom-%1").arg(getuid());
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
#endif
    // Taken before QGuiApplication strips the options it reads itself:
    // --session ID (print training-record) would otherwise vanish.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QGuiApplication app(argc, argv);
    const int exitCode = rr::runCli(arguments);
    // For the benchmark (resourceroom-bench), which measures the import here.
    if (qEnvironmentVariableIntValue("RR_REPORT_PEAK_MEMORY") == 1)
        fprintf(stderr, "peak-memory %ld\n", rr::peakResidentKiB());
    return exitCode;
}
