#include "cli/CliCommand.h"
#include "common/ListText.h"

#include <QCoreApplication>
#include "roster/RosterExport.h"
#include "roster/RosterImportStream.h"
#include "storage/Database.h"
#include "students/CitizenId.h"

#include <QDir>
#include <QFileInfo>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// What happens to a row: before the commit (dry run) or after it.
QString outcomeWord(const ImportRowReport &row, bool dryRun)
{
    const bool importable = row.status == ImportRowStatus::Ready || row.status == ImportRowStatus::Flagged;
    if (dryRun && importable)
        return row.status == ImportRowStatus::Flagged ? QCoreApplication::translate("rr::Cli", "would import, flagged for review")
                                                      : QCoreApplication::translate("rr::Cli", "would import");
    if (row.imported)
        return row.status == ImportRowStatus::Flagged ? QCoreApplication::translate("rr::Cli", "imported, flagged for review") : QCoreApplication::translate("rr::Cli", "imported");
    if (row.status == ImportRowStatus::Invalid)
        return QCoreApplication::translate("rr::Cli", "rejected");
    return QCoreApplication::translate("rr::Cli", "skipped");
}

// One line per row: row number, name, what happens, why. A terminal's
// scroll-back is a list like any other: ID numbers in the text are masked.
void printRow(CliIo &io, const ImportRowReport &row, bool dryRun)
{
    io.out << QCoreApplication::translate("rr::Cli", "row %1").arg(row.line) << '\t' << maskIdNumbersInText(row.name) << '\t'
           << outcomeWord(row, dryRun);
    QStringList reasons = row.problems;
    for (const QString &warning : row.warnings)
        reasons << QCoreApplication::translate("rr::Cli", "to check: %1").arg(warning);
    if (!reasons.isEmpty())
        io.out << '\t' << maskIdNumbersInText(joinSentences(reasons));
    io.out << '\n';
}

} // namespace

int runImportRosterCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"import-roster FILE.xlsx|FILE.csv --db FILE [--dry-run]"_s;
    QCommandLineParser parser;
    parser.addOption({u"db"_s, QCoreApplication::translate("rr::Cli", "the data file"), u"FILE"_s});
    parser.addOption({u"dry-run"_s, QCoreApplication::translate("rr::Cli", "check every row, import nothing")});
    parser.addPositionalArgument(u"file"_s, QCoreApplication::translate("rr::Cli", "the roster to import"));
    int exitCode = 0;
    if (!parseOptions(parser, arguments, io, synopsis, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(u"db"_s))
        return usageError(io, QCoreApplication::translate("rr::Cli", "name one roster file and --db FILE."), synopsis);
    const bool dryRun = parser.isSet(u"dry-run"_s);
    // A dry run only reads; an import writes and needs the file to itself.
    auto db = dryRun ? openDatabaseOption(parser) : openDatabaseForWriting(parser);
    if (!db)
        return failWith(io, db.error().message);
    const QString path = parser.positionalArguments().constFirst();
    // The file is streamed: each row is read, checked (and written) on its
    // own, so a large file costs its bytes, not a copy of every row.
    if (dryRun) {
        auto counts = checkRosterFile(*db, path, [&io](const ImportRowReport &row) { printRow(io, row, true); });
        if (!counts)
            return failWith(io, counts.error().message);
        io.out << QCoreApplication::translate("rr::Cli", "Dry run: %1 rows could be imported (%2 of them flagged for review), %3 would be skipped; nothing was written.")
                      .arg(counts->ready)
                      .arg(counts->flagged)
                      .arg(counts->rows - counts->ready)
               << Qt::endl;
        return ExitSuccess;
    }
    // Nothing is reported as imported before the commit has succeeded.
    auto imported = importRosterFile(*db, path, *io.clock);
    if (!imported)
        return failWith(io, imported.error().message);
    for (const ImportRowReport &row : std::as_const(imported->rows))
        printRow(io, row, false);
    const ImportOutcome &outcome = imported->outcome;
    io.out << QCoreApplication::translate("rr::Cli", "Imported %1 students (%2 flagged for review), skipped %3 rows.")
                  .arg(outcome.imported)
                  .arg(outcome.flagged)
                  .arg(outcome.skipped)
           << Qt::endl;
    return ExitSuccess;
}

int runExportRosterCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"export-roster --db FILE --out X.xlsx|X.csv [--with-sensitive]"_s;
    QCommandLineParser parser;
    parser.addOption({u"db"_s, QCoreApplication::translate("rr::Cli", "the data file"), u"FILE"_s});
    parser.addOption({u"out"_s, QCoreApplication::translate("rr::Cli", "the file to write"), u"FILE"_s});
    parser.addOption({u"with-sensitive"_s, QCoreApplication::translate("rr::Cli", "include ID numbers, certificate numbers and medical history")});
    int exitCode = 0;
    if (!parseOptions(parser, arguments, io, synopsis, exitCode))
        return exitCode;
    if (!parser.isSet(u"db"_s) || !parser.isSet(u"out"_s))
        return usageError(io, QCoreApplication::translate("rr::Cli", "--db FILE and --out FILE are required."), synopsis);
    auto db = openDatabaseOption(parser);
    if (!db)
        return failWith(io, db.error().message);
    auto count = exportRoster(*db, parser.value(u"out"_s), parser.isSet(u"with-sensitive"_s));
    if (!count)
        return failWith(io, count.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "%1 students written to %2").arg(*count).arg(QDir::toNativeSeparators(parser.value(u"out"_s)))
           << Qt::endl;
    return ExitSuccess;
}

} // namespace rr
