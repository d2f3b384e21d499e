#include "roster/TableFile.h"
#include "roster/TableLimitMessages.h"
#include "roster/TextEncoding.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>
#include <string>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

enum class RowFault { None, OpenQuote, TooManyLines, CellTooLong, TooManyColumns };

QString faultMessage(RowFault fault, const TableLimits &limits)
{
    switch (fault) {
    case RowFault::OpenQuote:
        return QCoreApplication::translate("rr::Roster", "A quotation mark (\") in this row is never closed; the row was not read.");
    case RowFault::TooManyLines:
        return QCoreApplication::translate("rr::Roster", "A quoted cell of this row runs over more than %1 lines (a quotation mark "
                                                         "(\") is probably missing or one too many); the row was not read.")
            .arg(limits.maxLinesPerRow);
    case RowFault::CellTooLong: return cellTooLongMessage(limits);
    case RowFault::TooManyColumns: return tooManyColumnsMessage(limits);
    case RowFault::None: break;
    }
    return {};
}

} // namespace

// RFC 4180: quoted fields may hold separators, quotes ("") and line breaks.
// The bytes are split without decoding (no byte of a GB18030 or UTF-8
// character is a comma, tab, quote or line break); each cell is decoded on its
// own, so the file is never held twice. A row that breaks a limit is reported
// with its line, and reading starts again on the line after the row's first:
// a stray quote costs its own row, never the rest of the file.
Result<QString> readCsvRows(const QByteArray &bytes, const TableLimits &limits, const TableRowSink &sink)
{
    if (bytes.size() > limits.maxFileBytes)
        return fileTooLargeError(bytes.size(), limits);
    QByteArrayView text(bytes);
    QString encoding;
    if (text.startsWith("\xEF\xBB\xBF")) {
        text = text.sliced(3);
        encoding = u"UTF-8"_s;   // a BOM decides; a broken sequence becomes U+FFFD
    } else {
        encoding = detectChineseEncoding(text);
    }
    if (encoding.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Roster", "The file is neither UTF-8 nor GB18030 text."));
    const char *const data = text.data();
    const qsizetype size = text.size();
    const qsizetype lineCount = std::count(data, data + size, '\n') + (size > 0 && data[size - 1] != '\n' ? 1 : 0);
    if (lineCount > limits.maxRows)
        return tooManyRowsError(limits);

    const char *firstBreak = static_cast<const char *>(memchr(data, '\n', size_t(size)));
    const char *const firstEnd = firstBreak ? firstBreak : data + size;
    const char separator = std::count(data, firstEnd, '\t') > std::count(data, firstEnd, ',') ? '\t' : ',';

    ChineseTextDecoder decoder(encoding);
    std::string field;   // the cell's bytes; keeps its capacity from cell to cell
    qsizetype pos = 0;
    int line = 1;
    while (pos < size) {
        const qsizetype rowStart = pos;
        const int rowLine = line;
        TableRow row;
        row.line = rowLine;
        RowFault fault = RowFault::None;
        bool quoted = false;
        bool rowEnded = false;
        field.clear();
        auto endCell = [&] {
            if (row.cells.size() >= limits.maxColumns)
                fault = RowFault::TooManyColumns;
            else
                row.cells.append(decoder.decode(QByteArrayView(field.data(), qsizetype(field.size()))));
            field.clear();
        };
        while (pos < size && !rowEnded && fault == RowFault::None) {
            const char c = data[pos];
            if (quoted && c == '"') {
                // An escaped quote ("") grows the cell too: it falls through
                // to the length check below like any other byte.
                if (pos + 1 < size && data[pos + 1] == '"') {
                    field += '"';
                    pos += 2;
                } else {
                    quoted = false;
                    ++pos;
                }
            } else if (quoted) {
                if (c == '\n' && ++line - rowLine + 1 > limits.maxLinesPerRow) {
                    fault = RowFault::TooManyLines;
                    break;
                }
                field += c;
                ++pos;
            } else if (c == '"' && field.empty()) {
                quoted = true;
                ++pos;
            } else if (c == separator) {
                endCell();
                ++pos;
            } else if (c == '\n') {
                endCell();
                ++pos;
                ++line;
                rowEnded = true;
            } else {
                if (c != '\r')
                    field += c;
                ++pos;
            }
            if (qsizetype(field.size()) > limits.maxCellBytes)
                fault = RowFault::CellTooLong;
        }
        if (fault == RowFault::None && quoted)
            fault = RowFault::OpenQuote;   // the file ended inside quotes
        if (fault == RowFault::None && !rowEnded)
            endCell();                     // the last row has no line break
        if (fault != RowFault::None) {
            row.cells.clear();
            row.error = faultMessage(fault, limits);
            // Start again on the line after the row's first.
            const char *next = static_cast<const char *>(memchr(data + rowStart, '\n', size_t(size - rowStart)));
            pos = next ? (next - data) + 1 : size;
            line = rowLine + 1;
        } else if (isBlankRow(row.cells)) {
            continue;
        }
        if (!sink(std::move(row)))
            break;
    }
    return encoding;
}

Result<TableData> parseCsv(const QByteArray &bytes, const TableLimits &limits)
{
    return collectRows([&](const TableRowSink &sink) { return readCsvRows(bytes, limits, sink); });
}

} // namespace rr
