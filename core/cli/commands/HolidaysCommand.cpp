// holidays: the school calendar of a semester — list, add a range, add the
// statutory holidays that fall inside it.
#include "calendar/SemesterRepository.h"
#include "calendar/SemesterSetup.h"
#include "cli/CliCommand.h"
#include "cli/commands/CalendarCliOptions.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// One entry a line, tab-separated: id, first day, last day, name, kind.
int listHolidays(QStringList arguments, CliIo &io)
{
    QCommandLineParser parser;
    int exitCode = 0;
    const auto file = openSemesterOfFile(parser, arguments, io, u"holidays --db FILE --semester ID|NAME"_s, exitCode);
    if (!file)
        return exitCode;
    for (const CalendarDay &day : file->semester.days)
        io.out << day.id << '\t' << day.first.toString(Qt::ISODate) << '\t' << day.last.toString(Qt::ISODate) << '\t'
               << day.name << '\t' << calendarDayKind(day) << '\n';
    io.out.flush();
    return ExitSuccess;
}

int addHoliday(QStringList arguments, CliIo &io)
{
    const QString synopsis = u"holidays add --db FILE --semester ID|NAME --date DATE [--to DATE] --name NAME [--workday]"_s;
    QCommandLineParser parser;
    parser.addOption({u"semester"_s, QCoreApplication::translate("rr::Cli", "the semester's number or name"), u"SEMESTER"_s});
    parser.addOption({u"date"_s, QCoreApplication::translate("rr::Cli", "the first day"), u"DATE"_s});
    parser.addOption({u"to"_s, QCoreApplication::translate("rr::Cli", "the last day (default: the first)"), u"DATE"_s});
    parser.addOption({u"name"_s, QCoreApplication::translate("rr::Cli", "e.g. 国庆节, 运动会"), u"NAME"_s});
    parser.addOption({u"workday"_s, QCoreApplication::translate("rr::Cli", "a make-up workday (调休上班) instead of a day off")});
    int exitCode = 0;
    const auto db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode);
    if (!db)
        return exitCode;
    if (const int missing = requireOptions(parser, {u"date"_s, u"name"_s}, io, synopsis))
        return missing;
    const auto semester = semesterOption(parser, db, io, exitCode);
    if (!semester)
        return exitCode;
    CalendarDay day;
    day.name = parser.value(u"name"_s).trimmed();
    day.isWorkday = parser.isSet(u"workday"_s);
    const auto first = dateOption(parser, u"date"_s, io, exitCode);
    if (!first)
        return exitCode;
    day.first = *first;
    day.last = *first;
    if (parser.isSet(u"to"_s)) {
        const auto last = dateOption(parser, u"to"_s, io, exitCode);
        if (!last)
            return exitCode;
        day.last = *last;
    }
    auto id = SemesterRepository(db).addDay(semester->id, day);
    if (!id)
        return failWith(io, id.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Added %1 (%2 to %3, %4) as number %5.")
                  .arg(day.name, day.first.toString(Qt::ISODate), day.last.toString(Qt::ISODate), calendarDayKind(day))
                  .arg(*id)
           << Qt::endl;
    return ExitSuccess;
}

int addStatutory(QStringList arguments, CliIo &io)
{
    QCommandLineParser parser;
    int exitCode = 0;
    const auto file =
        openSemesterOfFile(parser, arguments, io, u"holidays add-statutory --db FILE --semester ID|NAME"_s, exitCode);
    if (!file)
        return exitCode;
    const Semester *semester = &file->semester;
    auto added = SemesterSetup(file->db).addStatutory(semester->id);
    if (!added)
        return failWith(io, added.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Added %1 statutory entries to %2; %3 were there already.")
                  .arg(added->added)
                  .arg(semester->name)
                  .arg(added->skipped)
           << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runHolidaysCommand(const QStringList &arguments, CliIo &io)
{
    QStringList rest = arguments;
    if (takeSubcommand(rest, u"add"_s))
        return addHoliday(rest, io);
    if (takeSubcommand(rest, u"add-statutory"_s))
        return addStatutory(rest, io);
    return listHolidays(rest, io);
}

} // namespace rr
