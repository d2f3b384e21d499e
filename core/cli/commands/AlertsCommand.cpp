#include "alerts/AlertSources.h"
#include "cli/CliCommand.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QString urgencyLabel(AlertUrgency urgency)
{
    switch (urgency) {
    case AlertUrgency::Overdue:
        return QCoreApplication::translate("rr::Cli", "overdue");
    case AlertUrgency::Due:
        return QCoreApplication::translate("rr::Cli", "due today");
    case AlertUrgency::Upcoming:
        return QCoreApplication::translate("rr::Cli", "upcoming");
    }
    return QString();
}

} // namespace

// One alert per line, most urgent first: urgency, date, area/kind, subject,
// text, tab-separated for grep and cut. Exit 0 whether or not there are any.
int runAlertsCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"alerts --db FILE"_s;
    QCommandLineParser parser;
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode);
    if (!db)
        return exitCode;
    const auto alerts = collectAlerts(db, *io.clock);
    if (!alerts)
        return failWith(io, alerts.error().message);
    for (const Alert &a : *alerts)
        io.out << urgencyLabel(a.urgency) << '\t' << (a.date.isValid() ? a.date.toString(Qt::ISODate) : u"-"_s) << '\t'
               << a.area << '/' << a.kind << '\t' << a.subject << '\t' << a.text << '\n';
    io.out << QCoreApplication::translate("rr::Cli", "%n alert(s)", nullptr, int(alerts->size())) << '\n';
    io.out.flush();
    return ExitSuccess;
}

} // namespace rr
