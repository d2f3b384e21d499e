#include "cli/commands/BackupCliSupport.h"

#include "backup/BackupPolicy.h"
#include "backup/BackupWriter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace rr {

using namespace Qt::Literals::StringLiterals;

int runBackupCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"backup --db FILE [--out FILE|FOLDER] [--encrypt]"_s;
    QCommandLineParser parser;
    parser.addOption({u"db"_s, QCoreApplication::translate("rr::Cli", "the data file"), u"FILE"_s});
    parser.addOption({u"out"_s, QCoreApplication::translate("rr::Cli", "the backup file, or a folder for a named and rotated backup "
                                                                      "(default: the folder of the backup policy)"),
                      u"FILE|FOLDER"_s});
    parser.addOption({u"encrypt"_s, QCoreApplication::translate("rr::Cli", "encrypt the backup with a password (asked for)")});
    int exitCode = 0;
    if (!parseOptions(parser, arguments, io, synopsis, exitCode))
        return exitCode;
    if (parser.value(u"db"_s).isEmpty())
        return usageError(io, QCoreApplication::translate("rr::Cli", "--db FILE is required."), synopsis);
    auto opened = openForBackup(parser.value(u"db"_s));
    if (!opened)
        return failWith(io, opened.error().message);
    const std::shared_ptr<Database> db = *opened;
    auto policy = BackupPolicyRepository(db).policy();
    if (!policy)
        return failWith(io, policy.error().message);

    QString out = parser.value(u"out"_s);
    const bool intoPolicyFolder = out.isEmpty();
    if (intoPolicyFolder) {
        if (policy->folder.isEmpty())
            return failWith(io, QCoreApplication::translate("rr::Cli", "No backup folder is set; give --out FILE|FOLDER, or set one with "
                                                                        "backup-policy --folder."));
        out = policy->folder;
    }
    const bool encrypt = parser.isSet(u"encrypt"_s) || (intoPolicyFolder && policy->encrypt);
    QByteArray password;
    if (encrypt) {
        auto asked = readBackupPassword(io, PasswordUse::NewBackup);
        if (!asked)
            return failWith(io, asked.error().message);
        password = *asked;
    }
    const bool intoFolder = intoPolicyFolder || QFileInfo(out).isDir();
    auto made = intoFolder ? backupIntoFolder(*db, out, password, policy->keepDaily, policy->keepWeekly, *io.clock)
                           : writeBackup(*db, out, password, *io.clock);
    password.fill('\0');
    if (!made)
        return failWith(io, made.error().message);

    io.out << QCoreApplication::translate("rr::Cli", "Backup written and checked: %1 (%2)")
                  .arg(QDir::toNativeSeparators(made->file), QLocale().formattedDataSize(made->bytes, 1, QLocale::DataSizeTraditionalFormat))
           << '\n';
    printContents(io, made->contents);
    for (const QString &removed : std::as_const(made->removed))
        io.out << QCoreApplication::translate("rr::Cli", "Older backup removed by the rotation: %1").arg(removed) << '\n';
    // The time of the last good backup lives in the data file (BackupPolicy.h),
    // which only the holder of the writer lock may change.
    if (db->holdsWriterLock()) {
        if (auto recorded = BackupPolicyRepository(db).recordGoodBackup({made->contents.madeAt, made->file}); !recorded)
            return failWith(io, recorded.error().message);
    } else {
        io.out << QCoreApplication::translate("rr::Cli", "Note: another program has the data file open, so the time of this backup "
                                                         "was not recorded in it.")
               << '\n';
    }
    io.out.flush();
    return ExitSuccess;
}

} // namespace rr
