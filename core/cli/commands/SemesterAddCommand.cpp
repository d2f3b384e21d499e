// semesters add: a new semester with the statutory holidays inside it, in one
// transaction (SemesterSetup), like the settings' "Add semester".
#include "calendar/SemesterSetup.h"
#include "cli/CliCommand.h"
#include "cli/commands/CalendarCliOptions.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

int runSemesterAddCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis =
        u"semesters add --db FILE --name NAME --from DATE --to DATE [--current] [--no-statutory]"_s;
    QCommandLineParser parser;
    parser.addOption({u"name"_s, QCoreApplication::translate("rr::Cli", "e.g. 2026年秋季学期"), u"NAME"_s});
    parser.addOption({u"from"_s, QCoreApplication::translate("rr::Cli", "the semester's first day"), u"DATE"_s});
    parser.addOption({u"to"_s, QCoreApplication::translate("rr::Cli", "the semester's last day"), u"DATE"_s});
    parser.addOption({u"current"_s, QCoreApplication::translate("rr::Cli", "make it the current semester")});
    parser.addOption({u"no-statutory"_s, QCoreApplication::translate("rr::Cli", "leave out the statutory holidays")});
    int exitCode = 0;
    const auto db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode);
    if (!db)
        return exitCode;
    if (!parser.isSet(u"name"_s) || !parser.isSet(u"from"_s) || !parser.isSet(u"to"_s))
        return usageError(io, QCoreApplication::translate("rr::Cli", "--name NAME, --from DATE and --to DATE are required."),
                          synopsis);
    const auto from = dateOption(parser, u"from"_s, io, exitCode);
    if (!from)
        return exitCode;
    const auto to = dateOption(parser, u"to"_s, io, exitCode);
    if (!to)
        return exitCode;
    Semester semester;
    semester.name = parser.value(u"name"_s).trimmed();
    // Autumn semesters start in the second half of the year (August to December).
    semester.kind = from->month() >= 8 ? SemesterKind::Autumn : SemesterKind::Spring;
    semester.schoolYear = semester.kind == SemesterKind::Autumn ? from->year() : from->year() - 1;
    semester.start = *from;
    semester.end = *to;
    if (!parser.isSet(u"no-statutory"_s))
        semester.days = SemesterSetup::statutoryOffer(semester);
    auto id = SemesterSetup(db).create(semester, parser.isSet(u"current"_s));
    if (!id)
        return failWith(io, id.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Added semester %1 (%2 to %3) as number %4, with %5 calendar entries.")
                  .arg(semester.name, semester.start.toString(Qt::ISODate), semester.end.toString(Qt::ISODate))
                  .arg(*id)
                  .arg(semester.days.size())
           << '\n';
    for (const CalendarDay &day : semester.days)
        io.out << day.first.toString(Qt::ISODate) << '\t' << day.last.toString(Qt::ISODate) << '\t' << day.name << '\t'
               << calendarDayKind(day) << '\n';
    io.out.flush();
    return ExitSuccess;
}

} // namespace rr
