#pragma once
// Hard limits on a spreadsheet handed to the import. A roster is a few
// hundred rows of short cells; the limits are far above that and keep a
// broken or hostile file to bounded memory and time. What exceeds a limit is
// refused in Chinese, naming the limit: a row that breaks one (an unclosed
// quote, a cell over 4 KB, too many columns) is refused on its own with its
// line number; a file that breaks one (size, rows, a cell outside Excel's
// sheet) is refused whole.
#include <QtGlobal>

namespace rr {

struct TableLimits {
    qint64 maxFileBytes = 64 * 1024 * 1024;
    int maxRows = 200'000;          // CSV: physical lines; .xlsx: the sheet's row numbers
    int maxColumns = 256;
    int maxCellBytes = 4096;        // one cell, in UTF-8 bytes
    int maxLinesPerRow = 10;        // CSV: a quoted cell may hold line breaks, up to this

    // .xlsx: a zip of XML parts.
    qint64 maxXmlBytes = 256 * 1024 * 1024;        // one part, unpacked (a zip bomb stops here)
    qint64 maxXmlTextBytes = 1024 * 1024;          // between two tags of a part
    int maxSharedStrings = 1'000'000;              // the workbook's table of texts …
    qint64 maxSharedStringChars = 32 * 1024 * 1024; // … and their length in all
};

// Excel's own sheet: columns A … XFD, rows 1 … 1,048,576. A cell reference
// beyond is no cell any spreadsheet program wrote.
constexpr int kExcelColumns = 16384;
constexpr int kExcelRows = 1048576;

} // namespace rr
