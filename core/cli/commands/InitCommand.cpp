#include "cli/CliCommand.h"

#include "calendar/SemesterSetup.h"

#include "common/LenientDate.h"
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
    const QString synopsis = u"init --db FILE --school NAME --teacher NAME --semester NAME --from DATE --to DATE [--no-statutory]"_s;
    QCommandLineParser parser;
    const QStringList required{u"db"_s, u"school"_s, u"teacher"_s, u"semester"_s, u"from"_s, u"to"_s};
    parser.addOption({u"db"_s, QCoreApplication::translate("rr::Cli", "the new data file"), u"FILE"_s});
    parser.addOption({u"school"_s, QCoreApplication::translate("rr::Cli", "the school's name"), u"NAME"_s});
    parser.addOption({u"teacher"_s, QCoreApplication::translate("rr::Cli", "the resource teacher's name"), u"NAME"_s});
    parser.addOption({u"semester"_s, QCoreApplication::translate("rr::Cli", "the current semester's name"), u"NAME"_s});
    parser.addOption({u"from"_s, QCoreApplication::translate("rr::Cli", "the semester's first day"), u"DATE"_s});
    parser.addOption({u"to"_s, QCoreApplication::translate("rr::Cli", "the semester's last day"), u"DATE"_s});
    parser.addOption({u"no-statutory"_s, QCoreApplication::translate("rr::Cli", "do not enter the statutory holidays inside the semester")});
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
    // Checked before the file exists, so bad input leaves nothing behind.
    if (auto valid = SchoolSetup::validate(profile, semester); !valid)
        return failWith(io, valid.error().message);
    Result<void> done;
    {
        auto db = Database::open(path, OpenMode::CreateIfMissing);
        if (!db)
            return failWith(io, db.error().message);
        done = SchoolSetup(*db).run(profile, semester);
    }
    if (!done) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        return failWith(io, done.error().message);
    }
    io.out << QCoreApplication::translate("rr::Cli", "Set up %1 in %2: semester %3, resource teacher %4 (the current user).")
                  .arg(profile.schoolName.trimmed(), QDir::toNativeSeparators(path), semester.name,
                       profile.teacherName.simplified())
           << Qt::endl;
    return ExitSuccess;
}

} // namespace rr
