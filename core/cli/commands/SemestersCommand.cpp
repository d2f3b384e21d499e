#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "cli/CliCommand.h"
#include "cli/commands/CalendarCliOptions.h"

#include <QCoreApplication>
#include "storage/Database.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

int runSemestersCommand(const QStringList &arguments, CliIo &io)
{
    QStringList rest = arguments;
    if (takeSubcommand(rest, u"add"_s))
        return runSemesterAddCommand(rest, io);
    const QString synopsis = u"semesters --db FILE"_s;
    QCommandLineParser parser;
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, rest, io, synopsis, exitCode);
    if (!db)
        return exitCode;
    const SemesterRepository semesters(db);
    const auto current = semesters.current(*io.clock);
    if (!current)
        return failWith(io, current.error().message);
    const auto all = semesters.all();
    if (!all)
        return failWith(io, all.error().message);
    // One per line: id, name, first and last day, weeks; tab-separated for grep and cut.
    for (const Semester &s : *all) {
        io.out << s.id << '\t' << s.name << '\t' << s.start.toString(Qt::ISODate) << '\t'
               << s.end.toString(Qt::ISODate) << '\t' << QCoreApplication::translate("rr::Cli", "%1 weeks").arg(teachingWeekCount(s));
        if (*current && s.id == (*current)->id)
            io.out << '\t' << QCoreApplication::translate("rr::Cli", "current");
        io.out << '\n';
    }
    io.out.flush();
    return ExitSuccess;
}

} // namespace rr
