#include "cli/CliCommand.h"

#include "calendar/SemesterSetup.h"

#include "cli/commands/BackupCliSupport.h"
#include "common/LenientDate.h"
#include "security/PasswordHash.h"
#include "school/SchoolSetup.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rr {

using namespace Qt::Literals::StringLiterals;

// The same setup as the first-run dialog, for schools set up by script.
int runInitCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"init --db FILE --school NAME --teacher NAME --semester NAME --from DATE --to DATE [--no-statutory] "
                              "[--protect [--admin USER] | --no-protect]"_s;
    QCommandLineParser parser;
    const QStringList required{u"db"_s, u"school"_s, u"teacher"_s, u"semester"_s, u"from"_s, u"to"_s};
    parser.addOption({u"db"_s, QCoreApplication::translate("rr::Cli", "the new data file"), u"FILE"_s});
    parser.addOption({u"school"_s, QCoreApplication::translate("rr::Cli", "the school's name"), u"NAME"_s});
    parser.addOption({u"teacher"_s, QCoreApplication::translate("rr::Cli", "the resource teacher's name"), u"NAME"_s});
    parser.addOption({u"semester"_s, QCoreApplication::translate("rr::Cli", "the current semester's name"), u"NAME"_s});
    parser.addOption({u"from"_s, QCoreApplication::translate("rr::Cli", "the semester's first day"), u"DATE"_s});
    parser.addOption({u"to"_s, QCoreApplication::translate("rr::Cli", "the semester's last day"), u"DATE"_s});
    parser.addOption({u"no-statutory"_s, QCoreApplication::translate("rr::Cli", "do not enter the statutory holidays inside the semester")});
    parser.addOption({u"protect"_s, QCoreApplication::translate("rr::Cli", "protect the file with accounts (the default, "
                                                                           "recommended); the administrator's password "
                                                                           "is read from the terminal or standard input")});
    parser.addOption({u"no-protect"_s, QCoreApplication::translate("rr::Cli", "no accounts: anyone at the computer sees everything")});
    parser.addOption({u"admin"_s, QCoreApplication::translate("rr::Cli", "the administrator's user name (the teacher's name "
                                                                         "by default)"),
                      u"USER"_s});
    parser.addOption({u"district"_s, QCoreApplication::translate("rr::Cli", "the district (optional)"), u"NAME"_s});
    int exitCode = 0;
    if (!parseOptions(parser, arguments, io, synopsis, exitCode))
        return exitCode;
    for (const QString &option : required)
        if (!parser.isSet(option))
            return usageError(io, QCoreApplication::translate("rr::Cli", "--%1 is required.").arg(option), synopsis);

    const QString path = parser.value(u"db"_s);
    if (QFileInfo::exists(path))
        return failWith(io, QCoreApplication::translate("rr::Cli", "%1 exists already; nothing was changed.")
                                .arg(QDir::toNativeSeparators(path)));
    const QDate from = parseLenientDate(parser.value(u"from"_s));
    const QDate to = parseLenientDate(parser.value(u"to"_s));
    for (const auto &[date, option] : {std::pair{from, u"from"_s}, std::pair{to, u"to"_s}})
        if (!date.isValid())
            return failWith(io, QCoreApplication::translate("rr::Cli", "--%1 \"%2\" is not a date.")
                                    .arg(option, parser.value(option)));

    SchoolProfile profile;
    profile.schoolName = parser.value(u"school"_s);
    profile.teacherName = parser.value(u"teacher"_s);
    profile.district = parser.value(u"district"_s);
    Semester semester = SchoolSetup::semesterOf(parser.value(u"semester"_s), from, to);
    // As the first-run dialog offers them: the State Council's days off and
    // make-up workdays inside the semester, saved with it.
    if (!parser.isSet(u"no-statutory"_s))
        semester.days = SemesterSetup::statutoryOffer(semester);
    if (parser.isSet(u"protect"_s) && parser.isSet(u"no-protect"_s))
        return usageError(io, QCoreApplication::translate("rr::Cli", "--protect and --no-protect exclude each other."), synopsis);
    AccountChoice accounts;
    accounts.protect = !parser.isSet(u"no-protect"_s);
    accounts.userName = parser.value(u"admin"_s);
    // Checked before the file exists, so bad input leaves nothing behind.
    if (auto valid = SchoolSetup::validate(profile, semester); !valid)
        return failWith(io, valid.error().message);
    if (accounts.protect) {
        const QString admin = accounts.userName.trimmed().isEmpty() ? profile.teacherName.simplified() : accounts.userName.trimmed();
        auto password = readSecretLine(io.err, QCoreApplication::translate("rr::Cli", "Password of the administrator %1: ").arg(admin));
        if (!password || password->isEmpty())
            return failWith(io, QCoreApplication::translate("rr::Cli", "The file is protected by accounts (--no-protect for none): "
                                                                       "the administrator's password is needed, on the terminal "
                                                                       "or as one line of standard input."));
        if (const QString problem = accountPasswordProblem(*password); !problem.isEmpty())
            return failWith(io, problem);
        if (standardInputIsTerminal()) {
            auto again = readSecretLine(io.err, QCoreApplication::translate("rr::Cli", "The same password again: "));
            if (!again || *again != *password)
                return failWith(io, QCoreApplication::translate("rr::Cli", "The two passwords differ; nothing was written."));
        }
        accounts.adminPassword = *password;
    }
    Result<QString> done = QString();
    {
        auto db = Database::open(path, OpenMode::CreateIfMissing);
        if (!db)
            return failWith(io, db.error().message);
        done = SchoolSetup(*db).run(profile, semester, accounts);
    }
    accounts.adminPassword.fill('\0');
    if (!done) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        return failWith(io, done.error().message);
    }
    io.out << QCoreApplication::translate("rr::Cli", "Set up %1 in %2: semester %3, resource teacher %4 (the current user).")
                  .arg(profile.schoolName.trimmed(), QDir::toNativeSeparators(path), semester.name,
                       profile.teacherName.simplified())
           << Qt::endl;
    if (accounts.protect)
        io.out << QCoreApplication::translate("rr::Cli", "The file is protected by accounts; the administrator is %1. "
                                                         "Recovery code (shown only now; print it or write it down and "
                                                         "keep it locked away): %2")
                      .arg(accounts.userName.trimmed().isEmpty() ? profile.teacherName.simplified() : accounts.userName.trimmed(),
                           *done)
               << Qt::endl;
    return ExitSuccess;
}

} // namespace rr
