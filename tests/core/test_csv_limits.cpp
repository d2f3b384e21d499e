// The CSV reader under broken and hostile files: a stray quote, an
// oversized cell, a row running over many lines, too many columns, too many
// rows, too large a file. A row that breaks a limit is refused on its own,
// with its line; the rows around it are read as if nothing happened.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "roster/RosterImport.h"
#include "roster/TableFile.h"

#include <QFile>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

// A roster of `count` clean children, line 1 the header; `plant(line, text)`
// may change the text of any line.
QByteArray rosterCsv(int count, const std::function<QString(int line, const QString &text)> &plant = {})
{
    QStringList lines{u"姓名,性别,出生日期,年级,班级"_s};
    for (int i = 1; i <= count; ++i)
        lines << u"学生%1,%2,%3,三年级,%4班"_s.arg(i)
                     .arg(i % 2 ? u"男"_s : u"女"_s)
                     .arg(QDate(2015, 1, 1).addDays(i % 700).toString(Qt::ISODate))
                     .arg(i % 5 + 1);
    if (plant)
        for (int l = 0; l < lines.size(); ++l)
            lines[l] = plant(l + 1, lines.at(l));
    return lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

TableData parsed(const QByteArray &bytes, const TableLimits &limits = {})
{
    auto table = parseCsv(bytes, limits);
    REQUIRE(table);
    return *table;
}

QList<int> unreadableLines(const TableData &table)
{
    QList<int> lines;
    for (auto it = table.unreadable.cbegin(); it != table.unreadable.cend(); ++it)
        lines << table.lineOf(it.key());
    std::sort(lines.begin(), lines.end());
    return lines;
}

} // namespace

TEST_CASE("a stray quote costs its own row, never the rest of the file")
{
    // The reproduction: one " in 3,000 rows merged 2,999 children (names and
    // ID numbers) into one 129,000-character name.
    const QByteArray bytes = rosterCsv(3000, [](int line, const QString &text) {
        return line == 1501 ? u"\""_s + text : text;
    });
    const TableData table = parsed(bytes);
    REQUIRE(table.rows.size() == 3001);
    CHECK(unreadableLines(table) == QList<int>{1501});
    CHECK(table.unreadable.constBegin().value().contains(u"引号"_s));
    // The rows after it start on their own lines.
    CHECK(table.lineOf(1501) == 1502);
    CHECK(table.rows.at(1501).at(0) == u"学生1501"_s);
    CHECK(table.lineOf(3000) == 3001);

    auto temp = test::makeTempDatabase();
    auto preview = buildImportPreview(temp->db, table);
    REQUIRE(preview);
    CHECK(preview->rows.size() == 3000);
    CHECK(preview->readyCount() == 2999);
    CHECK(preview->countOf(ImportRowStatus::Invalid) == 1);
    qsizetype longest = 0;
    for (const ImportRow &row : preview->rows) {
        longest = std::max(longest, row.student.name.size());
        if (row.status == ImportRowStatus::Invalid) {
            CHECK(row.line == 1501);
            CHECK(row.problems.join(u' ').contains(u"引号"_s));
        }
    }
    CHECK(longest < 10);

    // The CLI's dry run streams the same file: one row refused, with its line.
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"stray.csv"_s);
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const auto run = test::runCli({u"import-roster"_s, csv, u"--db"_s, temp->path(), u"--dry-run"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"2999"_s));
    const QStringList refused = run.out.split(u'\n').filter(u"有错误，未导入"_s);
    REQUIRE(refused.size() == 1);
    CHECK(refused.constFirst().startsWith(u"第1501行"_s));
    CHECK(refused.constFirst().contains(u"引号"_s));
}

TEST_CASE("a quote left open at the end of the file refuses only the last row")
{
    const TableData table = parsed(rosterCsv(5, [](int line, const QString &text) {
        return line == 6 ? text + u",\"备注没有结束"_s : text;
    }));
    CHECK(table.rows.size() == 6);
    CHECK(unreadableLines(table) == QList<int>{6});
}

TEST_CASE("a cell over 4 KB refuses its row, naming the limit")
{
    const QString huge(5000, u'x');
    const TableData table = parsed(rosterCsv(4, [&](int line, const QString &text) {
        return line == 3 ? text + u","_s + huge : line == 4 ? u"\""_s + huge + u"\","_s + text : text;
    }));
    CHECK(unreadableLines(table) == (QList<int>{3, 4}));
    CHECK(table.unreadable.value(2).contains(u"4 KB"_s));
    CHECK(table.rows.size() == 5);
    CHECK(table.rows.at(4).at(0) == u"学生4"_s);   // line 5: read as usual
}

TEST_CASE("a cell of escaped quotes is held to the same 4 KB")
{
    // Found by fuzzing: the length was checked after every byte but an
    // escaped quote (""), so a quoted cell of 5,000 of them came through as a
    // 5,000-character cell.
    const QByteArray quotes = '"' + QByteArray(2 * 5000, '"') + '"';
    const TableData table = parsed("姓名,备注\n张三," + quotes + "\n李四,好\n");
    REQUIRE(table.rows.size() == 3);
    CHECK(table.unreadable.keys() == QList<int>{1});
    CHECK(table.unreadable.value(1).contains(u"4 KB"_s));
    CHECK(table.rows.at(2) == QStringList{u"李四"_s, u"好"_s});

    // Within the limit the escapes still read as quotes.
    const TableData small = parsed("姓名,备注\n张三,\"说\"\"好\"\"\"\n");
    CHECK(small.rows.at(1) == QStringList{u"张三"_s, u"说\"好\""_s});
}

TEST_CASE("a quoted cell may hold a few line breaks, but not more than ten lines")
{
    // An address on two lines is a cell like any other.
    const TableData ok = parsed("姓名,家庭住址,性别\n张三,\"幸福路1号\n3单元\",男\n李四,和平路2号,女\n");
    REQUIRE(ok.rows.size() == 3);
    CHECK(ok.rows.at(1).at(1) == u"幸福路1号\n3单元"_s);
    CHECK(ok.lineOf(2) == 4);
    CHECK(ok.unreadable.isEmpty());

    // Eleven lines inside one quoted cell (the quote is probably missing):
    // the row is refused and reading starts again on the next line.
    QByteArray bytes = "姓名,备注\n张三,\"第一行\n";
    for (int i = 2; i <= 11; ++i)
        bytes += "王" + QByteArray::number(i) + ",正常\n";
    const TableData table = parsed(bytes);
    CHECK(unreadableLines(table) == QList<int>{2});
    CHECK(table.unreadable.value(1).contains(u"10"_s));
    CHECK(table.rows.size() == 12);
    CHECK(table.rows.at(2).at(0) == u"王2"_s);
    CHECK(table.lineOf(2) == 3);
}

TEST_CASE("a row of more than 256 columns is refused; a file over the row or size limit is refused whole")
{
    QStringList wide;
    for (int i = 0; i < 300; ++i)
        wide << u"c%1"_s.arg(i);
    const TableData table = parsed(rosterCsv(3, [&](int line, const QString &text) {
        return line == 2 ? wide.join(u',') : text;
    }));
    CHECK(unreadableLines(table) == QList<int>{2});
    CHECK(table.unreadable.value(1).contains(u"256"_s));

    TableLimits few;
    few.maxRows = 100;
    auto tooMany = parseCsv(rosterCsv(150), few);
    REQUIRE_FALSE(tooMany);
    CHECK(tooMany.error().message.contains(u"100"_s));
    CHECK(parseCsv(rosterCsv(99), few));

    TableLimits small;
    small.maxFileBytes = 1024;
    auto tooLarge = parseCsv(rosterCsv(100), small);
    REQUIRE_FALSE(tooLarge);
    CHECK(tooLarge.error().message.contains(u"MB"_s));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"large.csv"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(rosterCsv(100));
    }
    auto refused = readTableFile(path, small);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message == tooLarge.error().message);
}

TEST_CASE("GB18030 text is decoded cell by cell, tabs are separators, a blank line is no row")
{
    const QByteArray gb = QByteArray::fromHex("d0d5c3fb09d0d4b1f00a") /* 姓名\t性别\n */
        + QByteArray::fromHex("d5c5c8fd09c4d00a") /* 张三\t男\n */ + "\r\n"
        + QByteArray::fromHex("c0eecbc409c5ae") /* 李四\t女, no final break */;
    auto table = parseCsv(gb);
    REQUIRE(table);
    CHECK(table->encoding == u"GB18030"_s);
    CHECK(table->rows == (QList<QStringList>{{u"姓名"_s, u"性别"_s}, {u"张三"_s, u"男"_s}, {u"李四"_s, u"女"_s}}));
    CHECK(table->lineOf(2) == 4);
    auto notText = parseCsv(QByteArray("\xff\xfe\x00\x01\x80\x80", 6));
    REQUIRE_FALSE(notText);
    CHECK(notText.error().message.contains(u"GB18030"_s));
}
