#include "roster/TableFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <memory>
#include <unzip.h>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

using Zip = std::unique_ptr<void, decltype(&unzClose)>;

QByteArray readEntry(const Zip &zip, const QString &name)
{
    // Entries of a workbook are small XML parts; a cap keeps a hostile file
    // from exhausting memory.
    constexpr qint64 kMaxEntry = 64 * 1024 * 1024;
    if (unzLocateFile(zip.get(), name.toUtf8().constData(), 1) != UNZ_OK)
        return {};
    unz_file_info info;
    if (unzGetCurrentFileInfo(zip.get(), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
        || qint64(info.uncompressed_size) > kMaxEntry || unzOpenCurrentFile(zip.get()) != UNZ_OK)
        return {};
    QByteArray data(qsizetype(info.uncompressed_size), Qt::Uninitialized);
    const int read = unzReadCurrentFile(zip.get(), data.data(), unsigned(data.size()));
    unzCloseCurrentFile(zip.get());
    return read == data.size() ? data : QByteArray();
}

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    bool inItem = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"si"_s) {
            inItem = true;
            current.clear();
        } else if (reader.isStartElement() && reader.name() == u"t"_s && inItem) {
            current += reader.readElementText();
        } else if (reader.isStartElement() && reader.name() == u"rPh"_s) {
            reader.skipCurrentElement();   // phonetic hints, not cell text
        } else if (reader.isEndElement() && reader.name() == u"si"_s) {
            strings.append(current);
            inItem = false;
        }
    }
    return strings;
}

// The path of the workbook's first sheet, through workbook.xml and its rels.
QString firstSheetPath(const Zip &zip)
{
    QString relId;
    QXmlStreamReader workbook(readEntry(zip, u"xl/workbook.xml"_s));
    while (!workbook.atEnd() && relId.isEmpty())
        if (workbook.readNext() == QXmlStreamReader::StartElement && workbook.name() == u"sheet"_s)
            for (const QXmlStreamAttribute &a : workbook.attributes())
                if (a.name() == u"id"_s)
                    relId = a.value().toString();
    QXmlStreamReader rels(readEntry(zip, u"xl/_rels/workbook.xml.rels"_s));
    while (!rels.atEnd() && !relId.isEmpty()) {
        if (rels.readNext() == QXmlStreamReader::StartElement && rels.attributes().value(u"Id"_s) == relId) {
            const QString target = rels.attributes().value(u"Target"_s).toString();
            return target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
        }
    }
    return u"xl/worksheets/sheet1.xml"_s;
}

// "BC12" → column 54 (0-based: 54).
int columnOf(const QString &ref)
{
    int column = 0;
    for (QChar c : ref) {
        if (!c.isLetter())
            break;
        column = column * 26 + (c.toUpper().unicode() - 'A' + 1);
    }
    return column - 1;
}

} // namespace

Result<TableData> readXlsx(const QString &path)
{
    Zip zip(unzOpen64(QFile::encodeName(path).constData()), unzClose);
    if (!zip)
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Roster", "%1 is not an Excel workbook (.xlsx).").arg(QDir::toNativeSeparators(path)));
    const QStringList strings = sharedStrings(readEntry(zip, u"xl/sharedStrings.xml"_s));
    const QByteArray sheet = readEntry(zip, firstSheetPath(zip));
    if (sheet.isEmpty())
        return makeError(ErrorCode::FileUnusable, QCoreApplication::translate("rr::Roster", "The workbook has no readable worksheet."));

    TableData table;
    QXmlStreamReader reader(sheet);
    QStringList row;
    int column = -1;
    QString type;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"row"_s) {
            row.clear();
            column = -1;
        } else if (reader.isStartElement() && reader.name() == u"c"_s) {
            const QString ref = reader.attributes().value(u"r"_s).toString();
            column = ref.isEmpty() ? column + 1 : columnOf(ref);
            type = reader.attributes().value(u"t"_s).toString();
            while (row.size() <= column)
                row.append(QString());
        } else if (reader.isStartElement() && (reader.name() == u"v"_s || reader.name() == u"t"_s) && column >= 0) {
            const QString value = reader.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == u"s"_s) {
                const int index = value.toInt();
                row[column] = index >= 0 && index < strings.size() ? strings.at(index) : QString();
            } else {
                row[column] += value;
            }
        } else if (reader.isEndElement() && reader.name() == u"row"_s) {
            const bool blank = std::all_of(row.cbegin(), row.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
            if (!blank)
                table.rows.append(row);
        }
    }
    if (reader.hasError())
        return makeError(ErrorCode::FileUnusable, QCoreApplication::translate("rr::Roster", "The worksheet is damaged: %1").arg(reader.errorString()));
    return table;
}

Result<TableData> readTableFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx"_s)
        return readXlsx(path);
    if (suffix != u"csv"_s && suffix != u"txt"_s)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Roster", "Only .xlsx and .csv files can be imported (an old .xls file "
                                                     "can be saved as .xlsx in Excel or WPS)."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Roster", "Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return parseCsv(file.readAll());
}

} // namespace rr
