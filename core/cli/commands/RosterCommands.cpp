#include "cli/CliCommand.h"
#include "roster/RosterExport.h"
#include "roster/RosterImport.h"
#include "storage/Database.h"

#include <QDir>

namespace rr {

using namespace Qt::Literals::StringLiterals;

static QString statusWord(ImportRowStatus status)
{
    switch (status) {
    case ImportRowStatus::Ready: return cliTr("ready");
    case ImportRowStatus::Duplicate: return cliTr("skipped");
    case ImportRowStatus::Invalid: break;
    }
    return cliTr("rejected");
}

int runImportRosterCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"import-roster FILE.xlsx|FILE.csv --db FILE [--dry-run]"_s;
    QCommandLineParser parser;
    parser.addOption({u"db"_s, cliTr("the data file"), u"FILE"_s});
    parser.addOption({u"dry-run"_s, cliTr("check every row, import nothing")});
    parser.addPositionalArgument(u"file"_s, cliTr("the roster to import"));
    int exitCode = 0;
    if (!parseOptions(parser, arguments, io, synopsis, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(u"db"_s))
        return usageError(io, cliTr("name one roster file and --db FILE."), synopsis);
    auto db = openDatabaseOption(parser);
    if (!db)
        return failWith(io, db.error().message);
    auto table = readTableFile(parser.positionalArguments().constFirst());
    if (!table)
        return failWith(io, table.error().message);
    auto preview = buildImportPreview(*db, *table);
    if (!preview)
        return failWith(io, preview.error().message);
    // One line per row: row number, name, what happens, why.
    for (const ImportRow &row : preview->rows) {
        const bool imports = row.status == ImportRowStatus::Ready;
        io.out << cliTr("row %1").arg(row.line) << '\t' << row.student.name << '\t'
               << (imports ? (parser.isSet(u"dry-run"_s) ? cliTr("would import") : cliTr("imported"))
                           : statusWord(row.status));
        if (!row.problems.isEmpty())
            io.out << '\t' << row.problems.join(u"；"_s);
        io.out << '\n';
    }
    const int ready = preview->readyCount();
    const int notReady = int(preview->rows.size()) - ready;
    if (parser.isSet(u"dry-run"_s)) {
        io.out << cliTr("Dry run: %1 rows could be imported, %2 would be skipped; nothing was written.")
                      .arg(ready)
                      .arg(notReady)
               << Qt::endl;
        return ExitSuccess;
    }
    auto outcome = commitImport(*db, *preview);
    if (!outcome)
        return failWith(io, outcome.error().message);
    io.out << cliTr("Imported %1 students, skipped %2 rows.").arg(outcome->imported).arg(outcome->skipped)
           << Qt::endl;
    return ExitSuccess;
}

int runExportRosterCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"export-roster --db FILE --out X.xlsx|X.csv [--with-sensitive]"_s;
    QCommandLineParser parser;
    parser.addOption({u"db"_s, cliTr("the data file"), u"FILE"_s});
    parser.addOption({u"out"_s, cliTr("the file to write"), u"FILE"_s});
    parser.addOption({u"with-sensitive"_s, cliTr("include ID numbers, certificate numbers and medical history")});
    int exitCode = 0;
    if (!parseOptions(parser, arguments, io, synopsis, exitCode))
        return exitCode;
    if (!parser.isSet(u"db"_s) || !parser.isSet(u"out"_s))
        return usageError(io, cliTr("--db FILE and --out FILE are required."), synopsis);
    auto db = openDatabaseOption(parser);
    if (!db)
        return failWith(io, db.error().message);
    auto count = exportRoster(*db, parser.value(u"out"_s), parser.isSet(u"with-sensitive"_s));
    if (!count)
        return failWith(io, count.error().message);
    io.out << cliTr("%1 students written to %2").arg(*count).arg(QDir::toNativeSeparators(parser.value(u"out"_s)))
           << Qt::endl;
    return ExitSuccess;
}

} // namespace rr
