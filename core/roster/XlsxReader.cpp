#include "roster/TableFile.h"
#include "roster/TableLimitMessages.h"
#include "roster/ZipReader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// The small parts that name the first sheet (workbook.xml and its rels).
constexpr qint64 kMaxIndexPartBytes = 4 * 1024 * 1024;

// The workbook's table of texts, kept as one string and the end of each:
// a million short texts cost their characters and 8 bytes each, not a
// QString apiece.
class SharedStrings {
public:
    QString at(qsizetype index, bool *tooLong) const
    {
        *tooLong = m_tooLong.contains(index);
        if (index < 0 || index >= m_ends.size())
            return {};
        const qsizetype start = index == 0 ? 0 : m_ends.at(index - 1);
        return m_text.mid(start, m_ends.at(index) - start);
    }
    qsizetype size() const { return m_ends.size(); }
    qsizetype characters() const { return m_text.size(); }
    void append(const QString &text, bool tooLong)
    {
        if (tooLong)
            m_tooLong.insert(m_ends.size());
        else
            m_text += text;
        m_ends.append(m_text.size());
    }

private:
    QString m_text;
    QList<qsizetype> m_ends;
    QSet<qsizetype> m_tooLong;   // texts over the cell limit: a row using one is refused
};

// Excel writes characters XML cannot carry (a CR, control characters) as
// _xHHHH_, and an "_x" of the text itself as _x005F_x.
QString decodeEscapes(const QString &text)
{
    if (!text.contains(u"_x"_s))
        return text;
    static const QRegularExpression escape(u"_x([0-9A-Fa-f]{4})_"_s);
    QString decoded;
    qsizetype done = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        decoded += QStringView(text).sliced(done, match.capturedStart() - done);
        decoded += QChar(char16_t(match.captured(1).toUShort(nullptr, 16)));
        done = match.capturedEnd();
    }
    decoded += QStringView(text).sliced(done);
    return decoded;
}

Error notAWorkbook()
{
    return makeError(ErrorCode::FileUnusable, QCoreApplication::translate("rr::Roster", "The file is not an Excel workbook (.xlsx)."));
}

// A part that broke a limit of the device, or XML that does not parse.
Error partError(const ZipEntryDevice &device, const QXmlStreamReader &reader, const TableLimits &limits)
{
    switch (device.fault()) {
    case ZipEntryDevice::Fault::TooLarge:
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Roster", "A part of the workbook is larger than %1 MB when unpacked; it is not read.")
                             .arg(limits.maxXmlBytes / 1024 / 1024));
    case ZipEntryDevice::Fault::TextTooLong:
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Roster", "The workbook holds a text longer than %1 KB between two tags; it is not read.")
                             .arg(limits.maxXmlTextBytes / 1024));
    case ZipEntryDevice::Fault::Declaration:
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Roster", "The workbook contains XML declarations that Excel and WPS never write "
                                                                   "(a DTD or CDATA); it is not read."));
    case ZipEntryDevice::Fault::Damaged:
    case ZipEntryDevice::Fault::None: break;
    }
    Error error = makeError(ErrorCode::FileUnusable,
                            QCoreApplication::translate("rr::Roster", "The workbook is damaged (near line %1 of a worksheet part).")
                                .arg(reader.lineNumber()));
    error.detail = reader.errorString();
    return error;
}

// The whole of a small part, or empty.
QByteArray readSmallPart(ZipReader &zip, const QString &name, const TableLimits &limits)
{
    auto device = zip.open(name, kMaxIndexPartBytes, limits.maxXmlTextBytes);
    if (!device)
        return {};
    const QByteArray bytes = device->readAll();
    return device->fault() == ZipEntryDevice::Fault::None ? bytes : QByteArray();
}

// The path of the workbook's first sheet, through workbook.xml and its rels.
QString firstSheetPath(ZipReader &zip, const TableLimits &limits)
{
    QString relId;
    QXmlStreamReader workbook(readSmallPart(zip, u"xl/workbook.xml"_s, limits));
    while (!workbook.atEnd() && relId.isEmpty())
        if (workbook.readNext() == QXmlStreamReader::StartElement && workbook.name() == u"sheet"_s)
            for (const QXmlStreamAttribute &a : workbook.attributes())
                if (a.name() == u"id"_s)
                    relId = a.value().toString();
    QXmlStreamReader rels(readSmallPart(zip, u"xl/_rels/workbook.xml.rels"_s, limits));
    while (!rels.atEnd() && !relId.isEmpty()) {
        if (rels.readNext() == QXmlStreamReader::StartElement && rels.attributes().value(u"Id"_s) == relId) {
            const QString target = rels.attributes().value(u"Target"_s).toString();
            return target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
        }
    }
    return u"xl/worksheets/sheet1.xml"_s;
}

Result<SharedStrings> readSharedStrings(ZipReader &zip, const TableLimits &limits)
{
    SharedStrings strings;
    auto device = zip.open(u"xl/sharedStrings.xml"_s, limits.maxXmlBytes, limits.maxXmlTextBytes);
    if (!device)
        return strings;   // a workbook of numbers only has none
    QXmlStreamReader reader(device.get());
    QString current;
    bool inItem = false;
    bool tooLong = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"si"_s) {
            inItem = true;
            tooLong = false;
            current.clear();
        } else if (reader.isStartElement() && reader.name() == u"t"_s && inItem) {
            const QString text = decodeEscapes(reader.readElementText());
            if (!tooLong)
                current += text;
            tooLong = tooLong || cellTooLong(current, limits);
        } else if (reader.isStartElement() && reader.name() == u"rPh"_s) {
            reader.skipCurrentElement();   // phonetic hints, not cell text
        } else if (reader.isEndElement() && reader.name() == u"si"_s) {
            strings.append(current, tooLong);
            inItem = false;
            if (strings.size() > limits.maxSharedStrings)
                return makeError(ErrorCode::InvalidInput,
                                 QCoreApplication::translate("rr::Roster", "The workbook holds more than %1 different texts; it is not read.")
                                     .arg(limits.maxSharedStrings));
            if (strings.characters() > limits.maxSharedStringChars)
                return makeError(ErrorCode::InvalidInput,
                                 QCoreApplication::translate("rr::Roster", "The workbook's texts are longer than %1 million characters in all; "
                                                                           "it is not read.")
                                     .arg(limits.maxSharedStringChars / 1000000));
        }
    }
    if (reader.hasError())
        return partError(*device, reader, limits);
    return strings;
}

// "BC12" → column 54, row 12 (both 0-based). False when the reference is not
// letters then digits within Excel's sheet.
bool parseCellReference(QStringView ref, int *column, int *row)
{
    qsizetype i = 0;
    qint64 c = 0;
    for (; i < ref.size() && ref.at(i).isLetter(); ++i) {
        const char16_t letter = ref.at(i).toUpper().unicode();
        if (letter < u'A' || letter > u'Z' || i >= 3)
            return false;
        c = c * 26 + (letter - u'A' + 1);
    }
    qint64 r = 0;
    const qsizetype digitsFrom = i;
    for (; i < ref.size(); ++i) {
        if (!ref.at(i).isDigit() || ref.at(i).unicode() > u'9' || i - digitsFrom >= 7)
            return false;
        r = r * 10 + (ref.at(i).unicode() - u'0');
    }
    if (c < 1 || c > kExcelColumns || r < 1 || r > kExcelRows)
        return false;
    *column = int(c - 1);
    *row = int(r - 1);
    return true;
}

Error beyondExcel(QStringView ref)
{
    const QString shown = ref.size() > 20 ? ref.left(20).toString() + u'…' : ref.toString();
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("rr::Roster", "The reference %1 lies outside any Excel sheet (columns A to XFD, "
                                                               "rows 1 to 1048576); the file is damaged and is not read.")
                         .arg(shown));
}

} // namespace

// Streams the first worksheet: one row in memory at a time, cells placed by
// their reference but never beyond maxColumns, so the dimensions a file
// declares cost nothing.
Result<void> readXlsxRows(const QByteArray &bytes, const TableLimits &limits, const TableRowSink &sink)
{
    if (bytes.size() > limits.maxFileBytes)
        return fileTooLargeError(bytes.size(), limits);
    ZipReader zip(bytes);
    if (!zip.isOpen())
        return notAWorkbook();
    auto strings = readSharedStrings(zip, limits);
    if (!strings)
        return strings.error();
    auto device = zip.open(firstSheetPath(zip, limits), limits.maxXmlBytes, limits.maxXmlTextBytes);
    if (!device)
        return makeError(ErrorCode::FileUnusable, QCoreApplication::translate("rr::Roster", "The workbook has no readable worksheet."));

    QXmlStreamReader reader(device.get());
    TableRow row;
    bool inRow = false;
    bool inCell = false;
    int rowNumber = 0;      // 1-based, as Excel shows it
    int column = -1;
    QString type;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"row"_s) {
            const QXmlStreamAttributes attributes = reader.attributes();
            const QStringView r = attributes.value(u"r"_s);
            bool numeric = true;
            const qint64 declared = r.isEmpty() ? qint64(rowNumber) + 1 : r.toLongLong(&numeric);
            if (!numeric || declared < 1 || declared > kExcelRows)
                return beyondExcel(r);
            if (declared > limits.maxRows)
                return tooManyRowsError(limits);
            rowNumber = int(declared);
            row = TableRow{rowNumber, {}, {}};
            inRow = true;
            // A row opened inside a cell (well-formed XML, but no sheet Excel
            // writes) leaves no cell open: its values wait for their own <c>.
            inCell = false;
            column = -1;
        } else if (reader.isStartElement() && reader.name() == u"c"_s && inRow) {
            const QXmlStreamAttributes attributes = reader.attributes();
            const QStringView ref = attributes.value(u"r"_s);
            int refRow = 0;
            if (ref.isEmpty())
                ++column;
            else if (!parseCellReference(ref, &column, &refRow))
                return beyondExcel(ref);
            type = attributes.value(u"t"_s).toString();
            inCell = true;
            if (column >= limits.maxColumns && row.error.isEmpty())
                row.error = tooManyColumnsMessage(limits);
        } else if (reader.isEndElement() && reader.name() == u"c"_s) {
            inCell = false;
        } else if (reader.isStartElement() && (reader.name() == u"v"_s || reader.name() == u"t"_s) && inCell && inRow
                   && column >= 0) {
            const QString value = reader.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!row.error.isEmpty())
                continue;   // the row is refused already; its cells are not kept
            while (row.cells.size() <= column)
                row.cells.append(QString());
            bool tooLong = false;
            if (type == u"s"_s)
                row.cells[column] = strings->at(value.toLongLong(), &tooLong);
            else
                row.cells[column] += decodeEscapes(value);
            if (tooLong || cellTooLong(row.cells.at(column), limits))
                row.error = cellTooLongMessage(limits);
        } else if (reader.isEndElement() && reader.name() == u"row"_s) {
            inRow = false;
            inCell = false;
            if (!row.error.isEmpty())
                row.cells.clear();
            else if (isBlankRow(row.cells))
                continue;
            if (!sink(std::move(row)))
                return {};
        }
    }
    if (reader.hasError())
        return partError(*device, reader, limits);
    return {};
}

Result<TableData> parseXlsx(const QByteArray &bytes, const TableLimits &limits)
{
    return collectRows([&](const TableRowSink &sink) -> Result<QString> {
        if (auto read = readXlsxRows(bytes, limits, sink); !read)
            return read.error();
        return QString();
    });
}

} // namespace rr
