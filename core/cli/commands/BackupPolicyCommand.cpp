#include "cli/commands/BackupCliSupport.h"

#include "backup/BackupPolicy.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSynopsis = u"backup-policy --db FILE [--folder FOLDER] [--keep-daily N] [--keep-weekly N] "
                          "[--on-exit yes|no] [--daily yes|no] [--encrypt yes|no]"_s;

std::optional<bool> yesNo(const QString &text)
{
    if (text == u"yes"_s || text == u"是"_s || text == u"1"_s || text == u"on"_s)
        return true;
    if (text == u"no"_s || text == u"否"_s || text == u"0"_s || text == u"off"_s)
        return false;
    return std::nullopt;
}

QString yesNoText(bool on)
{
    return on ? QCoreApplication::translate("rr::Cli", "yes") : QCoreApplication::translate("rr::Cli", "no");
}

void printPolicy(CliIo &io, const BackupPolicy &policy, const std::optional<LastBackup> &last)
{
    const QDateTime now = io.clock->now();
    io.out << QCoreApplication::translate("rr::Cli", "Backup folder: %1")
                  .arg(policy.folder.isEmpty() ? QCoreApplication::translate("rr::Cli", "(not set)") : QDir::toNativeSeparators(policy.folder))
           << '\n'
           << QCoreApplication::translate("rr::Cli", "Daily backups kept: %1").arg(policy.keepDaily) << '\n'
           << QCoreApplication::translate("rr::Cli", "Weekly backups kept: %1").arg(policy.keepWeekly) << '\n'
           << QCoreApplication::translate("rr::Cli", "Backup when the program closes: %1").arg(yesNoText(policy.onExit)) << '\n'
           << QCoreApplication::translate("rr::Cli", "Backup once a day: %1").arg(yesNoText(policy.daily)) << '\n'
           << QCoreApplication::translate("rr::Cli", "Encrypt automatic backups: %1").arg(yesNoText(policy.encrypt)) << '\n'
           << lastBackupText(last, now) << '\n';
    if (const QString warning = backupWarning(last, now); !warning.isEmpty())
        io.out << QCoreApplication::translate("rr::Cli", "Warning: %1").arg(warning) << '\n';
    io.out.flush();
}

} // namespace

int runBackupPolicyCommand(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    parser.addOption({u"db"_s, QCoreApplication::translate("rr::Cli", "the data file"), u"FILE"_s});
    parser.addOption({u"folder"_s, QCoreApplication::translate("rr::Cli", "where backups go (a USB drive, say)"), u"FOLDER"_s});
    parser.addOption({u"keep-daily"_s, QCoreApplication::translate("rr::Cli", "daily backups to keep"), u"N"_s});
    parser.addOption({u"keep-weekly"_s, QCoreApplication::translate("rr::Cli", "weekly backups to keep"), u"N"_s});
    parser.addOption({u"on-exit"_s, QCoreApplication::translate("rr::Cli", "back up when the program closes"), u"yes|no"_s});
    parser.addOption({u"daily"_s, QCoreApplication::translate("rr::Cli", "back up once a day"), u"yes|no"_s});
    parser.addOption({u"encrypt"_s, QCoreApplication::translate("rr::Cli", "encrypt automatic backups"), u"yes|no"_s});
    int exitCode = 0;
    if (!parseOptions(parser, arguments, io, kSynopsis, exitCode))
        return exitCode;
    if (parser.value(u"db"_s).isEmpty())
        return usageError(io, QCoreApplication::translate("rr::Cli", "--db FILE is required."), kSynopsis);
    const QStringList settings{u"folder"_s, u"keep-daily"_s, u"keep-weekly"_s, u"on-exit"_s, u"daily"_s, u"encrypt"_s};
    const bool changing = std::any_of(settings.cbegin(), settings.cend(), [&](const QString &name) { return parser.isSet(name); });
    auto db = changing ? openDatabaseForWriting(parser) : openDatabaseOption(parser);
    if (!db)
        return failWith(io, db.error().message);
    BackupPolicyRepository repository(*db);
    auto policy = repository.policy();
    if (!policy)
        return failWith(io, policy.error().message);
    if (changing) {
        if (parser.isSet(u"folder"_s))
            policy->folder = parser.value(u"folder"_s).isEmpty() ? QString() : QFileInfo(parser.value(u"folder"_s)).absoluteFilePath();
        for (const auto &[name, field] : {std::pair(u"keep-daily"_s, &BackupPolicy::keepDaily), std::pair(u"keep-weekly"_s, &BackupPolicy::keepWeekly)}) {
            if (!parser.isSet(name))
                continue;
            bool ok = false;
            (*policy).*field = parser.value(name).toInt(&ok);
            if (!ok)
                return failWith(io, QCoreApplication::translate("rr::Cli", "--%1 needs a number, not \"%2\".").arg(name, parser.value(name)));
        }
        for (const auto &[name, field] : {std::pair(u"on-exit"_s, &BackupPolicy::onExit), std::pair(u"daily"_s, &BackupPolicy::daily),
                                          std::pair(u"encrypt"_s, &BackupPolicy::encrypt)}) {
            if (!parser.isSet(name))
                continue;
            const std::optional<bool> on = yesNo(parser.value(name));
            if (!on)
                return failWith(io, QCoreApplication::translate("rr::Cli", "--%1 is yes or no, not \"%2\".").arg(name, parser.value(name)));
            (*policy).*field = *on;
        }
        if (auto saved = repository.save(*policy); !saved)
            return failWith(io, saved.error().message);
    }
    auto last = repository.lastGoodBackup();
    if (!last)
        return failWith(io, last.error().message);
    printPolicy(io, *policy, *last);
    return ExitSuccess;
}

} // namespace rr
