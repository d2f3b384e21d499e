#include <catch2/catch.hpp>

#include "calendar/ChineseDate.h"
#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "common/Clock.h"
#include "TestSupport.h"

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {
Semester autumn2026()
{
    Semester s;
    s.name = u"2026年秋季学期"_s;
    s.kind = SemesterKind::Autumn;
    s.schoolYear = 2026;
    s.start = QDate(2026, 9, 1);   // a Tuesday
    s.end = QDate(2027, 1, 22);
    s.days = {{0, u"国庆节"_s, QDate(2026, 10, 1), QDate(2026, 10, 7), false},
              {0, u"调休上课"_s, QDate(2026, 10, 10), QDate(2026, 10, 10), true}};
    return s;
}
} // namespace

TEST_CASE("dates are written the Chinese way")
{
    CHECK(chineseDate(QDate(2026, 3, 2)) == u"2026年3月2日"_s);
    CHECK(chineseDate(QDate()).isEmpty());
    CHECK(chineseMonth(QDate(2026, 11, 22)) == u"2026年11月"_s);
    CHECK(chineseWeekday(QDate(2026, 11, 22)) == u"星期日"_s);
    CHECK(chineseNumber(10) == u"十"_s);
    CHECK(chineseNumber(21) == u"二十一"_s);
    CHECK(chineseGrade(3) == u"三年级"_s);
    CHECK(chineseGrade(0).isEmpty());
    CHECK(schoolYearName(2026) == u"2026—2027学年"_s);
    CHECK(defaultSemesterName(2026, true) == u"2026年秋季学期"_s);
    CHECK(defaultSemesterName(2026, false) == u"2027年春季学期"_s);
}

TEST_CASE("teaching weeks start on the Monday of the first day's week")
{
    const Semester s = autumn2026();
    CHECK(teachingWeek(s, QDate(2026, 8, 31)) == 0);   // before the semester
    CHECK(teachingWeek(s, QDate(2026, 9, 1)) == 1);
    CHECK(teachingWeek(s, QDate(2026, 9, 6)) == 1);    // Sunday of week 1
    CHECK(teachingWeek(s, QDate(2026, 9, 7)) == 2);
    CHECK(teachingWeek(s, QDate(2026, 11, 22)) == 12);
    CHECK(teachingWeek(s, QDate(2027, 1, 23)) == 0);
    CHECK(teachingWeekCount(s) == 21);
    CHECK(weekStart(s, 1) == QDate(2026, 8, 31));
    CHECK(weekStart(s, 12) == QDate(2026, 11, 16));
    CHECK_FALSE(weekStart(s, 22).isValid());
}

TEST_CASE("school days skip weekends and holidays and keep make-up workdays")
{
    const Semester s = autumn2026();
    CHECK(isHoliday(s, QDate(2026, 10, 1)));
    CHECK_FALSE(isSchoolDay(s, QDate(2026, 10, 5)));   // Monday in the national holiday
    CHECK(isSchoolDay(s, QDate(2026, 10, 10)));        // Saturday made a workday
    CHECK_FALSE(isSchoolDay(s, QDate(2026, 10, 11)));  // ordinary Sunday
    CHECK(isSchoolDay(s, QDate(2026, 10, 8)));
    CHECK_FALSE(isSchoolDay(s, QDate(2027, 2, 1)));    // after the semester
    // 28 Sep to 11 Oct: 10 weekdays, 5 of them holidays, plus one Saturday.
    CHECK(schoolDays(s, QDate(2026, 9, 28), QDate(2026, 10, 11)).size() == 6);
}

TEST_CASE("ages are counted in whole years and months")
{
    CHECK(ageAt(QDate(2017, 3, 12), QDate(2026, 11, 22)) == Age{9, 8});
    CHECK(ageAt(QDate(2017, 3, 12), QDate(2027, 3, 11)) == Age{9, 11});
    CHECK(ageAt(QDate(2017, 3, 12), QDate(2027, 3, 12)) == Age{10, 0});
    CHECK(ageAt(QDate(2016, 2, 29), QDate(2025, 2, 28)) == Age{9, 0});  // leap-day birthday
    CHECK(ageAt(QDate(2016, 1, 31), QDate(2016, 2, 29)) == Age{0, 1});
    CHECK(ageAt(QDate(2020, 1, 1), QDate(2019, 1, 1)) == Age{});
}

TEST_CASE("deadlines roll over to the next year once passed")
{
    CHECK(nextDeadline(10, 1, QDate(2026, 9, 15)) == QDate(2026, 10, 1));
    CHECK(nextDeadline(10, 1, QDate(2026, 10, 1)) == QDate(2026, 10, 1));
    CHECK(nextDeadline(10, 1, QDate(2026, 11, 22)) == QDate(2027, 10, 1));
    CHECK(daysBetween(QDate(2026, 9, 15), QDate(2026, 10, 1)) == 16);
}

TEST_CASE("the suggested semester follows the injected clock")
{
    const FixedClock november(QDate(2026, 11, 22));
    const Semester autumn = suggestedSemester(november.today());
    CHECK(autumn.kind == SemesterKind::Autumn);
    CHECK(autumn.name == u"2026年秋季学期"_s);
    CHECK(autumn.contains(november.today()));
    const Semester january = suggestedSemester(QDate(2027, 1, 10));
    CHECK(january.name == u"2026年秋季学期"_s);
    const Semester spring = suggestedSemester(QDate(2027, 4, 1));
    CHECK(spring.kind == SemesterKind::Spring);
    CHECK(spring.name == u"2027年春季学期"_s);
    CHECK(spring.schoolYear == 2026);
}

TEST_CASE("semesters are stored with their holidays and found by id or name")
{
    auto temp = test::makeTempDatabase();
    SemesterRepository repo(temp->db);
    auto id = repo.add(autumn2026());
    REQUIRE(id);
    auto byName = repo.find(u"2026年秋季学期"_s);
    REQUIRE(byName);
    CHECK(byName->id == *id);
    CHECK(byName->days.size() == 2);
    CHECK(repo.find(QString::number(*id))->name == u"2026年秋季学期"_s);
    CHECK_FALSE(repo.find(u"2030年春季学期"_s));
    CHECK((*repo.containing(QDate(2026, 12, 1)))->id == *id);

    auto duplicate = repo.add(autumn2026());
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().code == ErrorCode::Conflict);

    Semester backwards = autumn2026();
    backwards.name = u"倒序"_s;
    backwards.end = QDate(2026, 8, 1);
    CHECK_FALSE(repo.add(backwards));
    Semester strayHoliday = autumn2026();
    strayHoliday.name = u"假期在外"_s;
    strayHoliday.days = {{0, u"暑假"_s, QDate(2027, 7, 1), QDate(2027, 8, 31), false}};
    CHECK_FALSE(repo.add(strayHoliday));
    CHECK(repo.all()->size() == 1);
}
