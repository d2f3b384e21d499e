#include "cli/commands/BackupCliSupport.h"

#include "backup/BackupFile.h"

#include <QCoreApplication>
#include <QDir>

namespace rr {

using namespace Qt::Literals::StringLiterals;

int runVerifyBackupCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"verify-backup FILE"_s;
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("rr::Cli", "the backup to check"));
    int exitCode = 0;
    if (!parseOptions(parser, arguments, io, synopsis, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, QCoreApplication::translate("rr::Cli", "Give one backup file."), synopsis);
    const QString path = parser.positionalArguments().constFirst();
    auto backup = openBackupAsking(path, io);
    if (!backup)
        return failWith(io, backup.error().message);
    printContents(io, backup->contents());
    auto verified = verifyBackup(*backup);
    if (!verified)
        return failWith(io, verified.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Result: the backup %1 is sound and can be restored.")
                  .arg(QDir::toNativeSeparators(backup->path()))
           << Qt::endl;
    return ExitSuccess;
}

} // namespace rr
