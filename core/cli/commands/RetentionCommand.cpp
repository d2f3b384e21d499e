// retention: the students who left more than N years ago, for review; and
// the deletion of one of them, which needs --confirm.
#include "audit/Retention.h"
#include "cli/CliCommand.h"
#include "storage/Database.h"
#include "students/CitizenId.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

int listCandidates(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"retention --db FILE [--years N]"_s;
    QCommandLineParser parser;
    parser.addOption({u"years"_s, QCoreApplication::translate("rr::Cli", "set the retention period in years (1–30)"), u"N"_s});
    int exitCode = 0;
    const bool setting = arguments.contains(u"--years"_s) || std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
                             return a.startsWith(u"--years="_s);
                         });
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode, setting);
    if (!db)
        return exitCode;
    db->setClock(io.clock);
    Retention retention(db);
    if (setting) {
        bool ok = false;
        const int years = parser.value(u"years"_s).toInt(&ok);
        if (!ok)
            return failWith(io, QCoreApplication::translate("rr::Cli", "\"%1\" is not a number of years.").arg(parser.value(u"years"_s)));
        if (auto set = retention.setYears(years); !set)
            return failWith(io, set.error().message);
    }
    const auto years = retention.years();
    if (!years)
        return failWith(io, years.error().message);
    const auto list = retention.candidates(*years);
    if (!list)
        return failWith(io, list.error().message);
    for (const RetentionCandidate &c : *list)
        io.out << c.studentId << '\t' << maskIdNumbersInText(c.name) << '\t' << maskIdNumbersInText(c.className) << '\t'
               << c.leftOn.toString(Qt::ISODate) << '\t' << maskIdNumbersInText(c.reason.simplified()) << '\t'
               << QCoreApplication::translate("rr::Cli", "%n file(s)", nullptr, c.attachments) << '\n';
    io.out << QCoreApplication::translate("rr::Cli", "%n student(s) left more than %1 years ago.", nullptr, int(list->size())).arg(*years)
           << Qt::endl;
    return ExitSuccess;
}

int deleteCandidate(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"retention delete --db FILE --student ID --confirm"_s;
    QCommandLineParser parser;
    parser.addOption({u"student"_s, QCoreApplication::translate("rr::Cli", "the student's number"), u"ID"_s});
    parser.addOption({u"confirm"_s, QCoreApplication::translate("rr::Cli", "yes, delete every record of this student")});
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode, true);
    if (!db)
        return exitCode;
    if (int missing = requireOptions(parser, {u"student"_s}, io, synopsis); missing != ExitSuccess)
        return missing;
    db->setClock(io.clock);
    bool ok = false;
    const qint64 id = parser.value(u"student"_s).toLongLong(&ok);
    if (!ok || id <= 0)
        return failWith(io, QCoreApplication::translate("rr::Cli", "\"%1\" is not a student's number.").arg(parser.value(u"student"_s)));
    auto deleted = Retention(db).deleteStudent(id, parser.isSet(u"confirm"_s));
    if (!deleted)
        return failWith(io, deleted.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Student %1 deleted: %2 records, %3 archive files.")
                  .arg(id)
                  .arg(deleted->rows)
                  .arg(deleted->attachments)
           << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runRetentionCommand(const QStringList &arguments, CliIo &io)
{
    QStringList rest = arguments;
    if (!takeSubcommand(rest, {u"delete"_s}).isEmpty())
        return deleteCandidate(rest, io);
    return listCandidates(rest, io);
}

} // namespace rr
