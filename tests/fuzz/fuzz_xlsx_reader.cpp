// The roster .xlsx reader (readXlsxRows: minizip, then streamed XML) on
// arbitrary bytes, under small limits: it returns, and the rows it hands on
// keep the limits — no cell longer, no row wider than allowed, row numbers
// within the limit, a refused row has no cells.
#include "FuzzCheck.h"
#include "roster/TableFile.h"

#include <QByteArray>
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
    // A small input must not unpack into much: a zip bomb stops at these.
    limits.maxXmlBytes = 4 * 1024 * 1024;
    limits.maxXmlTextBytes = 64 * 1024;
    limits.maxSharedStrings = 10'000;
    limits.maxSharedStringChars = 1024 * 1024;

    int rows = 0;
    const auto read = rr::readXlsxRows(bytes, limits, [&](rr::TableRow &&row) {
        ++rows;
        RR_FUZZ_CHECK(row.line >= 1 && row.line <= limits.maxRows);
        RR_FUZZ_CHECK(row.cells.size() <= limits.maxColumns);
        if (!row.error.isEmpty()) {
            RR_FUZZ_CHECK(row.cells.isEmpty());
            return true;
        }
        RR_FUZZ_CHECK(!rr::isBlankRow(row.cells));
        // The limit is in UTF-8 bytes; a UTF-16 unit is at least one of them.
        for (const QString &cell : row.cells)
            RR_FUZZ_CHECK(cell.size() <= limits.maxCellBytes);
        return true;
    });
    if (!read)
        RR_FUZZ_CHECK(!read.error().message.isEmpty());
    // A sheet may repeat a row number, but it has no more rows than XML
    // elements could fit in the unpacked part.
    RR_FUZZ_CHECK(rows <= limits.maxXmlBytes / 11);   // "<row></row>"
    return 0;
}
