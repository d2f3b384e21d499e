// school funding | completeness: funding entries with their totals, and how
// complete a semester's school archive is.
#include "cli/commands/SchoolWorkCli.h"

#include "cli/commands/CalendarCliOptions.h"
#include "schoolwork/FundingRepository.h"
#include "common/Money.h"
#include "schoolwork/SchoolArchiveCompleteness.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

int runSchoolFunding(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, bool add, CliIo &io)
{
    FundingRepository funding(db);
    int exitCode = 0;
    if (!add) {
        const auto semester = semesterOption(parser, db, io, exitCode);
        if (!semester)
            return exitCode;
        const auto entries = funding.inSemester(*semester);
        if (!entries)
            return failWith(io, entries.error().message);
        // id, date, yuan, source, purpose, approval
        for (const FundingEntry &e : *entries)
            io.out << e.id << '\t' << e.date.toString(Qt::ISODate) << '\t' << formatYuan(e.amountFen, true) << '\t' << e.source << '\t'
                   << e.purpose << '\t' << e.approval << '\n';
        const auto total = funding.totalFen(*semester);
        if (!total)
            return failWith(io, total.error().message);
        io.out << QCoreApplication::translate("rr::Cli", "%1 total: %2 yuan").arg(semester->name, formatYuan(*total, true)) << '\n';
        if (parser.isSet(u"year"_s)) {
            bool ok = false;
            const int year = parser.value(u"year"_s).toInt(&ok);
            if (!ok || year < 1900 || year > 2200)
                return failWith(io, QCoreApplication::translate("rr::Cli", "--year \"%1\" is not a year.").arg(parser.value(u"year"_s)));
            const auto yearTotal = funding.totalFenOfYear(year);
            if (!yearTotal)
                return failWith(io, yearTotal.error().message);
            io.out << QCoreApplication::translate("rr::Cli", "%1 total: %2 yuan").arg(QString::number(year), formatYuan(*yearTotal, true)) << '\n';
        }
        io.out.flush();
        return ExitSuccess;
    }
    if (const int missing = requireOptions(parser, {u"date"_s, u"amount"_s, u"source"_s, u"purpose"_s}, io, kSchoolWorkSynopsis))
        return missing;
    FundingEntry e;
    const auto date = dateOption(parser, u"date"_s, io, exitCode);
    if (!date)
        return exitCode;
    e.date = *date;
    const auto fen = parseAmount(parser.value(u"amount"_s));
    if (!fen)
        return failWith(io, fen.error().message);
    e.amountFen = *fen;
    e.source = parser.value(u"source"_s);
    e.purpose = parser.value(u"purpose"_s);
    e.approval = parser.value(u"approval"_s);
    e.note = parser.value(u"note"_s);
    const auto id = funding.add(e);
    if (!id)
        return failWith(io, id.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Recorded %1 yuan on %2 as number %3.")
                  .arg(formatYuan(e.amountFen, true), e.date.toString(Qt::ISODate))
                  .arg(*id)
           << Qt::endl;
    return ExitSuccess;
}

int runSchoolCompleteness(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, CliIo &io)
{
    int exitCode = 0;
    const auto semester = semesterOption(parser, db, io, exitCode);
    if (!semester)
        return exitCode;
    const auto completeness = schoolArchiveCompleteness(db, *semester);
    if (!completeness)
        return failWith(io, completeness.error().message);
    // item, documents, records, 有/缺
    for (const SchoolArchiveItemState &s : completeness->items)
        io.out << schoolArchiveItemChinese(s.item) << '\t' << s.documents << '\t' << s.records << '\t'
               << (s.present() ? QCoreApplication::translate("rr::Cli", "present")
                   : s.expected ? QCoreApplication::translate("rr::Cli", "missing")
                                : QCoreApplication::translate("rr::Cli", "none (not expected every semester)"))
               << '\n';
    io.out << QCoreApplication::translate("rr::Cli", "%1: %2 of %3 items present.")
                  .arg(semester->name)
                  .arg(completeness->presentExpectedCount())
                  .arg(completeness->expectedCount())
           << Qt::endl;
    return ExitSuccess;
}

} // namespace rr
