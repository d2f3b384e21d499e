#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "cli/CliCommand.h"
#include "school/SettingsRepository.h"
#include "storage/Database.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

int runSemestersCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"semesters --db FILE"_s;
    QCommandLineParser parser;
    parser.addOption({u"db"_s, cliTr("the data file"), u"FILE"_s});
    int exitCode = 0;
    if (!parseOptions(parser, arguments, io, synopsis, exitCode))
        return exitCode;
    if (!parser.isSet(u"db"_s))
        return usageError(io, cliTr("--db FILE is required."), synopsis);
    auto db = openDatabaseOption(parser);
    if (!db)
        return failWith(io, db.error().message);
    const qint64 current = SettingsRepository(*db).profile().currentSemesterId;
    // One per line: id, name, first and last day, weeks; tab-separated for grep and cut.
    for (const Semester &s : SemesterRepository(*db).all()) {
        io.out << s.id << '\t' << s.name << '\t' << s.start.toString(Qt::ISODate) << '\t'
               << s.end.toString(Qt::ISODate) << '\t' << cliTr("%1 weeks").arg(teachingWeekCount(s));
        if (s.id == current)
            io.out << '\t' << cliTr("current");
        io.out << '\n';
    }
    io.out.flush();
    return ExitSuccess;
}

} // namespace rr
