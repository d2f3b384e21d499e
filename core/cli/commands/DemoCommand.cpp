#include "cli/CliCommand.h"

#include <QCoreApplication>
#include "demo/DemoSchool.h"
#include "storage/DataFileLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rr {

using namespace Qt::Literals::StringLiterals;

int runDemoCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"demo --out FILE [--force]"_s;
    QCommandLineParser parser;
    parser.addOption({u"out"_s, QCoreApplication::translate("rr::Cli", "the new data file"), u"FILE"_s});
    parser.addOption({u"force"_s, QCoreApplication::translate("rr::Cli", "replace the file if it exists")});
    int exitCode = 0;
    if (!parseOptions(parser, arguments, io, synopsis, exitCode))
        return exitCode;
    const QString path = parser.value(u"out"_s);
    if (path.isEmpty())
        return usageError(io, QCoreApplication::translate("rr::Cli", "--out FILE is required."), synopsis);
    if (QFileInfo::exists(path)) {
        if (!parser.isSet(u"force"_s))
            return failWith(io, QCoreApplication::translate("rr::Cli", "%1 exists already; add --force to replace it.").arg(QDir::toNativeSeparators(path)));
        // Never replace a file another program has open for writing.
        auto lock = DataFileLock::acquire(path);
        if (!lock)
            return failWith(io, lock.error().message);
        // Build beside it first, so a failure leaves the old file in place.
        const QString fresh = path + u".new"_s;
        QFile::remove(fresh);
        if (auto written = writeDemoSchool(fresh, *io.clock); !written)
            return failWith(io, written.error().message);
        if (!QFile::remove(path) || !QFile::rename(fresh, path)) {
            QFile::remove(fresh);
            return failWith(io, QCoreApplication::translate("rr::Cli", "Could not replace %1.").arg(QDir::toNativeSeparators(path)));
        }
    } else if (auto written = writeDemoSchool(path, *io.clock); !written) {
        return failWith(io, written.error().message);
    }
    io.out << QCoreApplication::translate("rr::Cli", "Demo school written to %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return ExitSuccess;
}

} // namespace rr
