// The school calendar (校历): holidays and 调休 workdays as editable ranges,
// the shipped statutory holidays, creating a semester with them, and the
// validity period of timetable slots in occurrences, coverage, Today's
// drafts and the inspection.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "calendar/SemesterSetup.h"
#include "calendar/StatutoryHolidays.h"
#include "common/Clock.h"
#include "iep/IepRepository.h"
#include "inspection/Inspector.h"
#include "rooms/RoomRepository.h"
#include "school/SettingsRepository.h"
#include "staff/StaffRepository.h"
#include "students/StudentRepository.h"
#include "timetable/Coverage.h"
#include "timetable/Occurrences.h"
#include "timetable/SlotValidity.h"
#include "timetable/TimetableRepository.h"
#include "training/SessionRepository.h"

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

Semester autumn2026()
{
    Semester s;
    s.name = u"2026年秋季学期"_s;
    s.kind = SemesterKind::Autumn;
    s.schoolYear = 2026;
    s.start = QDate(2026, 9, 1);
    s.end = QDate(2027, 1, 20);
    return s;
}

CalendarDay range(const QString &name, QDate first, QDate last, bool workday = false)
{
    return CalendarDay{0, name, first, last, workday};
}

// A small school made through the repositories: one semester, a room, a
// teacher and a student with an active IEP asking 40 minutes a week.
struct School {
    std::unique_ptr<test::TempDatabase> temp = test::makeTempDatabase();
    std::shared_ptr<Database> db = temp->db;
    std::shared_ptr<FixedClock> clock = std::make_shared<FixedClock>(QDate(2026, 12, 1));
    qint64 semester = 0, room = 0, teacher = 0, student = 0;

    School()
    {
        REQUIRE(db);
        auto sem = SemesterSetup(db).create(autumn2026(), true);
        REQUIRE(sem);
        semester = *sem;
        auto r = RoomRepository(db).add(Room{0, u"个训室"_s, RoomType::IndividualTraining, 2, {}});
        REQUIRE(r);
        room = *r;
        auto t = db->writeReturningId({u"test"_s, u"staff"_s}, [&](Transaction &tx) {
            return StaffRepository::add(tx, StaffMember::withRole(u"王老师"_s, StaffRole::ResourceTeacher));
        });
        REQUIRE(t);
        teacher = *t;
        Student s;
        s.name = u"张小明"_s;
        s.needs = {{NeedCategory::Intellectual, 3, {}}};
        auto st = StudentRepository(db).add(s);
        REQUIRE(st);
        student = *st;
        IepContent c;
        c.meetingDate = QDate(2026, 9, 7);
        c.team = {{TeamRole::ResourceTeacher, u"王老师"_s}};
        c.presentLevels = {{GoalDomain::Mathematics, u"能数到20"_s}};
        IepObjective o;
        o.behaviour = u"每天完成5道10以内加减法"_s;
        o.criterion = u"正确率80%以上"_s;
        o.deadline = QDate(2027, 1, 15);
        IepGoal goal;
        goal.domain = GoalDomain::Mathematics;
        goal.longTerm = u"掌握20以内加减法"_s;
        goal.objectives = {o};
        c.goals = {goal};
        c.services = {{ServiceType::IndividualTraining, 40, u"王老师"_s, 0}};
        IepRepository ieps(db);
        auto iep = ieps.create(student, semester, c);
        REQUIRE(iep);
        REQUIRE(ieps.activate(*iep));
    }

    TimetableSlot slotOn(int weekday, QDate from = {}, QDate until = {}) const
    {
        TimetableSlot s;
        s.semesterId = semester;
        s.weekday = weekday;
        s.start = QTime(10, 0);
        s.end = QTime(10, 40);
        s.roomId = room;
        s.instructorId = teacher;
        s.studentIds = {student};
        s.content = u"数学个训"_s;
        s.validFrom = from;
        s.validUntil = until;
        return s;
    }
    Semester stored() const { return *SemesterRepository(db).byId(semester); }
};

QList<QDate> datesOf(const QList<SlotOccurrence> &list)
{
    QList<QDate> dates;
    for (const SlotOccurrence &o : list)
        dates.append(o.date);
    return dates;
}

} // namespace

TEST_CASE("holidays and make-up workdays are ranges that can be added, edited and removed", "[calendar]")
{
    School school;
    SemesterRepository semesters(school.db);
    auto national = semesters.addDay(school.semester, range(u"运动会"_s, QDate(2026, 11, 5), QDate(2026, 11, 6)));
    REQUIRE(national);
    auto workday = semesters.addDay(school.semester, range(u"调休上班"_s, QDate(2026, 11, 7), QDate(2026, 11, 7), true));
    REQUIRE(workday);
    Semester s = school.stored();
    REQUIRE(s.days.size() == 2);
    CHECK(isHoliday(s, QDate(2026, 11, 6)));
    CHECK_FALSE(isSchoolDay(s, QDate(2026, 11, 5)));
    CHECK(isSchoolDay(s, QDate(2026, 11, 7)));   // a Saturday made a school day

    CalendarDay edited = s.days.first();
    edited.name = u"秋季运动会"_s;
    edited.last = QDate(2026, 11, 5);
    REQUIRE(semesters.updateDay(school.semester, edited));
    s = school.stored();
    CHECK(s.days.first() == CalendarDay{*national, u"秋季运动会"_s, QDate(2026, 11, 5), QDate(2026, 11, 5), false});
    CHECK(isSchoolDay(s, QDate(2026, 11, 6)));

    REQUIRE(semesters.removeDay(school.semester, *workday));
    CHECK(school.stored().days.size() == 1);
    CHECK_FALSE(semesters.removeDay(school.semester, *workday));
}

TEST_CASE("a calendar entry is refused outside the semester, backwards, unnamed or overlapping its kind", "[calendar]")
{
    School school;
    SemesterRepository semesters(school.db);
    REQUIRE(semesters.addDay(school.semester, range(u"国庆节"_s, QDate(2026, 10, 1), QDate(2026, 10, 7))));

    auto outside = semesters.addDay(school.semester, range(u"暑假"_s, QDate(2027, 1, 15), QDate(2027, 2, 10)));
    REQUIRE_FALSE(outside);
    CHECK(outside.error().message.contains(u"学期"_s));
    auto backwards = semesters.addDay(school.semester, range(u"运动会"_s, QDate(2026, 11, 6), QDate(2026, 11, 5)));
    REQUIRE_FALSE(backwards);
    CHECK(backwards.error().message.contains(u"运动会"_s));
    CHECK_FALSE(semesters.addDay(school.semester, range(u"  "_s, QDate(2026, 11, 6), QDate(2026, 11, 6))));
    auto overlap = semesters.addDay(school.semester, range(u"秋假"_s, QDate(2026, 10, 7), QDate(2026, 10, 9)));
    REQUIRE_FALSE(overlap);
    CHECK(overlap.error().code == ErrorCode::Conflict);
    CHECK(overlap.error().message.contains(u"国庆节"_s));
    // A make-up workday is another kind: it may sit next to, or inside, a holiday range.
    REQUIRE(semesters.addDay(school.semester, range(u"国庆节调休上班"_s, QDate(2026, 10, 10), QDate(2026, 10, 10), true)));
    CHECK_FALSE(semesters.addDay(school.semester, range(u"再调休"_s, QDate(2026, 10, 10), QDate(2026, 10, 11), true)));
    // Editing an entry does not collide with itself.
    CalendarDay national = school.stored().days.first();
    national.last = QDate(2026, 10, 8);
    CHECK(semesters.updateDay(school.semester, national));
    CHECK(school.stored().days.size() == 2);
}

TEST_CASE("the shipped statutory holidays of 2026 are exactly the State Council's", "[calendar]")
{
    const StatutoryHolidays &table = StatutoryHolidays::shipped();
    CHECK(table.problems().isEmpty());
    CHECK(table.years() == QList<int>{2025, 2026});
    using Row = std::tuple<QDate, QDate, bool>;
    QList<Row> of2026;
    for (const StatutoryRange &r : table.ranges())
        if (r.year == 2026)
            of2026.append({r.day.first, r.day.last, r.day.isWorkday});
    const QList<Row> expected{
        {QDate(2026, 1, 1), QDate(2026, 1, 3), false},   {QDate(2026, 1, 4), QDate(2026, 1, 4), true},
        {QDate(2026, 2, 14), QDate(2026, 2, 14), true},  {QDate(2026, 2, 15), QDate(2026, 2, 23), false},
        {QDate(2026, 2, 28), QDate(2026, 2, 28), true},  {QDate(2026, 4, 4), QDate(2026, 4, 6), false},
        {QDate(2026, 5, 1), QDate(2026, 5, 5), false},   {QDate(2026, 5, 9), QDate(2026, 5, 9), true},
        {QDate(2026, 6, 19), QDate(2026, 6, 21), false}, {QDate(2026, 9, 20), QDate(2026, 9, 20), true},
        {QDate(2026, 9, 25), QDate(2026, 9, 27), false}, {QDate(2026, 10, 1), QDate(2026, 10, 7), false},
        {QDate(2026, 10, 10), QDate(2026, 10, 10), true},
    };
    CHECK(of2026 == expected);
    // Every make-up workday is a weekend day.
    for (const StatutoryRange &r : table.ranges()) {
        INFO(r.day.name.toStdString());
        if (r.day.isWorkday)
            CHECK(r.day.first.dayOfWeek() >= 6);
    }
    // 2025: 国庆 and 中秋 together, 10/1–10/8, work 9/28 and 10/11.
    const QList<CalendarDay> autumn2025 = table.within(QDate(2025, 9, 1), QDate(2025, 10, 31));
    REQUIRE(autumn2025.size() == 3);
    CHECK(autumn2025.at(1) == CalendarDay{0, u"国庆节、中秋节"_s, QDate(2025, 10, 1), QDate(2025, 10, 8), false});
}

TEST_CASE("the statutory table's format: comments skipped, ranges cut to the semester, bad lines reported", "[calendar]")
{
    const auto table = StatutoryHolidays::parse(u"# comment\n\n2026\t国庆节\t2026-10-01\t2026-10-07\t0\n"
                                                "2026\t坏行\t2026-10-09\t2026-10-08\t0\n2026\t少一列\t2026-10-09\n"_s);
    CHECK(table.ranges().size() == 1);
    CHECK(table.problems().size() == 2);
    const auto cut = table.within(QDate(2026, 10, 3), QDate(2026, 12, 31));
    REQUIRE(cut.size() == 1);
    CHECK(cut.first().first == QDate(2026, 10, 3));
    CHECK(cut.first().last == QDate(2026, 10, 7));
    CHECK(table.within(QDate(2026, 11, 1), QDate(2026, 12, 31)).isEmpty());
}

TEST_CASE("a new semester is saved with the statutory days offered, in one transaction", "[calendar]")
{
    auto temp = test::makeTempDatabase();
    Semester s = autumn2026();
    s.days = SemesterSetup::statutoryOffer(s);
    // 9/20 work, 中秋 9/25–27, 国庆 10/1–7, 10/10 work; 2027 is not announced: nothing guessed.
    REQUIRE(s.days.size() == 4);
    CHECK(s.days.at(2).name == u"国庆节"_s);
    s.days.removeAt(0);   // the teacher unticks one
    auto id = SemesterSetup(temp->db).create(s, true);
    REQUIRE(id);
    CHECK(SettingsRepository(temp->db).profile()->currentSemesterId == *id);
    const Semester stored = *SemesterRepository(temp->db).byId(*id);
    CHECK(stored.days.size() == 3);
    CHECK(isHoliday(stored, QDate(2026, 10, 6)));
    CHECK(isSchoolDay(stored, QDate(2026, 10, 10)));   // a Saturday worked

    // Adding the statutory days later adds what is missing and skips the rest.
    auto added = SemesterSetup(temp->db).addStatutory(*id);
    REQUIRE(added);
    CHECK(*added == StatutoryAdded{1, 3});
    CHECK(SemesterRepository(temp->db).byId(*id)->days.size() == 4);

    // A bad entry rolls the whole semester back.
    Semester broken = autumn2026();
    broken.name = u"2027年春季学期"_s;
    broken.start = QDate(2027, 2, 22);
    broken.end = QDate(2027, 7, 9);
    broken.days = {range(u"国庆节"_s, QDate(2026, 10, 1), QDate(2026, 10, 7))};
    CHECK_FALSE(SemesterSetup(temp->db).create(broken, true));
    CHECK(SemesterRepository(temp->db).all()->size() == 1);
    CHECK(SettingsRepository(temp->db).profile()->currentSemesterId == *id);
}

TEST_CASE("the requested or the current semester is resolved in one place", "[calendar]")
{
    auto temp = test::makeTempDatabase();
    const SemesterRepository semesters(temp->db);
    const FixedClock inAutumn(QDate(2026, 10, 12));
    const FixedClock inSummer(QDate(2026, 8, 1));

    // No semester at all: a sentence the teacher can act on, not an empty semester.
    const auto none = semesters.resolve(std::nullopt, inAutumn);
    REQUIRE_FALSE(none);
    CHECK(none.error().code == ErrorCode::NotFound);
    CHECK_FALSE(none.error().message.isEmpty());
    CHECK(semesters.current(inAutumn)->has_value() == false);

    const auto autumn = SemesterSetup(temp->db).create(autumn2026(), false);
    REQUIRE(autumn);
    Semester spring = autumn2026();
    spring.name = u"2027年春季学期"_s;
    spring.kind = SemesterKind::Spring;
    spring.start = QDate(2027, 2, 22);
    spring.end = QDate(2027, 7, 9);
    const auto next = SemesterSetup(temp->db).create(spring, false);
    REQUIRE(next);

    // None chosen yet: the one holding today; outside every semester, none.
    CHECK(semesters.resolve(std::nullopt, inAutumn)->id == *autumn);
    CHECK(semesters.resolve(std::nullopt, inSummer).error().code == ErrorCode::NotFound);
    // The chosen one wins over today's; a requested one over both.
    REQUIRE(SettingsRepository(temp->db).setValue(u"semester.current"_s, QString::number(*next)));
    CHECK(semesters.resolve(std::nullopt, inAutumn)->id == *next);
    CHECK(semesters.resolve(*autumn, inAutumn)->name == u"2026年秋季学期"_s);
    const auto missing = semesters.resolve(*next + 10, inAutumn);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message.contains(QString::number(*next + 10)));
    CHECK(semesters.find(u"没有的学期"_s).error().code == ErrorCode::NotFound);
    CHECK((*semesters.containing(QDate(2026, 8, 1))).has_value() == false);
}

TEST_CASE("a slot meets only inside its validity period, never on holidays", "[calendar][timetable]")
{
    Semester s = autumn2026();
    s.id = 1;
    s.days = {range(u"国庆节"_s, QDate(2026, 10, 1), QDate(2026, 10, 7)),
              range(u"国庆节调休上班"_s, QDate(2026, 10, 10), QDate(2026, 10, 10), true)};
    TimetableSlot tuesday;
    tuesday.id = 7;
    tuesday.semesterId = 1;
    tuesday.weekday = 2;
    tuesday.start = QTime(10, 0);
    tuesday.end = QTime(10, 40);
    tuesday.validFrom = QDate(2026, 9, 22);
    tuesday.validUntil = QDate(2026, 10, 20);
    CHECK(datesOf(occurrencesOf(s, {tuesday}, {}, s.start, s.end))
          == QList<QDate>{QDate(2026, 9, 22), QDate(2026, 9, 29), QDate(2026, 10, 13), QDate(2026, 10, 20)});
    // A Saturday slot meets on Saturdays that are not holidays, the 调休 one included.
    TimetableSlot saturday = tuesday;
    saturday.weekday = 6;
    CHECK(datesOf(occurrencesOf(s, {saturday}, {}, s.start, s.end))
          == QList<QDate>{QDate(2026, 9, 26), QDate(2026, 10, 10), QDate(2026, 10, 17)});
    // The defaults: from today inside the semester, from its first day when it lies ahead.
    CHECK(defaultValidity(s, QDate(2026, 12, 1)) == ValidityPeriod{QDate(2026, 12, 1), QDate(2027, 1, 20)});
    CHECK(defaultValidity(s, QDate(2026, 8, 20)) == ValidityPeriod{QDate(2026, 9, 1), QDate(2027, 1, 20)});
}

TEST_CASE("slots keep their validity period; ending one keeps its past", "[calendar][timetable]")
{
    School school;
    TimetableRepository timetable(school.db);
    // Without dates a slot holds for the whole semester.
    auto whole = timetable.addSlot(school.slotOn(1));
    REQUIRE(whole);
    CHECK(timetable.slot(*whole)->validFrom == QDate(2026, 9, 1));
    CHECK(timetable.slot(*whole)->validUntil == QDate(2027, 1, 20));

    auto outside = timetable.addSlot(school.slotOn(3, QDate(2026, 8, 31), QDate(2026, 12, 31)));
    REQUIRE_FALSE(outside);
    CHECK(outside.error().message.contains(u"学期"_s));
    CHECK_FALSE(timetable.addSlot(school.slotOn(3, QDate(2026, 12, 31), QDate(2026, 12, 1))));

    // The same teacher and student on Monday 10:00 again: a double booking while both hold…
    auto clash = timetable.addSlot(school.slotOn(1, QDate(2026, 12, 1)));
    REQUIRE_FALSE(clash);
    CHECK(clash.error().code == ErrorCode::Conflict);
    // …none once the first ends the day before.
    REQUIRE(timetable.endSlot(*whole, QDate(2026, 11, 30)));
    auto replacement = timetable.addSlot(school.slotOn(1, QDate(2026, 12, 1)));
    INFO((replacement ? QString() : replacement.error().message).toStdString());
    REQUIRE(replacement);
    CHECK(timetable.conflicts(school.semester)->isEmpty());

    const auto occurrences = timetable.occurrences(QDate(2026, 11, 23), QDate(2026, 12, 8)).value();
    REQUIRE(occurrences.size() == 3);
    CHECK(occurrences.at(0).slotId == *whole);         // 11/23 and 11/30: the old slot's past stays
    CHECK(occurrences.at(1).slotId == *whole);
    CHECK(occurrences.at(2).slotId == *replacement);   // 12/7: the new one
    CHECK_FALSE(timetable.endSlot(*replacement, QDate(2026, 11, 30)));   // before it takes effect
    CHECK_FALSE(timetable.endSlot(*whole, QDate(2026, 12, 10)));          // after it already ended
}

TEST_CASE("coverage counts only the slots in effect", "[calendar][timetable]")
{
    School school;
    TimetableRepository timetable(school.db);
    REQUIRE(timetable.addSlot(school.slotOn(2, QDate(2026, 12, 1))));
    const CoverageReport coverage(school.db);
    const auto before = coverage.forSemester(school.semester, QDate(2026, 11, 20));
    REQUIRE(before);
    REQUIRE(before->size() == 1);
    CHECK(before->first().scheduledMinutes() == 0);
    CHECK(before->first().shortfall());
    const auto after = coverage.forSemester(school.semester, QDate(2026, 12, 1));
    REQUIRE(after);
    CHECK(after->first().scheduledMinutes() == 40);
    CHECK_FALSE(after->first().shortfall());
    // Dated weeks: week 13 (11/23–11/29) has none, week 14 (from 11/30) has the Tuesday.
    CHECK(coverage.forWeek(school.semester, 13)->first().scheduledMinutes() == 0);
    CHECK(coverage.forWeek(school.semester, 14)->first().scheduledMinutes() == 40);
}

TEST_CASE("Today's drafts come only from slots in effect, and never on holidays", "[calendar][training]")
{
    School school;
    TimetableRepository timetable(school.db);
    REQUIRE(timetable.addSlot(school.slotOn(2, QDate(2026, 9, 1))));   // Tuesdays
    REQUIRE(timetable.addSlot(school.slotOn(4, QDate(2026, 12, 1))));  // Thursdays from 12/1
    REQUIRE(SemesterRepository(school.db).addDay(school.semester, range(u"国庆节"_s, QDate(2026, 10, 1), QDate(2026, 10, 7))));
    SessionRepository sessions(school.db, school.clock);
    const auto drafts = [&](QDate day) {
        school.clock->set(QDateTime(day, QTime(8, 0)));
        auto made = sessions.createFromTimetable(day);
        REQUIRE(made);
        return made->created.size();
    };
    CHECK(drafts(QDate(2026, 10, 6)) == 0);    // 国庆
    CHECK(drafts(QDate(2026, 10, 13)) == 1);
    CHECK(drafts(QDate(2026, 11, 26)) == 0);   // a Thursday before the slot takes effect
    CHECK(drafts(QDate(2026, 12, 3)) == 1);
}

TEST_CASE("issue 9: the inspection expects no session before a slot takes effect, nor on 国庆", "[calendar][inspection]")
{
    School school;
    TimetableRepository timetable(school.db);
    InspectionRules rules;
    rules.weeklySessions = false;
    rules.monthlyCounselling = false;
    rules.requiredFields = false;
    rules.signedInTime = false;
    rules.deliveredMinutes = false;
    rules.unrecordedUse = true;
    const Inspector inspector(school.db, school.clock);

    // A slot created on 12/1 (from today): nothing is missing before it.
    REQUIRE(timetable.addSlot(school.slotOn(1, QDate(2026, 12, 1))));
    auto autumn = inspector.run(QDate(2026, 9, 1), QDate(2026, 12, 1), rules);
    REQUIRE(autumn);
    CHECK(autumn->count(ProblemKind::UnrecordedUse) == 0);

    // A Tuesday slot for the whole semester misses 10/6 until 国庆 is entered.
    REQUIRE(timetable.addSlot(school.slotOn(2, QDate(2026, 9, 1))));
    auto week = inspector.run(QDate(2026, 10, 5), QDate(2026, 10, 11), rules);
    REQUIRE(week);
    REQUIRE(week->count(ProblemKind::UnrecordedUse) == 1);
    CHECK(week->problems.first().date == QDate(2026, 10, 6));
    REQUIRE(SemesterRepository(school.db).addDay(school.semester, range(u"国庆节"_s, QDate(2026, 10, 1), QDate(2026, 10, 7))));
    week = inspector.run(QDate(2026, 10, 5), QDate(2026, 10, 11), rules);
    REQUIRE(week);
    CHECK(week->count(ProblemKind::UnrecordedUse) == 0);
}
