#pragma once
// A spreadsheet read as rows of text cells: .csv (any Chinese encoding) or
// .xlsx (first worksheet). The file is only read, never changed.
//
// The readers are pure functions of the file's bytes under TableLimits, so
// a hostile file costs bounded memory and time, and fuzzers can call them
// directly: readCsvRows and readXlsxRows. Rows come one at a time to a sink,
// which lets an import stream; readTableFile collects them for the preview.
#include "common/Result.h"
#include "roster/TableLimits.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>
#include <functional>

namespace rr {

struct TableRow {
    int line = 0;        // CSV: the line the row starts on; .xlsx: the sheet's row number
    QStringList cells;
    QString error;       // why the row could not be read (its cells are empty then)
};

// Gets each row that is not blank, in order; returns false to stop reading.
using TableRowSink = std::function<bool(TableRow &&row)>;

struct TableData {
    QList<QStringList> rows;
    QList<int> lines;                 // the file's line of each row; empty: index + 1
    QHash<int, QString> unreadable;   // index into rows → why that row could not be read
    QString encoding;                 // for CSV: UTF-8 or GB18030

    int lineOf(int index) const;
    void append(TableRow &&row);
};

// A sink that appends every row to `table`.
TableRowSink appendingTo(TableData &table);
// Every row a streaming reader gives (`read` returns the encoding), collected.
Result<TableData> collectRows(const std::function<Result<QString>(const TableRowSink &)> &read);
// A row whose cells are all blank: the readers skip it.
bool isBlankRow(const QStringList &cells);

// By the file's suffix; the file's size is checked before it is read.
Result<TableData> readTableFile(const QString &path, const TableLimits &limits = {});
// The same, streamed: returns the encoding (empty for .xlsx).
Result<QString> readTableRows(const QString &path, const TableLimits &limits, const TableRowSink &sink);

// The readers themselves, bytes in. readCsvRows returns the encoding it found.
Result<QString> readCsvRows(const QByteArray &bytes, const TableLimits &limits, const TableRowSink &sink);
Result<void> readXlsxRows(const QByteArray &bytes, const TableLimits &limits, const TableRowSink &sink);
Result<TableData> parseCsv(const QByteArray &bytes, const TableLimits &limits = {});
Result<TableData> parseXlsx(const QByteArray &bytes, const TableLimits &limits = {});

} // namespace rr
