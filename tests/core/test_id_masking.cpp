// ID numbers that ended up in free text (a name, a class, a note) are masked
// wherever a list, the CLI or an export without sensitive columns shows the
// text: one function, maskIdNumbersInText, at every such place.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "roster/RosterExport.h"
#include "roster/RosterImport.h"
#include "students/StudentRepository.h"

#include <QFile>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kId = u"110105201503120017"_s;        // a valid citizen ID (check character 7)
const QString kMasked = u"110105********0017"_s;

} // namespace

TEST_CASE("runs of 17 or more digits in text are masked as an ID number is")
{
    CHECK(maskIdNumbersInText(u"张三"_s + kId) == u"张三"_s + kMasked);
    CHECK(maskIdNumbersInText(u"11010520150312001X 李四"_s) == u"110105********001X 李四"_s);
    CHECK(maskIdNumbersInText(u"11010520150312001"_s) == u"110105*******2001"_s);      // 17 digits, no check character
    CHECK(maskIdNumbersInText(u"证号11010520150312001X23"_s) == u"证号110105**********1X23"_s);   // a certificate number
    CHECK(maskIdNumbersInText(u"１１０１０５２０１５０３１２００１２"_s).contains(u"********"_s));   // full-width digits
    CHECK(maskIdNumbersInText(u"a" + kId + u"b" + kId) == u"a" + kMasked + u"b" + kMasked);
    // Phone numbers, dates and other numbers stay as they are.
    for (const QString &plain : {u"13800138000"_s, u"2015-03-12"_s, u"010-12345678 转 123"_s, u"1234567890123456"_s,
                                 u"13800138000 13900139000"_s, QString()})
        CHECK(maskIdNumbersInText(plain) == plain);
}

TEST_CASE("the students command and the roster export mask an ID number inside a name")
{
    auto temp = test::makeTempDatabase();
    Student s;
    s.name = u"张三"_s + kId;            // what a misread file left in the name column
    s.className = u"3班"_s + kId;
    s.notes = u"身份证"_s + kId;
    REQUIRE(StudentRepository(temp->db).add(s));
    temp->db.reset();

    const auto run = test::runCli({u"students"_s, u"--db"_s, temp->path()});
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(run.out.contains(kId));
    CHECK(run.out.contains(u"张三"_s + kMasked));
    CHECK(run.out.contains(u"3班"_s + kMasked));

    auto db = Database::open(temp->path(), OpenMode::OpenExisting);
    REQUIRE(db);
    const RosterTable plain = rosterTable(*db, false).value();
    for (const QStringList &row : plain.rows)
        for (const QString &cell : row)
            CHECK_FALSE(cell.contains(kId));
    CHECK(plain.rows.constFirst().contains(u"张三"_s + kMasked));
    // Asked for, the sensitive export has the record as it is.
    CHECK(rosterTable(*db, true)->rows.constFirst().contains(u"张三"_s + kId));

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"roster.csv"_s);
    REQUIRE(test::runCli({u"export-roster"_s, u"--db"_s, temp->path(), u"--out"_s, csv}).exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK_FALSE(text.contains(kId));
    CHECK(text.contains(kMasked));
}

TEST_CASE("an import's dry run and its preview problems mask ID numbers in the cells they show")
{
    auto temp = test::makeTempDatabase();
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"roster.csv"_s);
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write((u"姓名,性别,班级\n王五"_s + kId + u",男,2班\n赵六,"_s + kId + u",3班\n"_s).toUtf8());
    }
    const auto run = test::runCli({u"import-roster"_s, csv, u"--db"_s, temp->path(), u"--dry-run"_s});
    CHECK(run.exitCode == 0);
    CHECK_FALSE(run.out.contains(kId));
    CHECK(run.out.contains(u"王五"_s + kMasked));
    CHECK((run.out.contains(kMasked + u"”"_s) || run.out.contains(kMasked + u"\""_s)));   // the gender cell, quoted

    auto table = readTableFile(csv);
    REQUIRE(table);
    auto preview = buildImportPreview(temp->db, *table);
    REQUIRE(preview);
    REQUIRE(preview->rows.size() == 2);
    CHECK_FALSE(preview->rows.at(1).problems.join(u' ').contains(kId));
    // The cells themselves stay as read: a correction starts from the file.
    CHECK(preview->rows.at(1).cells.at(1) == kId);
}
