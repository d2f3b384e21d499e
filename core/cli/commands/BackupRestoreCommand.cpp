#include "cli/commands/BackupCliSupport.h"

#include "backup/BackupFile.h"
#include "backup/BackupRestore.h"

#include <QCoreApplication>
#include <QDir>

namespace rr {

using namespace Qt::Literals::StringLiterals;

int runRestoreCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"restore --from BACKUP --db FILE"_s;
    QCommandLineParser parser;
    parser.addOption({u"from"_s, QCoreApplication::translate("rr::Cli", "the backup to restore"), u"BACKUP"_s});
    parser.addOption({u"db"_s, QCoreApplication::translate("rr::Cli", "the data file to replace (or create)"), u"FILE"_s});
    int exitCode = 0;
    if (!parseOptions(parser, arguments, io, synopsis, exitCode))
        return exitCode;
    if (parser.value(u"from"_s).isEmpty() || parser.value(u"db"_s).isEmpty())
        return usageError(io, QCoreApplication::translate("rr::Cli", "--from BACKUP and --db FILE are required."), synopsis);
    auto backup = openBackupAsking(parser.value(u"from"_s), io);
    if (!backup)
        return failWith(io, backup.error().message);
    printContents(io, backup->contents());
    auto restored = restoreBackup(*backup, parser.value(u"db"_s), *io.clock);
    if (!restored)
        return failWith(io, restored.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Restored into %1.").arg(QDir::toNativeSeparators(restored->target)) << '\n';
    if (!restored->safetyCopy.isEmpty())
        io.out << QCoreApplication::translate("rr::Cli", "The file as it was before is kept as %1.")
                      .arg(QDir::toNativeSeparators(restored->safetyCopy))
               << '\n';
    io.out.flush();
    return ExitSuccess;
}

} // namespace rr
