// audit: the audit trail, one action per line (time, person, kind, summary),
// filtered, or exported to .xlsx/.csv. The trail never holds ID numbers; the
// lines are masked once more all the same, as every list the CLI prints.
#include "audit/AuditExport.h"
#include "audit/AuditRepository.h"
#include "cli/CliCommand.h"
#include "common/LenientDate.h"
#include "storage/Database.h"
#include "students/CitizenId.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rr {

using namespace Qt::Literals::StringLiterals;

int runAuditCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"audit --db FILE [--since DATE] [--until DATE] [--by NAME] [--kind KIND] [--record TABLE:ID] "
                             "[--export FILE.xlsx|FILE.csv]"_s;
    QCommandLineParser parser;
    parser.addOption({u"since"_s, QCoreApplication::translate("rr::Cli", "the first day"), u"DATE"_s});
    parser.addOption({u"until"_s, QCoreApplication::translate("rr::Cli", "the last day"), u"DATE"_s});
    // Not --user: that signs in on a protected file (cli/CliSignIn.h), for every command.
    parser.addOption({u"by"_s, QCoreApplication::translate("rr::Cli", "who acted (name or account)"), u"NAME"_s});
    parser.addOption({u"kind"_s, QCoreApplication::translate("rr::Cli", "the kind of action or its area, e.g. student"), u"KIND"_s});
    parser.addOption({u"record"_s, QCoreApplication::translate("rr::Cli", "one record's history, e.g. students:12"), u"TABLE:ID"_s});
    parser.addOption({u"export"_s, QCoreApplication::translate("rr::Cli", "write the list to an .xlsx or .csv file"), u"FILE"_s});
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode);
    if (!db)
        return exitCode;
    AuditFilter filter;
    filter.actor = parser.value(u"by"_s);
    filter.kind = parser.value(u"kind"_s);
    for (const auto &[option, date] : {std::pair{u"since"_s, &filter.since}, std::pair{u"until"_s, &filter.until}}) {
        if (!parser.isSet(option))
            continue;
        *date = parseLenientDate(parser.value(option));
        if (!date->isValid())
            return failWith(io, QCoreApplication::translate("rr::Cli", "\"%1\" is not a date.").arg(parser.value(option)));
    }
    if (parser.isSet(u"record"_s)) {
        static const QRegularExpression record(u"^([a-z_]{1,64}):([0-9]{1,18})$"_s);
        const auto match = record.match(parser.value(u"record"_s).trimmed());
        if (!match.hasMatch())
            return failWith(io, QCoreApplication::translate("rr::Cli", "\"%1\" is not a record (TABLE:ID, e.g. students:12).")
                                    .arg(parser.value(u"record"_s)));
        filter.recordTable = match.captured(1);
        filter.recordId = match.captured(2).toLongLong();
    }
    if (parser.isSet(u"export"_s)) {
        auto written = exportAuditTrail(db, filter, parser.value(u"export"_s));
        if (!written)
            return failWith(io, written.error().message);
        io.out << QCoreApplication::translate("rr::Cli", "%n action(s) written to %1", nullptr, *written).arg(parser.value(u"export"_s))
               << Qt::endl;
        return ExitSuccess;
    }
    const auto entries = AuditRepository(db).search(filter);
    if (!entries)
        return failWith(io, entries.error().message);
    for (const AuditEntry &e : *entries)
        io.out << maskIdNumbersInText(e.at.toString(u"yyyy-MM-dd HH:mm:ss"_s) + u'\t' + e.actor + u'\t' + e.kind + u'\t'
                                      + e.summary.simplified())
               << '\n';
    io.out.flush();
    return ExitSuccess;
}

} // namespace rr
