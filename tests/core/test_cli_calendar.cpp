// The CLI of the school calendar and the timetable: semesters add (with the
// statutory holidays), holidays [add | add-statutory], slot add / slot end,
// slots. Chinese messages; exit 0 on success, 1 for bad input, 2 for bad usage.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "calendar/SemesterRepository.h"
#include "rooms/RoomRepository.h"
#include "staff/StaffRepository.h"
#include "students/StudentRepository.h"
#include "timetable/TimetableRepository.h"

#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

// An empty school file with one room, one teacher and two students, written
// through core and closed again before the CLI opens it.
struct SchoolFile {
    QTemporaryDir dir;
    QString path;
};

std::unique_ptr<SchoolFile> schoolFile()
{
    auto file = std::make_unique<SchoolFile>();
    file->path = file->dir.filePath(u"school.sqlite"_s);
    auto db = Database::open(file->path, OpenMode::CreateIfMissing);
    REQUIRE(db);
    REQUIRE(RoomRepository(*db).add(Room{0, u"个训室"_s, RoomType::IndividualTraining, 2, {}}));
    REQUIRE((*db)->writeReturningId({u"test"_s, u"staff"_s}, [&](Transaction &tx) {
        return StaffRepository::add(tx, StaffMember::withRole(u"王老师"_s, StaffRole::ResourceTeacher));
    }));
    for (const QString &name : {u"张小明"_s, u"李思"_s}) {
        Student s;
        s.name = name;
        s.needs = {{NeedCategory::Intellectual, 3, {}}};
        REQUIRE(StudentRepository(*db).add(s));
    }
    return file;
}

test::CliRun cli(const SchoolFile &file, QStringList arguments)
{
    arguments << u"--db"_s << file.path;
    return test::runCli(arguments);
}

QStringList lines(const QString &out) { return out.split(u'\n', Qt::SkipEmptyParts); }

} // namespace

TEST_CASE("semesters add creates a semester with the statutory holidays inside it", "[cli][calendar]")
{
    auto file = schoolFile();
    auto added = cli(*file, {u"semesters"_s, u"add"_s, u"--name"_s, u"2026年秋季学期"_s, u"--from"_s, u"2026-09-01"_s,
                             u"--to"_s, u"2027-01-20"_s, u"--current"_s});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(u"2026年秋季学期"_s));

    auto listed = cli(*file, {u"holidays"_s, u"--semester"_s, u"2026年秋季学期"_s});
    REQUIRE(listed.exitCode == 0);
    const QStringList rows = lines(listed.out);
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0).endsWith(u"2026-09-20\t2026-09-20\t国庆节调休上班\t调休上班"_s));
    CHECK(rows.at(2).endsWith(u"2026-10-01\t2026-10-07\t国庆节\t放假"_s));

    // The same again by id; nothing is added twice.
    auto again = cli(*file, {u"holidays"_s, u"add-statutory"_s, u"--semester"_s, u"1"_s});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(u"0"_s));
    CHECK(lines(cli(*file, {u"holidays"_s, u"--semester"_s, u"1"_s}).out).size() == 4);

    auto without = cli(*file, {u"semesters"_s, u"add"_s, u"--name"_s, u"2027年春季学期"_s, u"--from"_s, u"2027-02-22"_s,
                               u"--to"_s, u"2027-07-09"_s, u"--no-statutory"_s});
    REQUIRE(without.exitCode == 0);
    CHECK(cli(*file, {u"holidays"_s, u"--semester"_s, u"2027年春季学期"_s}).out.isEmpty());
    auto twice = cli(*file, {u"semesters"_s, u"add"_s, u"--name"_s, u"2027年春季学期"_s, u"--from"_s, u"2027-02-22"_s,
                             u"--to"_s, u"2027-07-09"_s});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(u"2027年春季学期"_s));
}

TEST_CASE("holidays add takes a range or one day, a workday flag, and refuses what does not fit", "[cli][calendar]")
{
    auto file = schoolFile();
    REQUIRE(cli(*file, {u"semesters"_s, u"add"_s, u"--name"_s, u"2026年秋季学期"_s, u"--from"_s, u"2026-09-01"_s,
                        u"--to"_s, u"2027-01-20"_s, u"--no-statutory"_s})
                .exitCode == 0);
    auto range = cli(*file, {u"holidays"_s, u"add"_s, u"--semester"_s, u"2026年秋季学期"_s, u"--date"_s, u"2026-10-01"_s,
                             u"--to"_s, u"2026-10-07"_s, u"--name"_s, u"国庆节"_s});
    INFO(range.err.toStdString());
    REQUIRE(range.exitCode == 0);
    CHECK(range.out.contains(u"国庆节"_s));
    REQUIRE(cli(*file, {u"holidays"_s, u"add"_s, u"--semester"_s, u"1"_s, u"--date"_s, u"2026.10.10"_s, u"--name"_s,
                        u"国庆节调休上班"_s, u"--workday"_s})
                .exitCode == 0);
    const QStringList rows = lines(cli(*file, {u"holidays"_s, u"--semester"_s, u"1"_s}).out);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).endsWith(u"2026-10-10\t2026-10-10\t国庆节调休上班\t调休上班"_s));

    auto overlap = cli(*file, {u"holidays"_s, u"add"_s, u"--semester"_s, u"1"_s, u"--date"_s, u"2026-10-05"_s,
                               u"--name"_s, u"秋假"_s});
    CHECK(overlap.exitCode == 1);
    CHECK(overlap.err.contains(u"国庆节"_s));
    auto outside = cli(*file, {u"holidays"_s, u"add"_s, u"--semester"_s, u"1"_s, u"--date"_s, u"2027-02-01"_s,
                               u"--name"_s, u"寒假"_s});
    CHECK(outside.exitCode == 1);
    CHECK(cli(*file, {u"holidays"_s, u"add"_s, u"--semester"_s, u"1"_s, u"--date"_s, u"不是日期"_s, u"--name"_s, u"x"_s})
              .exitCode == 1);
    CHECK(cli(*file, {u"holidays"_s, u"add"_s, u"--semester"_s, u"1"_s, u"--name"_s, u"x"_s}).exitCode == 2);
    CHECK(cli(*file, {u"holidays"_s, u"--semester"_s, u"没有的学期"_s}).exitCode == 1);
}

TEST_CASE("slot add checks like the dialog; slots lists the validity period; slot end keeps the past", "[cli][timetable]")
{
    auto file = schoolFile();
    REQUIRE(cli(*file, {u"semesters"_s, u"add"_s, u"--name"_s, u"2026年秋季学期"_s, u"--from"_s, u"2026-09-01"_s,
                        u"--to"_s, u"2027-01-20"_s, u"--current"_s})
                .exitCode == 0);
    auto added = cli(*file, {u"slot"_s, u"add"_s, u"--student"_s, u"张小明"_s, u"--instructor"_s, u"王老师"_s, u"--room"_s,
                             u"个训室"_s, u"--weekday"_s, u"2"_s, u"--start"_s, u"10:00"_s, u"--end"_s, u"10:40"_s,
                             u"--from"_s, u"2026-09-01"_s, u"--service"_s, u"individual_training"_s});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(u"2026-09-01"_s));
    CHECK(added.out.contains(u"2027-01-20"_s));

    // The same teacher at the same time: refused with the reason.
    auto clash = cli(*file, {u"slot"_s, u"add"_s, u"--student"_s, u"李思"_s, u"--instructor"_s, u"1"_s, u"--room"_s,
                             u"1"_s, u"--weekday"_s, u"2"_s, u"--start"_s, u"10:20"_s, u"--end"_s, u"11:00"_s,
                             u"--from"_s, u"2026-12-01"_s});
    CHECK(clash.exitCode == 1);
    CHECK(clash.err.contains(u"王老师"_s));
    CHECK(cli(*file, {u"slot"_s, u"add"_s, u"--student"_s, u"李思"_s, u"--instructor"_s, u"王老师"_s, u"--room"_s,
                      u"个训室"_s, u"--weekday"_s, u"8"_s, u"--start"_s, u"10:00"_s, u"--end"_s, u"10:40"_s})
              .exitCode == 2);
    CHECK(cli(*file, {u"slot"_s, u"add"_s, u"--student"_s, u"没有这个人"_s, u"--instructor"_s, u"王老师"_s, u"--room"_s,
                      u"个训室"_s, u"--weekday"_s, u"3"_s, u"--start"_s, u"10:00"_s, u"--end"_s, u"10:40"_s})
              .exitCode == 1);
    auto outside = cli(*file, {u"slot"_s, u"add"_s, u"--student"_s, u"李思"_s, u"--instructor"_s, u"王老师"_s, u"--room"_s,
                               u"个训室"_s, u"--weekday"_s, u"3"_s, u"--start"_s, u"10:00"_s, u"--end"_s, u"10:40"_s,
                               u"--from"_s, u"2026-08-01"_s});
    CHECK(outside.exitCode == 1);
    CHECK(outside.err.contains(u"学期"_s));

    // Ended on 11/30, the slot stays listed with its shortened period.
    auto ended = cli(*file, {u"slot"_s, u"end"_s, u"--slot"_s, u"1"_s, u"--date"_s, u"2026-11-30"_s});
    INFO(ended.err.toStdString());
    REQUIRE(ended.exitCode == 0);
    auto later = cli(*file, {u"slot"_s, u"add"_s, u"--student"_s, u"李思"_s, u"--instructor"_s, u"王老师"_s, u"--room"_s,
                             u"个训室"_s, u"--weekday"_s, u"2"_s, u"--start"_s, u"10:20"_s, u"--end"_s, u"11:00"_s,
                             u"--from"_s, u"2026-12-01"_s});
    INFO(later.err.toStdString());
    REQUIRE(later.exitCode == 0);
    auto listed = cli(*file, {u"slots"_s, u"--semester"_s, u"2026年秋季学期"_s});
    REQUIRE(listed.exitCode == 0);
    const QStringList rows = lines(listed.out);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0) == u"1\t周二\t10:00–10:40\t张小明\t王老师\t个训室\t2026-09-01\t2026-11-30"_s);
    CHECK(rows.at(1).endsWith(u"\t2026-12-01\t2027-01-20"_s));
    CHECK(cli(*file, {u"slot"_s, u"end"_s, u"--slot"_s, u"1"_s, u"--date"_s, u"2026-12-15"_s}).exitCode == 1);
    CHECK(cli(*file, {u"slot"_s, u"end"_s, u"--slot"_s, u"99"_s, u"--date"_s, u"2026-12-15"_s}).exitCode == 1);
    CHECK(cli(*file, {u"slot"_s, u"end"_s, u"--slot"_s, u"1"_s}).exitCode == 2);
    CHECK(cli(*file, {u"slot"_s, u"move"_s}).exitCode == 2);
}

TEST_CASE("slot add without --from starts on the semester's first day when the semester lies ahead", "[cli][timetable]")
{
    auto file = schoolFile();
    REQUIRE(cli(*file, {u"semesters"_s, u"add"_s, u"--name"_s, u"2040年秋季学期"_s, u"--from"_s, u"2040-09-03"_s,
                        u"--to"_s, u"2041-01-18"_s, u"--current"_s})
                .exitCode == 0);
    auto added = cli(*file, {u"slot"_s, u"add"_s, u"--student"_s, u"张小明"_s, u"--instructor"_s, u"王老师"_s, u"--room"_s,
                             u"个训室"_s, u"--weekday"_s, u"1"_s, u"--start"_s, u"9:00"_s, u"--end"_s, u"09:40"_s});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(lines(cli(*file, {u"slots"_s}).out).value(0).endsWith(u"\t2040-09-03\t2041-01-18"_s));
}

TEST_CASE("commands name the first required option missing, blank counts as missing", "[cli]")
{
    auto file = schoolFile();
    struct Case {
        QStringList arguments;
        QString missing;
    };
    const QList<Case> cases{
        {{u"staff"_s, u"add"_s, u"--name"_s, u"王丽"_s}, u"--role"_s},
        {{u"staff"_s, u"retire"_s, u"--name"_s, u"王老师"_s}, u"--date"_s},
        {{u"rooms"_s, u"add"_s, u"--name"_s, u"感统室"_s}, u"--type"_s},
        {{u"holidays"_s, u"add"_s, u"--semester"_s, u"1"_s, u"--date"_s, u"2026-11-05"_s, u"--name"_s, u"  "_s}, u"--name"_s},
        {{u"slot"_s, u"end"_s, u"--slot"_s, u"1"_s}, u"--date"_s},
        {{u"slot"_s, u"add"_s, u"--student"_s, u"张小明"_s, u"--room"_s, u"个训室"_s}, u"--instructor"_s},
        {{u"lrc"_s, u"step"_s, u"--student"_s, u"张小明"_s, u"--date"_s, u"2026-09-01"_s, u"--who"_s, u"王老师"_s}, u"--step"_s},
    };
    for (const Case &c : cases) {
        INFO(c.arguments.join(u' ').toStdString());
        const auto run = cli(*file, c.arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(c.missing));
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("slot add and staff retire find staff by number or name; a slot is refused to who has left", "[cli]")
{
    auto file = schoolFile();
    REQUIRE(cli(*file, {u"semesters"_s, u"add"_s, u"--name"_s, u"2026年秋季学期"_s, u"--from"_s, u"2026-09-01"_s,
                        u"--to"_s, u"2027-01-20"_s, u"--current"_s, u"--no-statutory"_s})
                .exitCode == 0);
    REQUIRE(cli(*file, {u"staff"_s, u"add"_s, u"--name"_s, u"李红"_s, u"--role"_s, u"康复治疗师"_s}).exitCode == 0);
    const auto retired = cli(*file, {u"staff"_s, u"retire"_s, u"--name"_s, u"李 红"_s, u"--date"_s, u"2026-09-30"_s});
    INFO(retired.err.toStdString());
    REQUIRE(retired.exitCode == 0);
    const QStringList slot{u"slot"_s, u"add"_s, u"--student"_s, u"张小明"_s, u"--room"_s, u"个训室"_s, u"--weekday"_s,
                           u"2"_s, u"--start"_s, u"10:00"_s, u"--end"_s, u"10:40"_s, u"--from"_s, u"2026-09-01"_s,
                           u"--instructor"_s};
    const auto refused = cli(*file, slot + QStringList{u"李红"_s});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"李红"_s));
    const auto unknown = cli(*file, slot + QStringList{u"赵六"_s});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"赵六"_s));
    const auto added = cli(*file, slot + QStringList{u"王老师"_s});
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
}
