#include "cli/commands/BackupCliSupport.h"

#include "backup/BackupFolder.h"
#include "backup/BackupPolicy.h"
#include "calendar/ScreenDate.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLocale>

namespace rr {

using namespace Qt::Literals::StringLiterals;

int runBackupsCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"backups --folder FOLDER | backups --db FILE"_s;
    QCommandLineParser parser;
    parser.addOption({u"folder"_s, QCoreApplication::translate("rr::Cli", "the folder to list"), u"FOLDER"_s});
    parser.addOption({u"db"_s, QCoreApplication::translate("rr::Cli", "list the folder of this data file's backup policy"), u"FILE"_s});
    int exitCode = 0;
    if (!parseOptions(parser, arguments, io, synopsis, exitCode))
        return exitCode;
    QString folder = parser.value(u"folder"_s);
    if (folder.isEmpty()) {
        if (parser.value(u"db"_s).isEmpty())
            return usageError(io, QCoreApplication::translate("rr::Cli", "--folder FOLDER or --db FILE is required."), synopsis);
        auto db = openDatabaseOption(parser);
        if (!db)
            return failWith(io, db.error().message);
        auto policy = BackupPolicyRepository(*db).policy();
        if (!policy)
            return failWith(io, policy.error().message);
        if (policy->folder.isEmpty())
            return failWith(io, QCoreApplication::translate("rr::Cli", "No backup folder is set for this data file."));
        folder = policy->folder;
    }
    auto listed = listBackups(folder);
    if (!listed)
        return failWith(io, listed.error().message);
    // One per line: file, when made, size, then what it holds or why not.
    for (const BackupListing &entry : std::as_const(*listed)) {
        io.out << entry.fileName << '\t' << screenDateTime(entry.madeAt) << '\t'
               << QLocale().formattedDataSize(entry.size, 1, QLocale::DataSizeTraditionalFormat) << '\t';
        if (!entry.problem.isEmpty())
            io.out << QCoreApplication::translate("rr::Cli", "unusable: %1").arg(entry.problem.simplified());
        else if (!entry.contents)
            io.out << QCoreApplication::translate("rr::Cli", "encrypted (its contents need the password)");
        else
            io.out << QCoreApplication::translate("rr::Cli", "%1, %2 students, %3 IEPs, %4 training records, %5 attached files, data version %6")
                          .arg(entry.contents->schoolName)
                          .arg(entry.contents->students)
                          .arg(entry.contents->ieps)
                          .arg(entry.contents->trainingRecords)
                          .arg(entry.contents->attachments)
                          .arg(entry.contents->dataVersion);
        io.out << '\n';
    }
    io.out.flush();
    return ExitSuccess;
}

} // namespace rr
