#include "cli/CliCommand.h"
#include "common/ListText.h"

#include <QCoreApplication>
#include "roster/RosterExport.h"
#include "roster/RosterImport.h"
#include "storage/Database.h"

#include <QDir>

namespace rr {

using namespace Qt::Literals::StringLiterals;

static QString statusWord(ImportRowStatus status)
{
    switch (status) {
    case ImportRowStatus::Ready: return QCoreApplication::translate("rr::Cli", "ready");
    case ImportRowStatus::Duplicate: return QCoreApplication::translate("rr::Cli", "skipped");
    case ImportRowStatus::Invalid: break;
    }
    return QCoreApplication::translate("rr::Cli", "rejected");
}

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
        io.out << QCoreApplication::translate("rr::Cli", "row %1").arg(row.line) << '\t' << row.student.name << '\t'
               << (imports ? (parser.isSet(u"dry-run"_s) ? QCoreApplication::translate("rr::Cli", "would import") : QCoreApplication::translate("rr::Cli", "imported"))
                           : statusWord(row.status));
        if (!row.problems.isEmpty())
            io.out << '\t' << joinSentences(row.problems);
        io.out << '\n';
    }
    const int ready = preview->readyCount();
    const int notReady = int(preview->rows.size()) - ready;
    if (parser.isSet(u"dry-run"_s)) {
        io.out << QCoreApplication::translate("rr::Cli", "Dry run: %1 rows could be imported, %2 would be skipped; nothing was written.")
                      .arg(ready)
                      .arg(notReady)
               << Qt::endl;
        return ExitSuccess;
    }
    auto outcome = commitImport(*db, *preview);
    if (!outcome)
        return failWith(io, outcome.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Imported %1 students, skipped %2 rows.").arg(outcome->imported).arg(outcome->skipped)
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
