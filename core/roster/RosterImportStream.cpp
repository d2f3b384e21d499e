#include "roster/RosterImportStream.h"

#include "common/Clock.h"
#include "roster/ImportChecker.h"
#include "roster/ImportWriter.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <optional>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

ImportRowReport reportOf(const ImportRow &row)
{
    return ImportRowReport{row.line, row.student.name, row.status, row.problems, row.warningTexts(), false};
}

// Reads `path` and hands each row below the header, checked, to `onRow`.
// The header is looked for as findHeaderRow does: among the first six rows.
Result<void> streamCheckedRows(const SqlExecutor &sql, const QString &path, const TableLimits &limits,
                               const std::function<Result<void>(const ImportRow &)> &onRow)
{
    constexpr int kHeaderSearchRows = 6;
    std::optional<ImportChecker> checker;
    std::optional<Error> failure;
    int seen = 0;
    auto read = readTableRows(path, limits, [&](TableRow &&row) {
        if (!checker) {
            ++seen;
            if (findHeaderRow({row.cells}) != 0)
                return seen < kHeaderSearchRows;   // a title row, or no header at all
            auto mapping = importMapping(row.cells);
            if (!mapping) {
                failure = mapping.error();
                return false;
            }
            // The students on file, loaded once: each row is a hash lookup.
            auto known = StudentRepository::duplicateIndex(sql);
            if (!known) {
                failure = known.error();
                return false;
            }
            checker.emplace(*known, *mapping);
            return true;
        }
        if (auto handled = onRow(checker->check(row.cells, row.line, row.error)); !handled) {
            failure = handled.error();
            return false;
        }
        return true;
    });
    if (!read)
        return read.error();
    if (failure)
        return *failure;
    if (!checker)
        return noHeaderRowError();
    return {};
}

} // namespace

Result<ImportCounts> checkRosterFile(const std::shared_ptr<Database> &db, const QString &path,
                                     const std::function<void(const ImportRowReport &)> &onRow, const TableLimits &limits)
{
    ImportCounts counts;
    auto done = streamCheckedRows(*db, path, limits, [&](const ImportRow &row) -> Result<void> {
        ++counts.rows;
        counts.ready += row.importable() ? 1 : 0;
        counts.flagged += row.status == ImportRowStatus::Flagged ? 1 : 0;
        if (onRow)
            onRow(reportOf(row));
        return {};
    });
    if (!done)
        return done.error();
    return counts;
}

Result<StreamedImport> importRosterFile(const std::shared_ptr<Database> &db, const QString &path, const Clock &clock,
                                        const TableLimits &limits)
{
    const auto staffByName = ImportWriter::staffOnFile(db);
    if (!staffByName)
        return staffByName.error();
    StreamedImport result;
    const QString source = QFileInfo(path).fileName();
    auto done = db->write({u"roster.import"_s, u"roster file"_s}, [&](Transaction &tx) -> Result<void> {
        // Rows are checked inside the transaction: what they are checked
        // against is what they are written to.
        ImportWriter writer(tx, *staffByName, nullptr, source, clock.today());
        auto streamed = streamCheckedRows(tx, path, limits, [&](const ImportRow &row) -> Result<void> {
            auto written = writer.write(row);
            if (!written)
                return written.error();
            ImportRowReport report = reportOf(row);
            report.imported = *written;
            result.rows.append(std::move(report));
            return {};
        });
        if (!streamed)
            return streamed.error();
        result.outcome = writer.outcome();
        return {};
    });
    if (!done)
        return ImportWriter::notSaved(done.error());
    return result;
}

} // namespace rr
