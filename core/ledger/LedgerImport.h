#pragma once
// A school's existing Excel ledger into ours: .xlsx or .csv (UTF-8 or GB18030,
// read by the roster's readers under TableLimits). Columns are found by their
// Chinese headings. Each row is checked first (the preview): an error skips
// the row (no name, an unknown category, a number or date that is none, a
// ledger number taken); a warning imports it and says what to check (a room
// or keeper not found, an amount that is not quantity × price, an expired
// medicine). The import then writes every row without error in one action.
#include "common/Result.h"
#include "ledger/LedgerItem.h"
#include "roster/TableLimits.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <memory>

namespace rr {

class Database;

struct LedgerImportRow {
    int line = 0;
    LedgerItem item;
    int quantity = 0;
    QStringList errors;
    QStringList warnings;
    bool importable() const { return errors.isEmpty(); }
};

struct LedgerImportPreview {
    QList<LedgerImportRow> rows;
    QString encoding;            // CSV only
    QStringList unusedHeadings;  // columns that were not recognised
    int importable() const;
};

inline constexpr int kMaxLedgerImportRows = 20'000;

// The headings understood, first the required ones (名称, 类别).
QStringList ledgerImportHeadings();

Result<LedgerImportPreview> previewLedgerImport(const std::shared_ptr<Database> &db, const QString &path,
                                                const QDate &today, const TableLimits &limits = {});
// The rows of an already read table (the preview of a file, or a test's).
Result<LedgerImportPreview> checkLedgerRows(const std::shared_ptr<Database> &db, const QList<QStringList> &rows,
                                            const QList<int> &lines, const QDate &today);
// Every importable row, each with its first 入库 on `date` by `person`; one action.
Result<int> commitLedgerImport(const std::shared_ptr<Database> &db, const LedgerImportPreview &preview, const QDate &date,
                               const QString &person);

// The ledger as a table with the same headings, for .xlsx/.csv export.
struct LedgerTable {
    QStringList headers;
    QList<QStringList> rows;
};
Result<LedgerTable> ledgerTable(const std::shared_ptr<Database> &db);
Result<int> exportLedger(const std::shared_ptr<Database> &db, const QString &path);

} // namespace rr
