// Setting a school up by script: init, staff, rooms, and the LRC status in students.
#include <catch2/catch.hpp>

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList initArguments(const QString &db)
{
    return {u"init"_s, u"--db"_s, db, u"--school"_s, u"星光小学"_s, u"--teacher"_s, u"马晓燕"_s,
            u"--semester"_s, u"2026年秋季学期"_s, u"--from"_s, u"2026-09-01"_s, u"--to"_s, u"2027-01-22"_s, u"--no-protect"_s};
}

QStringList lines(const QString &out)
{
    return out.trimmed().split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("init sets a school up in a new file and refuses an existing one")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"school.sqlite"_s);
    auto init = test::runCli(initArguments(db));
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(u"星光小学"_s));
    CHECK(init.out.contains(u"马晓燕"_s));

    auto semesters = test::runCli({u"semesters"_s, u"--db"_s, db});
    CHECK(semesters.exitCode == 0);
    CHECK(semesters.out.contains(u"2026年秋季学期\t2026-09-01\t2027-01-22"_s));
    CHECK(semesters.out.contains(u"当前"_s));

    auto staff = test::runCli({u"staff"_s, u"--db"_s, db});
    CHECK(staff.exitCode == 0);
    const QStringList rows = lines(staff.out);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().section(u'\t', 1, 1) == u"马晓燕"_s);
    CHECK(rows.first().section(u'\t', 2, 2) == u"资源教师"_s);
    CHECK(rows.first().contains(u"当前用户"_s));

    // The statutory days inside the semester come with it, as in the first-run dialog.
    auto holidays = test::runCli({u"holidays"_s, u"--db"_s, db, u"--semester"_s, u"2026年秋季学期"_s});
    CHECK(holidays.exitCode == 0);
    CHECK(holidays.out.contains(u"2026-10-01\t2026-10-07\t国庆节"_s));
    CHECK(holidays.out.contains(u"2026-10-10\t2026-10-10\t国庆节调休上班\t调休上班"_s));
    QTemporaryDir bare;
    const QString plain = bare.filePath(u"plain.sqlite"_s);
    REQUIRE(test::runCli(initArguments(plain) << u"--no-statutory"_s).exitCode == 0);
    CHECK(test::runCli({u"holidays"_s, u"--db"_s, plain, u"--semester"_s, u"1"_s}).out.trimmed().isEmpty());

    // A second init, on the same path or on any other existing file, changes nothing.
    const QByteArray hash = test::sha256OfFile(db);
    auto again = test::runCli(initArguments(db));
    CHECK(again.exitCode == 1);
    CHECK(again.err.trimmed().count(u'\n') == 0);
    CHECK(again.err.contains(u"已存在"_s));
    CHECK(test::sha256OfFile(db) == hash);

    const QString text = dir.filePath(u"notes.txt"_s);
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    const QByteArray textHash = test::sha256OfFile(text);
    CHECK(test::runCli(initArguments(text)).exitCode == 1);
    CHECK(test::sha256OfFile(text) == textHash);

    // Bad input leaves no file behind; missing options are bad usage.
    const QString other = dir.filePath(u"other.sqlite"_s);
    QStringList noTeacher = initArguments(other);
    noTeacher[noTeacher.indexOf(u"马晓燕"_s)] = u"  "_s;
    auto refused = test::runCli(noTeacher);
    CHECK(refused.exitCode == 1);
    CHECK_FALSE(QFile::exists(other));
    QStringList backwards = initArguments(other);
    backwards[backwards.indexOf(u"2027-01-22"_s)] = u"2026-08-01"_s;
    CHECK(test::runCli(backwards).exitCode == 1);
    CHECK_FALSE(QFile::exists(other));
    CHECK(test::runCli({u"init"_s, u"--db"_s, other}).exitCode == 2);
    CHECK_FALSE(QFile::exists(other));
}

TEST_CASE("staff add, list and retire from the CLI")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"school.sqlite"_s);
    REQUIRE(test::runCli(initArguments(db)).exitCode == 0);

    auto add = test::runCli({u"staff"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"王丽"_s, u"--role"_s, u"班主任"_s,
                             u"--role"_s, u"subject_teacher"_s, u"--class"_s, u"三年级2班"_s, u"--phone"_s,
                             u"13899002233"_s, u"--gender"_s, u"女"_s});
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    CHECK(add.out.contains(u"王丽"_s));
    REQUIRE(test::runCli({u"staff"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"孙静"_s, u"--role"_s, u"康复治疗师"_s})
                .exitCode == 0);

    auto unknownRole = test::runCli({u"staff"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"李红"_s, u"--role"_s, u"保安"_s});
    CHECK(unknownRole.exitCode == 1);
    CHECK(unknownRole.err.contains(u"资源教师"_s));   // the message lists the roles
    CHECK(test::runCli({u"staff"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"李红"_s}).exitCode == 2);
    CHECK(test::runCli({u"staff"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"王丽"_s, u"--role"_s, u"其他"_s}).exitCode == 1);

    auto list = test::runCli({u"staff"_s, u"--db"_s, db});
    CHECK(list.exitCode == 0);
    const QStringList rows = lines(list.out);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(1).section(u'\t', 1).startsWith(u"王丽\t班主任、任课教师\t三年级2班"_s));
    CHECK(rows.at(2).section(u'\t', 2, 2) == u"康复治疗师"_s);

    auto retire = test::runCli({u"staff"_s, u"retire"_s, u"--db"_s, db, u"--name"_s, u"孙静"_s, u"--date"_s,
                                u"2026-12-31"_s});
    INFO(retire.err.toStdString());
    CHECK(retire.exitCode == 0);
    const QStringList after = lines(test::runCli({u"staff"_s, u"--db"_s, db}).out);
    REQUIRE(after.size() == 3);
    CHECK(after.at(2).contains(u"2026-12-31"_s));
    CHECK_FALSE(after.at(1).contains(u"2026-12-31"_s));

    // The current user cannot leave; nobody of that name is an error, a bad date too.
    CHECK(test::runCli({u"staff"_s, u"retire"_s, u"--db"_s, db, u"--name"_s, u"马晓燕"_s, u"--date"_s, u"2026-12-31"_s})
              .exitCode == 1);
    CHECK(test::runCli({u"staff"_s, u"retire"_s, u"--db"_s, db, u"--name"_s, u"无此人"_s, u"--date"_s, u"2026-12-31"_s})
              .exitCode == 1);
    CHECK(test::runCli({u"staff"_s, u"retire"_s, u"--db"_s, db, u"--name"_s, u"王丽"_s, u"--date"_s, u"明天"_s})
              .exitCode == 1);
    CHECK(test::runCli({u"staff"_s, u"retire"_s, u"--db"_s, db, u"--name"_s, u"王丽"_s}).exitCode == 2);
}

TEST_CASE("rooms add brings the type's default rules; rooms lists them")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"school.sqlite"_s);
    REQUIRE(test::runCli(initArguments(db)).exitCode == 0);
    CHECK(lines(test::runCli({u"rooms"_s, u"--db"_s, db}).out).isEmpty());

    auto add = test::runCli({u"rooms"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"资源教室"_s, u"--type"_s,
                             u"资源教室"_s, u"--capacity"_s, u"8"_s});
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    REQUIRE(test::runCli({u"rooms"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"感统室"_s, u"--type"_s,
                          u"sensory_integration"_s})
                .exitCode == 0);
    CHECK(test::runCli({u"rooms"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"仓库"_s, u"--type"_s, u"仓库"_s}).exitCode == 1);
    CHECK(test::runCli({u"rooms"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"资源教室"_s, u"--type"_s, u"资源教室"_s})
              .exitCode == 1);   // the name is taken
    CHECK(test::runCli({u"rooms"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"个训室"_s}).exitCode == 2);

    const QStringList rows = lines(test::runCli({u"rooms"_s, u"--db"_s, db}).out);
    REQUIRE(rows.size() == 2);
    const QStringList first = rows.at(0).split(u'\t');
    REQUIRE(first.size() == 5);
    CHECK(first.at(1) == u"资源教室"_s);
    CHECK(first.at(2) == u"资源教室"_s);
    CHECK(first.at(3).contains(u"8"_s));
    CHECK(first.at(4).section(u' ', 0, 0).toInt() > 0);   // the default rules came with it
    CHECK(rows.at(1).split(u'\t').at(2) == u"感统训练室"_s);
}

TEST_CASE("students prints each student's LRC status")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"d.sqlite"_s);
    REQUIRE(test::runCli({u"demo"_s, u"--out"_s, db}).exitCode == 0);
    auto students = test::runCli({u"students"_s, u"--db"_s, db});
    CHECK(students.exitCode == 0);
    const QStringList rows = lines(students.out);
    REQUIRE(rows.size() == 12);
    for (const QString &row : rows)
        CHECK(row.split(u'\t').size() == 8);
    CHECK(students.out.contains(u"\t已确认"_s));
}
