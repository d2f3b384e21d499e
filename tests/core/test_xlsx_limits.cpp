// The .xlsx reader under hostile workbooks, made here byte by byte: a cell
// reference beyond Excel's sheet, sparse references far to the right, a
// declared dimension of the whole sheet, too many or too long shared
// strings, a zip bomb, DTDs. Memory stays bounded whatever a file declares.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "roster/TableFile.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QFile>
#include <QTemporaryDir>
#include <zip.h>
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

using Parts = QList<std::pair<QString, QByteArray>>;

// A zip of `parts`, deflated, as Excel writes them.
QByteArray zipOf(const Parts &parts)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"book.xlsx"_s);
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    REQUIRE(zip);
    for (const auto &[name, data] : parts) {
        REQUIRE(zipOpenNewFileInZip64(zip, name.toUtf8().constData(), nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                      Z_DEFAULT_COMPRESSION, 1)
                == ZIP_OK);
        REQUIRE(zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK);
        REQUIRE(zipCloseFileInZip(zip) == ZIP_OK);
    }
    REQUIRE(zipClose(zip, nullptr) == ZIP_OK);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray workbook(const QByteArray &sheetData, const QByteArray &sharedStrings = {}, const QByteArray &beforeSheetData = {})
{
    Parts parts{
        {u"xl/workbook.xml"_s,
         R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
         R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
         R"(<sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
        {u"xl/_rels/workbook.xml.rels"_s,
         R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
         R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" )"
         R"(Target="worksheets/sheet1.xml"/></Relationships>)"},
        {u"xl/worksheets/sheet1.xml"_s,
         R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
             + beforeSheetData + "<sheetData>" + sheetData + "</sheetData></worksheet>"},
    };
    if (!sharedStrings.isEmpty())
        parts.append({u"xl/sharedStrings.xml"_s,
                      R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
                          + sharedStrings + "</sst>"});
    return zipOf(parts);
}

QByteArray inlineCell(const QByteArray &ref, const QString &text)
{
    return R"(<c r=")" + ref + R"(" t="inlineStr"><is><t>)" + text.toHtmlEscaped().toUtf8() + "</t></is></c>";
}

QByteArray rosterRows(int from, int to)
{
    QByteArray rows = R"(<row r="1">)" + inlineCell("A1", u"姓名"_s) + inlineCell("B1", u"性别"_s) + "</row>";
    for (int r = from; r <= to; ++r) {
        const QByteArray n = QByteArray::number(r);
        rows += R"(<row r=")" + n + R"(">)" + inlineCell("A" + n, u"学生%1"_s.arg(r)) + inlineCell("B" + n, u"男"_s) + "</row>";
    }
    return rows;
}

long peakResidentMegabytes()
{
#ifdef Q_OS_LINUX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
#else
    return 0;
#endif
}

} // namespace

TEST_CASE("a cell reference beyond column XFD or row 1,048,576 is refused at once")
{
    // The reproduction: a 1.5 KB workbook with the cell ZZZZZZ2 took 7.5–8.8 GB.
    const QByteArray bomb = workbook(rosterRows(2, 1) + R"(<row r="2"><c r="ZZZZZZ2"><v>1</v></c></row>)");
    CHECK(bomb.size() < 2048);
    QElapsedTimer timer;
    timer.start();
    auto read = parseXlsx(bomb);
    REQUIRE_FALSE(read);
    CHECK(timer.elapsed() < 2000);
    CHECK(read.error().message.contains(u"ZZZZZZ2"_s));
    CHECK(read.error().message.contains(u"XFD"_s));
    CHECK(peakResidentMegabytes() < 400);

    for (const QByteArray &ref : {QByteArray("XFE2"), QByteArray("A1048577"), QByteArray("AAAA2"), QByteArray("2A"), QByteArray("B")}) {
        INFO(ref.toStdString());
        auto refused = parseXlsx(workbook(rosterRows(2, 1) + R"(<row r="2"><c r=")" + ref + R"("><v>1</v></c></row>)"));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(u"XFD"_s));
    }
    auto beyondRow = parseXlsx(workbook(rosterRows(2, 1) + R"(<row r="1048577"><c><v>1</v></c></row>)"));
    REQUIRE_FALSE(beyondRow);
}

TEST_CASE("the dimensions a workbook declares and sparse references cost nothing")
{
    // The whole sheet declared, one cell at XFD in row 3 (within Excel, far
    // beyond a roster): that row is refused, the others read.
    const QByteArray book = workbook(rosterRows(2, 4).replace(R"(<row r="3">)", R"(<row r="3"><c r="XFD3"><v>7</v></c>)"),
                                     {}, R"(<dimension ref="A1:XFD1048576"/>)");
    auto table = parseXlsx(book);
    REQUIRE(table);
    CHECK(table->rows.size() == 4);
    CHECK(table->lineOf(2) == 3);
    CHECK(table->unreadable.value(2).contains(u"256"_s));
    CHECK(table->rows.at(3) == (QStringList{u"学生4"_s, u"男"_s}));
    CHECK(table->rows.at(0) == (QStringList{u"姓名"_s, u"性别"_s}));
    CHECK(peakResidentMegabytes() < 400);

    // Row numbers are the sheet's own, gaps included.
    auto gaps = parseXlsx(workbook(rosterRows(2, 1) + R"(<row r="40">)" + inlineCell("A40", u"王五"_s) + "</row>"));
    REQUIRE(gaps);
    CHECK(gaps->lineOf(1) == 40);
}

TEST_CASE("shared strings are bounded in number and length; a row using an oversized one is refused")
{
    QByteArray strings;
    for (const QString &s : {u"姓名"_s, u"性别"_s, u"张三"_s, u"男"_s, QString(5000, u'长')})
        strings += "<si><t>" + s.toUtf8() + "</t></si>";
    QByteArray rows = R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>)"
                      R"(<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>)"
                      R"(<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="s"><v>3</v></c></row>)"
                      R"(<row r="4"><c r="A4" t="s"><v>999</v></c><c r="B4" t="s"><v>3</v></c></row>)";
    auto table = parseXlsx(workbook(rows, strings));
    REQUIRE(table);
    REQUIRE(table->rows.size() == 4);
    CHECK(table->rows.at(1) == (QStringList{u"张三"_s, u"男"_s}));
    CHECK(table->unreadable.value(2).contains(u"4 KB"_s));
    CHECK(table->rows.at(3) == (QStringList{QString(), u"男"_s}));   // an index beyond the table: an empty cell

    TableLimits few;
    few.maxSharedStrings = 4;
    auto tooMany = parseXlsx(workbook(rows, strings), few);
    REQUIRE_FALSE(tooMany);
    CHECK(tooMany.error().message.contains(u"4"_s));
    TableLimits short_;
    short_.maxSharedStringChars = 100;
    CHECK_FALSE(parseXlsx(workbook(rows, strings + "<si><t>" + QByteArray(200, 'x') + "</t></si>"), short_));
}

TEST_CASE("a zip bomb, a DTD and entity expansion are refused")
{
    // 2 MB of XML that deflates to a few KB, against a 1 MB limit.
    QByteArray cells;
    for (int i = 0; i < 300000; ++i)
        cells += "<c/>";
    const QByteArray bomb = workbook(R"(<row r="1">)" + cells + "</row>");
    CHECK(bomb.size() < 100 * 1024);
    TableLimits small;
    small.maxXmlBytes = 1024 * 1024;
    auto refused = parseXlsx(bomb, small);
    REQUIRE_FALSE(refused);
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().message.contains(u"1 MB"_s));

    const QByteArray laughs = zipOf({{u"xl/worksheets/sheet1.xml"_s,
                                      R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>)"
                                      R"(<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>)"}});
    auto dtd = parseXlsx(laughs);
    REQUIRE_FALSE(dtd);
    CHECK(dtd.error().message.contains(u"DTD"_s));

    const QByteArray external = zipOf({{u"xl/worksheets/sheet1.xml"_s,
                                        R"(<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>)"
                                        R"(<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>)"}});
    CHECK_FALSE(parseXlsx(external));

    // A comment is still fine; a text run over the limit between two tags is not.
    auto commented = parseXlsx(workbook("<!-- made by hand -->" + rosterRows(2, 2)));
    REQUIRE(commented);
    CHECK(commented->rows.size() == 2);
    TableLimits shortText;
    shortText.maxXmlTextBytes = 1000;
    CHECK_FALSE(parseXlsx(workbook(rosterRows(2, 2) + QByteArray(2000, ' ')), shortText));
}

TEST_CASE("rows of a workbook are limited like a CSV file's, and its size too")
{
    TableLimits few;
    few.maxRows = 50;
    auto tooMany = parseXlsx(workbook(rosterRows(2, 60)), few);
    REQUIRE_FALSE(tooMany);
    CHECK(tooMany.error().message.contains(u"50"_s));
    CHECK(parseXlsx(workbook(rosterRows(2, 50)), few));

    TableLimits small;
    small.maxFileBytes = 256;
    CHECK_FALSE(parseXlsx(workbook(rosterRows(2, 60)), small));
    CHECK_FALSE(parseXlsx(QByteArray("PK\x03\x04 not really a zip")));
}

TEST_CASE("a row opened inside a cell writes no cell before the first")
{
    // Found by fuzzing: <row> inside <c> reset the column to -1 while the cell
    // stayed open, and its value was written to cells[-1], before the row's
    // list (undefined behaviour; a heap overwrite in a release build).
    const QByteArray nested = R"(<row r="1">)" + inlineCell("A1", u"姓名"_s) + "</row>"
                              + R"(<row r="2"><c r="A2" t="inlineStr"><row r="3"><is><t>张三</t></is></row></c></row>)"
                              + R"(<row r="4">)" + inlineCell("A4", u"李四"_s) + "</row>";
    const auto table = parseXlsx(workbook(nested));
    REQUIRE(table);
    CHECK(table->rows == QList<QStringList>{{u"姓名"_s}, {u"李四"_s}});
    CHECK(table->lines == QList<int>{1, 4});
}

TEST_CASE("damaged workbooks and random bytes give an answer, never a crash")
{
    // A small stand-in for the fuzz targets: bytes of a real workbook flipped
    // at random, and the CSV reader on the same bytes.
    const QByteArray good = workbook(rosterRows(2, 20), "<si><t>张三</t></si>");
    QRandomGenerator random(20260907);
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes = good;
        const int flips = 1 + int(random.bounded(8));
        for (int i = 0; i < flips; ++i)
            bytes[int(random.bounded(bytes.size()))] = char(random.bounded(256));
        const auto xlsx = parseXlsx(bytes);
        const auto csv = parseCsv(bytes);
        CHECK((xlsx.ok() || !xlsx.error().message.isEmpty()));
        CHECK((csv.ok() || !csv.error().message.isEmpty()));
    }
}
