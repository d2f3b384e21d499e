// The roster CSV reader (readCsvRows) on arbitrary bytes, under small limits
// so that every refusal path is reached: it returns, and what it hands on
// keeps the limits — no cell longer than allowed, no row wider, no more rows
// than lines, a refused row has no cells, rows come in file order.
#include "FuzzCheck.h"
#include "roster/TableFile.h"

#include <QByteArray>
#include <algorithm>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    rr::TableLimits limits;
    limits.maxFileBytes = 1024 * 1024;
    limits.maxRows = 2000;
    limits.maxColumns = 16;
    limits.maxCellBytes = 64;
    limits.maxLinesPerRow = 3;

    const qsizetype lines = std::count(bytes.begin(), bytes.end(), '\n') + 1;
    int rows = 0;
    int lastLine = 0;
    const auto read = rr::readCsvRows(bytes, limits, [&](rr::TableRow &&row) {
        ++rows;
        RR_FUZZ_CHECK(row.line > lastLine && row.line <= lines);
        lastLine = row.line;
        RR_FUZZ_CHECK(row.cells.size() <= limits.maxColumns);
        if (!row.error.isEmpty()) {
            RR_FUZZ_CHECK(row.cells.isEmpty());
            return true;
        }
        RR_FUZZ_CHECK(!rr::isBlankRow(row.cells));
        // Each byte decodes to at most one UTF-16 unit (U+FFFD for a broken one,
        // a surrogate pair for a 4-byte character): the byte limit bounds the text.
        for (const QString &cell : row.cells) {
            if (cell.size() > limits.maxCellBytes) fprintf(stderr, "DBG line %d size %lld: %s\n", row.line, (long long)cell.size(), cell.toUtf8().toHex(' ').constData());
            RR_FUZZ_CHECK(cell.size() <= limits.maxCellBytes);
        }
        return true;
    });
    if (read) {
        RR_FUZZ_CHECK(*read == QLatin1String("UTF-8") || *read == QLatin1String("GB18030"));
        RR_FUZZ_CHECK(rows <= lines && rows <= limits.maxRows);
    } else {
        RR_FUZZ_CHECK(rows == 0);   // a file refused whole hands on nothing
        RR_FUZZ_CHECK(!read.error().message.isEmpty());
    }

    // The collecting form agrees with the stream.
    const auto table = rr::parseCsv(bytes, limits);
    RR_FUZZ_CHECK(bool(table) == bool(read));
    if (table)
        RR_FUZZ_CHECK(table->rows.size() == rows);
    return 0;
}
