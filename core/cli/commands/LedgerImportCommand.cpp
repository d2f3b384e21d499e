#include "cli/commands/LedgerCommands.h"

#include "ledger/LedgerImport.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

// One line per row: its line, 导入/跳过, the item, then its errors and
// warnings; a summary last. --dry-run writes nothing.
int runLedgerImportCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"ledger import FILE.xlsx|FILE.csv --db FILE [--dry-run] [--date DATE] [--by NAME]"_s;
    QCommandLineParser parser;
    parser.addOption({u"dry-run"_s, QCoreApplication::translate("rr::Cli", "check the rows only; write nothing")});
    parser.addOption({u"date"_s, QCoreApplication::translate("rr::Cli", "the day of the first 入库 (today unless given)"), u"DATE"_s});
    parser.addOption({u"by"_s, QCoreApplication::translate("rr::Cli", "who receives (the current user unless given)"), u"NAME"_s});
    int exitCode = 0;
    const bool dryRun = arguments.contains(u"--dry-run"_s);
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode, !dryRun);
    if (!db)
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, QCoreApplication::translate("rr::Cli", "give exactly one file to import."), synopsis);
    QDate date;
    if (!ledgerDateOption(parser, u"date"_s, io, &date, exitCode))
        return exitCode;
    auto preview = previewLedgerImport(db, parser.positionalArguments().first(), io.clock->today());
    if (!preview)
        return failWith(io, preview.error().message);
    for (const LedgerImportRow &row : std::as_const(preview->rows)) {
        io.out << QCoreApplication::translate("rr::Cli", "Row %1").arg(row.line) << '\t'
               << (row.importable() ? QCoreApplication::translate("rr::Cli", "import")
                                    : QCoreApplication::translate("rr::Cli", "skip"))
               << '\t' << row.item.name;
        for (const QString &e : row.errors)
            io.out << '\t' << QCoreApplication::translate("rr::Cli", "error: %1").arg(e);
        for (const QString &w : row.warnings)
            io.out << '\t' << QCoreApplication::translate("rr::Cli", "warning: %1").arg(w);
        io.out << '\n';
    }
    if (!preview->unusedHeadings.isEmpty())
        io.out << QCoreApplication::translate("rr::Cli", "Columns not used: %1").arg(preview->unusedHeadings.join(u'、')) << '\n';
    const int importable = preview->importable();
    const int skipped = int(preview->rows.size()) - importable;
    if (dryRun) {
        io.out << QCoreApplication::translate("rr::Cli", "Checked only: %1 rows would be imported, %2 skipped.")
                      .arg(importable)
                      .arg(skipped)
               << Qt::endl;
        return ExitSuccess;
    }
    QString person;
    if (!ledgerPersonOption(parser, db, io, &person, exitCode))
        return exitCode;
    auto written = commitLedgerImport(db, *preview, date, person);
    if (!written)
        return failWith(io, written.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Imported %1 items, %2 rows skipped.").arg(*written).arg(skipped) << Qt::endl;
    return ExitSuccess;
}

int runLedgerExportCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"ledger export --db FILE --out X.xlsx|X.csv"_s;
    QCommandLineParser parser;
    parser.addOption({u"out"_s, QCoreApplication::translate("rr::Cli", "the file to write"), u"FILE"_s});
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode);
    if (!db)
        return exitCode;
    if (const int missing = requireOptions(parser, {u"out"_s}, io, synopsis))
        return missing;
    auto written = exportLedger(db, parser.value(u"out"_s));
    if (!written)
        return failWith(io, written.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Wrote %1 items to %2.").arg(*written).arg(parser.value(u"out"_s)) << Qt::endl;
    return ExitSuccess;
}

} // namespace rr
