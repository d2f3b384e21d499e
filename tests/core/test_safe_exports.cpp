// Exports a spreadsheet opens safely: a CSV cell that Excel or WPS would run
// as a formula is neutralised with a leading apostrophe, and the .xlsx export
// writes every cell as a string, never a formula.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "roster/RosterExport.h"
#include "roster/TableFile.h"
#include "roster/ZipReader.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList kDangerous{u"=HYPERLINK(\"http://x\",\"点我\")"_s, u"+1+2"_s, u"-2+3"_s, u"@SUM(A1)"_s,
                             u"\tcmd"_s, u"\r=1+1"_s, u"=1+1"_s};

RosterTable dangerousTable()
{
    RosterTable table;
    table.headers = {u"姓名"_s, u"备注"_s};
    for (const QString &cell : kDangerous)
        table.rows.append({u"张三"_s, cell});
    table.rows.append({u"李四"_s, u"普通的备注 = 不是公式"_s});
    return table;
}

QByteArray part(const QString &xlsx, const QString &name)
{
    QFile file(xlsx);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ZipReader zip(bytes);
    REQUIRE(zip.isOpen());
    auto device = zip.open(name, 64 * 1024 * 1024, 1024 * 1024);
    REQUIRE(device);
    return device->readAll();
}

} // namespace

TEST_CASE("CSV export prefixes = + - @ tab and CR cells with an apostrophe, and nothing else")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"roster.csv"_s);
    REQUIRE(writeRosterTable(dangerousTable(), path));
    auto read = readTableFile(path);
    REQUIRE(read);
    REQUIRE(read->rows.size() == kDangerous.size() + 2);
    for (int i = 0; i < kDangerous.size(); ++i) {
        INFO(kDangerous.at(i).toStdString());
        const QString cell = read->rows.at(i + 1).at(1);
        CHECK(cell.startsWith(u'\''));
        // The text itself is kept after the apostrophe (a CR inside quotes
        // comes back as it was written).
        CHECK(cell.mid(1).remove(u'\r') == QString(kDangerous.at(i)).remove(u'\r'));
    }
    CHECK(read->rows.last().at(1) == u"普通的备注 = 不是公式"_s);
    CHECK(read->rows.last().at(0) == u"李四"_s);
}

TEST_CASE("the .xlsx export writes strings, never formulas")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"roster.xlsx"_s);
    REQUIRE(writeRosterTable(dangerousTable(), path));
    const QByteArray sheet = part(path, u"xl/worksheets/sheet1.xml"_s);
    CHECK_FALSE(sheet.contains("<f>"));
    CHECK_FALSE(sheet.contains("<f "));
    // Every cell with a value is a shared string (t="s").
    static const QRegularExpression cell(u"<c [^>]*>"_s);
    int cells = 0;
    for (auto it = cell.globalMatch(QString::fromUtf8(sheet)); it.hasNext();) {
        const QString tag = it.next().captured();
        if (tag.endsWith(u"/>"_s))
            continue;
        ++cells;
        CHECK(tag.contains(u"t=\"s\""_s));
    }
    CHECK(cells == 2 * (kDangerous.size() + 2));
    // Read back, each cell is its text, unchanged: strings need no apostrophe.
    auto read = readTableFile(path);
    REQUIRE(read);
    REQUIRE(read->rows.size() == kDangerous.size() + 2);
    for (int i = 0; i < kDangerous.size(); ++i)
        CHECK(read->rows.at(i + 1).at(1) == kDangerous.at(i));
}
