#include <catch2/catch.hpp>

#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {path, u"-"_s});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

TEST_CASE("the CLI reports its version and refuses bad usage with exit code 2")
{
    auto version = test::runCli({u"--version"_s});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(u"resourceroom-cli "_s));
    CHECK(test::runCli({}).exitCode == 2);
    auto unknown = test::runCli({u"frobnicate"_s});
    CHECK(unknown.exitCode == 2);
    CHECK_FALSE(unknown.err.isEmpty());
    CHECK(test::runCli({u"check"_s}).exitCode == 2);
    CHECK(test::runCli({u"check"_s, u"--db"_s}).exitCode == 2);
    CHECK(test::runCli({u"check"_s, u"--bogus"_s}).exitCode == 2);
    CHECK(test::runCli({u"print"_s}).exitCode == 2);
    CHECK(test::runCli({u"demo"_s, u"--help"_s}).exitCode == 0);
}

TEST_CASE("demo, check, semesters and students work on a demo file")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"d.sqlite"_s);
    auto demo = test::runCli({u"demo"_s, u"--out"_s, db});
    REQUIRE(demo.exitCode == 0);
    CHECK(QFile::exists(db));

    const QByteArray hash = test::sha256OfFile(db);
    auto again = test::runCli({u"demo"_s, u"--out"_s, db});
    CHECK(again.exitCode == 1);
    CHECK(again.err.trimmed().count(u'\n') == 0);   // one line
    CHECK(again.err.contains(u"--force"_s));
    CHECK(test::sha256OfFile(db) == hash);
    CHECK(test::runCli({u"demo"_s, u"--out"_s, db, u"--force"_s}).exitCode == 0);

    auto check = test::runCli({u"check"_s, u"--db"_s, db});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(u"学生：12"_s));

    auto semesters = test::runCli({u"semesters"_s, u"--db"_s, db});
    CHECK(semesters.exitCode == 0);
    const QStringList lines = semesters.out.trimmed().split(u'\n');
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).section(u'\t', 2, 2) < lines.at(1).section(u'\t', 2, 2));  // oldest first
    CHECK(lines.at(1).contains(u"当前"_s));

    auto students = test::runCli({u"students"_s, u"--db"_s, db});
    CHECK(students.exitCode == 0);
    CHECK(students.out.trimmed().split(u'\n').size() == 12);
    CHECK(students.out.contains(u"张小明"_s));
    CHECK(students.out.contains(u"********"_s));
    CHECK_FALSE(students.out.contains(QRegularExpression(u"\\d{17}[\\dX]"_s)));
}

TEST_CASE("files the CLI cannot use give exit code 1 and stay untouched")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(u"roster.csv"_s);
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("姓名,性别\n");
    file.close();
    const QByteArray hash = test::sha256OfFile(text);
    auto notOurs = test::runCli({u"check"_s, u"--db"_s, text});
    CHECK(notOurs.exitCode == 1);
    CHECK(notOurs.err.trimmed().count(u'\n') == 0);
    CHECK(test::sha256OfFile(text) == hash);
    auto missing = test::runCli({u"check"_s, u"--db"_s, dir.filePath(u"none.sqlite"_s)});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(u"none.sqlite"_s)));
}

TEST_CASE("print lists its forms and renders the student form in Chinese")
{
    auto list = test::runCli({u"print"_s, u"--list"_s});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(u"student-info\t学生基本情况登记表"_s));

    QTemporaryDir dir;
    const QString db = dir.filePath(u"d.sqlite"_s);
    REQUIRE(test::runCli({u"demo"_s, u"--out"_s, db}).exitCode == 0);
    const QString pdf = dir.filePath(u"s.pdf"_s);
    auto print = test::runCli({u"print"_s, u"student-info"_s, u"--db"_s, db, u"--student"_s, u"1"_s, u"--out"_s, pdf});
    CHECK(print.exitCode == 0);
    REQUIRE(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"学生基本情况登记表"_s));
    CHECK(text.contains(u"张小明"_s));

    auto byName = test::runCli({u"print"_s, u"student-info"_s, u"--db"_s, db, u"--student"_s, u"买买提·艾力"_s,
                                u"--out"_s, dir.filePath(u"m.pdf"_s)});
    CHECK(byName.exitCode == 0);

    auto noStudent = test::runCli({u"print"_s, u"student-info"_s, u"--db"_s, db, u"--out"_s, pdf});
    CHECK(noStudent.exitCode == 2);
    auto unknownStudent = test::runCli({u"print"_s, u"student-info"_s, u"--db"_s, db, u"--student"_s, u"999"_s,
                                        u"--out"_s, dir.filePath(u"x.pdf"_s)});
    CHECK(unknownStudent.exitCode == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(u"x.pdf"_s)));
    auto unknownForm = test::runCli({u"print"_s, u"no-such-form"_s, u"--db"_s, db, u"--out"_s, pdf});
    CHECK(unknownForm.exitCode == 1);
    auto badSemester = test::runCli({u"print"_s, u"student-info"_s, u"--db"_s, db, u"--student"_s, u"1"_s,
                                     u"--semester"_s, u"1999年秋季学期"_s, u"--out"_s, pdf});
    CHECK(badSemester.exitCode == 1);
}

TEST_CASE("import-roster reports every row, and --dry-run writes nothing")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"d.sqlite"_s);
    REQUIRE(test::runCli({u"demo"_s, u"--out"_s, db}).exitCode == 0);
    const QString roster = test::testDataPath(u"roster_gb18030.csv"_s);

    auto dry = test::runCli({u"import-roster"_s, roster, u"--db"_s, db, u"--dry-run"_s});
    CHECK(dry.exitCode == 0);
    const QStringList lines = dry.out.trimmed().split(u'\n');
    REQUIRE(lines.size() == 11);   // ten rows and the summary
    CHECK(lines.at(0).startsWith(u"第2行\t张小明\t可导入"_s));
    CHECK(lines.at(1).contains(u"已跳过"_s));      // the demo school has 李思雨 with this ID already
    CHECK(lines.at(5).contains(u"2019-02-30"_s));
    CHECK(lines.last().contains(u"未写入任何数据"_s));
    auto students = test::runCli({u"students"_s, u"--db"_s, db});
    CHECK(students.out.trimmed().split(u'\n').size() == 12);

    auto real = test::runCli({u"import-roster"_s, roster, u"--db"_s, db});
    CHECK(real.exitCode == 0);
    // 张小明, 王浩然 and 孙八 (flagged: certificate against category) are not the demo's.
    CHECK(real.out.contains(u"已导入 3 名学生"_s));
    CHECK(test::runCli({u"students"_s, u"--db"_s, db}).out.trimmed().split(u'\n').size() == 15);
    CHECK(test::runCli({u"import-roster"_s, test::testDataPath(u"broken.xlsx"_s), u"--db"_s, db}).exitCode == 1);
    CHECK(test::runCli({u"import-roster"_s, u"--db"_s, db}).exitCode == 2);
}

TEST_CASE("export-roster leaves ID numbers out unless asked")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"d.sqlite"_s);
    REQUIRE(test::runCli({u"demo"_s, u"--out"_s, db}).exitCode == 0);
    const QString plain = dir.filePath(u"plain.csv"_s);
    REQUIRE(test::runCli({u"export-roster"_s, u"--db"_s, db, u"--out"_s, plain}).exitCode == 0);
    QFile plainFile(plain);
    REQUIRE(plainFile.open(QIODevice::ReadOnly));
    const QString plainText = QString::fromUtf8(plainFile.readAll());
    CHECK(plainText.contains(u"张小明"_s));
    CHECK_FALSE(plainText.contains(QRegularExpression(u"\\d{17}[\\dX]"_s)));

    const QString full = dir.filePath(u"full.xlsx"_s);
    REQUIRE(test::runCli({u"export-roster"_s, u"--db"_s, db, u"--out"_s, full, u"--with-sensitive"_s}).exitCode == 0);
    CHECK(QFile::exists(full));
    CHECK(test::runCli({u"export-roster"_s, u"--db"_s, db, u"--out"_s, dir.filePath(u"x.pdf"_s)}).exitCode == 1);
}
