#include "roster/RosterImport.h"

#include "common/Clock.h"
#include "roster/ImportChecker.h"
#include "roster/ImportWriter.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QStringList ImportRow::warningTexts() const
{
    QStringList texts;
    for (const ImportWarning &w : warnings)
        texts.append(w.message);
    return texts;
}

int ImportPreview::readyCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const ImportRow &r) { return r.importable(); }));
}

int ImportPreview::countOf(ImportRowStatus status) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [status](const ImportRow &r) { return r.status == status; }));
}

int ImportPreview::warningCount() const
{
    int count = 0;
    for (const ImportRow &row : rows)
        count += row.importable() ? int(row.warnings.size()) : 0;
    return count;
}

void correctTableCell(TableData &table, int tableRow, int column, const QString &text)
{
    if (tableRow < 0 || tableRow >= table.rows.size() || column < 0)
        return;
    QStringList &cells = table.rows[tableRow];
    while (cells.size() <= column)
        cells.append(QString());
    cells[column] = text;
}

Result<ImportPreview> buildImportPreview(const std::shared_ptr<Database> &db, const TableData &table,
                                         QList<RosterField> mapping)
{
    const int headerRow = findHeaderRow(table.rows);
    if (headerRow < 0)
        return noHeaderRowError();
    ImportPreview preview;
    preview.encoding = table.encoding;
    preview.headers = table.rows.at(headerRow);
    auto mapped = importMapping(preview.headers, mapping);
    if (!mapped)
        return mapped.error();
    preview.mapping = *mapped;

    // The students on file, loaded once: each row is a hash lookup.
    const auto known = StudentRepository::duplicateIndex(*db);
    if (!known)
        return known.error();
    ImportChecker checker(*known, preview.mapping);
    preview.rows.reserve(table.rows.size() - headerRow - 1);
    for (int r = headerRow + 1; r < table.rows.size(); ++r) {
        ImportRow row = checker.check(table.rows.at(r), table.lineOf(r), table.unreadable.value(r));
        row.tableRow = r;
        preview.rows.append(std::move(row));
    }
    return preview;
}

Result<ImportOutcome> commitImport(const std::shared_ptr<Database> &db, const ImportPreview &preview, const Clock &clock,
                                   const ImportProgress &progress)
{
    const auto staffByName = ImportWriter::staffOnFile(db);
    if (!staffByName)
        return staffByName.error();
    const QDate today = clock.today();
    const int total = int(preview.rows.size());
    ImportOutcome outcome;
    auto done = db->write({u"roster.import"_s, u"%1 rows"_s.arg(total)}, [&](Transaction &tx) -> Result<void> {
        // Loaded inside the transaction: the file may have been imported
        // since the preview; rows added here join the index.
        auto onFile = StudentRepository::duplicateIndex(tx);
        if (!onFile)
            return onFile.error();
        DuplicateIndex &known = *onFile;
        ImportWriter writer(tx, *staffByName, &known, preview.source, today);
        for (int i = 0; i < total; ++i) {
            if (auto written = writer.write(preview.rows.at(i)); !written)
                return written.error();
            if (progress && !progress(i + 1, total))
                return makeError(ErrorCode::Cancelled, QCoreApplication::translate("rr::Roster", "The import was cancelled; nothing was imported."));
        }
        outcome = writer.outcome();
        return {};
    });
    if (!done) {
        if (done.error().code == ErrorCode::Cancelled)
            return done.error();
        return ImportWriter::notSaved(done.error());
    }
    return outcome;
}

} // namespace rr
