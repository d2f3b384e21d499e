// The monthly checks of family contact and counselling: which months are
// held to the rule across month and semester boundaries and holidays, what
// counts, and how the result reaches the alerts and the record inspection.
#include <catch2/catch.hpp>

#include "DemoFile.h"
#include "TestSupport.h"
#include "alerts/AlertSources.h"
#include "calendar/SemesterRepository.h"
#include "common/Clock.h"
#include "family/CounsellingRepository.h"
#include "family/FamilyChecks.h"
#include "family/FamilyContactRepository.h"
#include "family/FamilySettings.h"
#include "iep/IepRepository.h"
#include "inspection/Inspector.h"
#include "staff/StaffRepository.h"
#include "students/StudentRepository.h"

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

Semester semester(qint64 id, const QString &name, QDate start, QDate end, QList<CalendarDay> days = {})
{
    Semester s;
    s.id = id;
    s.name = name;
    s.schoolYear = start.month() >= 8 ? start.year() : start.year() - 1;
    s.kind = start.month() >= 8 ? SemesterKind::Autumn : SemesterKind::Spring;
    s.start = start;
    s.end = end;
    s.days = std::move(days);
    return s;
}

CalendarDay holiday(const QString &name, QDate first, QDate last)
{
    return CalendarDay{0, name, first, last, false};
}

Semester autumn2026(qint64 id = 1)
{
    return semester(id, u"2026年秋季学期"_s, QDate(2026, 9, 1), QDate(2027, 1, 20),
                    {holiday(u"国庆节"_s, QDate(2026, 10, 1), QDate(2026, 10, 7)),
                     holiday(u"元旦"_s, QDate(2027, 1, 1), QDate(2027, 1, 3))});
}

Semester spring2027(qint64 id = 2)
{
    // April is mostly holiday here (the building closed for repairs): 8 school days.
    return semester(id, u"2027年春季学期"_s, QDate(2027, 2, 22), QDate(2027, 7, 9),
                    {holiday(u"校舍维修"_s, QDate(2027, 4, 6), QDate(2027, 4, 23))});
}

QList<QDate> firsts(const QList<FamilyCheckMonth> &months)
{
    QList<QDate> list;
    for (const FamilyCheckMonth &m : months)
        list << m.first;
    return list;
}

QList<QDate> shortMonths(const QList<FamilyShortfall> &list, FamilyCheck check, qint64 student)
{
    QList<QDate> months;
    for (const FamilyShortfall &s : list)
        if (s.check == check && s.studentId == student)
            months << s.month;
    return months;
}

} // namespace

TEST_CASE("months are held to the rule by their school days inside a semester", "[family]")
{
    const auto months = familyCheckMonths({autumn2026(), spring2027()});
    // Autumn: September to January (4–20 January: 13 school days after 元旦).
    // Spring: February has 5 school days, April 8 (holiday), July 7: not months of school.
    CHECK(firsts(months)
          == QList<QDate>{QDate(2026, 9, 1), QDate(2026, 10, 1), QDate(2026, 11, 1), QDate(2026, 12, 1), QDate(2027, 1, 1),
                          QDate(2027, 3, 1), QDate(2027, 5, 1), QDate(2027, 6, 1)});
    // Each is due on its last school day: 31 October is a Saturday.
    CHECK(months.at(1).deadline == QDate(2026, 10, 30));
    CHECK(months.at(1).schoolDays == 17);   // the 国庆 week left out
    CHECK(months.at(4).deadline == QDate(2027, 1, 20));
    CHECK(months.at(4).semesterId == 1);
    CHECK(months.at(5).semesterId == 2);
}

TEST_CASE("a month shared by two semesters is one month, and one contact in it is enough", "[family]")
{
    // The autumn semester ends on 13 January (8 school days), the next begins on 25 January (5):
    // neither part alone is a month of school, together they are.
    const Semester a = semester(1, u"秋"_s, QDate(2026, 9, 1), QDate(2027, 1, 13), {holiday(u"元旦"_s, QDate(2027, 1, 1), QDate(2027, 1, 3))});
    const Semester b = semester(2, u"春"_s, QDate(2027, 1, 25), QDate(2027, 6, 30));
    const auto months = familyCheckMonths({a, b});
    const auto january = std::find_if(months.begin(), months.end(), [](const auto &m) { return m.first == QDate(2027, 1, 1); });
    REQUIRE(january != months.end());
    CHECK(january->schoolDays == 13);
    CHECK(january->deadline == QDate(2027, 1, 29));
    CHECK(january->semesterId == 2);
    CHECK(std::count_if(months.begin(), months.end(), [](const auto &m) { return m.first == QDate(2027, 1, 1); }) == 1);

    FamilyCheckInput in;
    in.semesters = {a, b};
    in.students = {{7, u"张明"_s, {}}};
    in.contacts = {{7, QDate(2027, 1, 8)}};   // in the first semester's part
    in.from = QDate(2027, 1, 1);
    in.to = QDate(2027, 1, 31);
    in.today = QDate(2027, 2, 1);
    CHECK(shortMonths(familyShortfalls(in), FamilyCheck::Contact, 7).isEmpty());
    in.contacts.clear();
    CHECK(shortMonths(familyShortfalls(in), FamilyCheck::Contact, 7) == QList<QDate>{QDate(2027, 1, 1)});
}

TEST_CASE("contact shortfalls across a whole year: holidays, semester ends, the month still open", "[family]")
{
    FamilyCheckInput in;
    in.semesters = {autumn2026(), spring2027()};
    in.students = {{1, u"张明"_s, {}}, {2, u"李红"_s, QDate(2026, 11, 16)}};
    in.contacts = {
        {1, QDate(2026, 9, 15)},
        {1, QDate(2026, 10, 3)},    // a home visit in the 国庆 week counts for October
        {1, QDate(2026, 12, 30)},
        {1, QDate(2027, 1, 25)},    // after the semester ended, still January
        {1, QDate(2027, 2, 24)},    // February is not checked; it does not count for March
        {1, QDate(2027, 5, 6)},
        {2, QDate(2026, 12, 2)},
        {2, QDate(2027, 3, 31)},
    };
    in.from = QDate(2026, 9, 1);
    in.to = QDate(2027, 6, 10);
    in.today = QDate(2027, 6, 10);
    const auto list = familyShortfalls(in);
    // November and March were missed; April (mostly holiday) and February are not asked about.
    CHECK(shortMonths(list, FamilyCheck::Contact, 1) == QList<QDate>{QDate(2026, 11, 1), QDate(2027, 3, 1), QDate(2027, 6, 1)});
    // Enrolled on 16 November: held to November on (due on the 30th), not September or October.
    CHECK(shortMonths(list, FamilyCheck::Contact, 2)
          == QList<QDate>{QDate(2026, 11, 1), QDate(2027, 1, 1), QDate(2027, 5, 1), QDate(2027, 6, 1)});
    // June is still open on 10 June; the past months have ended.
    for (const FamilyShortfall &s : list)
        CHECK(s.ended == (s.month != QDate(2027, 6, 1)));
    // Nobody's counselling is asked about without a plan calling for it.
    CHECK(std::none_of(list.begin(), list.end(), [](const auto &s) { return s.check == FamilyCheck::Counselling; }));

    // The range: months due from `from`, begun by `to`.
    in.from = QDate(2026, 12, 1);
    in.to = QDate(2027, 1, 10);
    in.today = QDate(2027, 1, 10);
    const auto winter = familyShortfalls(in);
    CHECK(shortMonths(winter, FamilyCheck::Contact, 1).isEmpty());   // December, and January by the 25th
    REQUIRE(shortMonths(winter, FamilyCheck::Contact, 2) == QList<QDate>{QDate(2027, 1, 1)});
    CHECK_FALSE(winter.constFirst().ended);

    // Twice a month: one contact is a shortfall with its count; 0 turns the check off.
    in.from = QDate(2026, 9, 1);
    in.to = in.today = QDate(2026, 10, 31);
    in.contactsPerMonth = 2;
    const auto twice = familyShortfalls(in);
    REQUIRE(shortMonths(twice, FamilyCheck::Contact, 1).size() == 2);
    CHECK(twice.constFirst().found == 1);
    CHECK(twice.constFirst().required == 2);
    CHECK(shortfallText(twice.constFirst()) == u"张明2026年9月家校联系仅1次，少于每月2次。"_s);
    in.contactsPerMonth = 0;
    CHECK(familyShortfalls(in).isEmpty());
}

TEST_CASE("counselling is checked for the students whose plan calls for it, per semester", "[family]")
{
    FamilyCheckInput in;
    in.semesters = {autumn2026(), spring2027()};
    in.students = {{1, u"张明"_s, {}}, {2, u"李红"_s, {}}};
    in.contactsPerMonth = 0;
    in.counsellingStudents[2] = {1};            // only the spring plan has counselling
    in.counselling = {{1, QDate(2027, 3, 10)}, {2, QDate(2027, 3, 11)}};
    in.from = QDate(2026, 9, 1);
    in.to = in.today = QDate(2027, 7, 1);
    const auto list = familyShortfalls(in);
    CHECK(shortMonths(list, FamilyCheck::Counselling, 1) == QList<QDate>{QDate(2027, 5, 1), QDate(2027, 6, 1)});
    CHECK(shortMonths(list, FamilyCheck::Counselling, 2).isEmpty());
    CHECK(shortfallText(list.constFirst()) == u"张明2027年5月无一对一心理辅导记录（要求每月至少1次）。"_s);
}

namespace {

// A school on file: the autumn semester (with 国庆 and 元旦), a teacher, two students.
struct School {
    std::unique_ptr<test::TempDatabase> temp = test::makeTempDatabase();
    std::shared_ptr<Database> db = temp->db;
    std::shared_ptr<FixedClock> clock = std::make_shared<FixedClock>(QDate(2026, 11, 25));
    qint64 term = 0, teacher = 0, ming = 0, hong = 0;

    School()
    {
        REQUIRE(db);
        db->setClock(clock);
        Semester s = autumn2026(0);
        auto id = SemesterRepository(db).add(s);   // with its holidays
        INFO((id ? QString() : id.error().message).toStdString());
        REQUIRE(id);
        term = *id;
        auto t = db->writeReturningId({u"test"_s, u"teacher"_s}, [](Transaction &tx) {
            return StaffRepository::add(tx, StaffMember::withRole(u"王老师"_s, StaffRole::ResourceTeacher));
        });
        REQUIRE(t);
        teacher = *t;
        ming = student(u"张明"_s);
        hong = student(u"李红"_s);
    }
    qint64 student(const QString &name)
    {
        Student st;
        st.name = name;
        st.grade = 3;
        auto id = StudentRepository(db).add(st);
        REQUIRE(id);
        return *id;
    }
    void contact(qint64 who, QDate date)
    {
        FamilyContact c;
        c.studentId = who;
        c.kind = ContactKind::Phone;
        c.date = date;
        c.staffId = teacher;
        c.content = u"了解孩子在家的作业情况"_s;
        REQUIRE(FamilyContactRepository(db).add(c));
    }
};

} // namespace

TEST_CASE("the alerts hold the current semester's missed months and the month about to end", "[family]")
{
    School school;
    for (QDate d : {QDate(2026, 9, 10), QDate(2026, 10, 20), QDate(2026, 11, 3)})
        school.contact(school.ming, d);
    school.contact(school.hong, QDate(2026, 9, 28));
    school.clock->set(QDate(2026, 11, 25).startOfDay().addSecs(9 * 3600));
    auto alerts = collectAlerts(school.db, *school.clock);
    REQUIRE(alerts);
    QList<Alert> family;
    for (const Alert &a : *alerts)
        if (a.area == u"family"_s)
            family << a;
    // 李红: October overdue (due 30 October), November due (30 November is within the week).
    REQUIRE(family.size() == 2);
    CHECK(family.at(0).subject == u"李红"_s);
    CHECK(family.at(0).urgency == AlertUrgency::Overdue);
    CHECK(family.at(0).date == QDate(2026, 10, 30));
    CHECK(family.at(0).kind == u"monthly-contact"_s);
    CHECK(family.at(1).urgency == AlertUrgency::Due);
    CHECK(family.at(1).date == QDate(2026, 11, 30));

    // Earlier in November, the open month is not yet a reminder.
    school.clock->set(QDate(2026, 11, 10).startOfDay().addSecs(9 * 3600));
    alerts = collectAlerts(school.db, *school.clock);
    REQUIRE(alerts);
    CHECK(std::count_if(alerts->begin(), alerts->end(), [](const Alert &a) { return a.area == u"family"_s; }) == 1);

    // Between semesters (the winter holiday) there is nothing to remind of.
    school.clock->set(QDate(2027, 2, 5).startOfDay().addSecs(9 * 3600));
    alerts = collectAlerts(school.db, *school.clock);
    REQUIRE(alerts);
    CHECK(std::none_of(alerts->begin(), alerts->end(), [](const Alert &a) { return a.area == u"family"_s; }));

    // The count is the school's: 0 turns the check off.
    school.clock->set(QDate(2026, 11, 25).startOfDay().addSecs(9 * 3600));
    REQUIRE(saveContactsPerMonth(school.db, 0));
    alerts = collectAlerts(school.db, *school.clock);
    REQUIRE(alerts);
    CHECK(std::none_of(alerts->begin(), alerts->end(), [](const Alert &a) { return a.area == u"family"_s; }));
    CHECK(saveContactsPerMonth(school.db, 11).error().code == ErrorCode::InvalidInput);
    REQUIRE(saveContactsPerMonth(school.db, 2));
    auto perMonth = loadContactsPerMonth(*school.db);
    REQUIRE(perMonth);
    CHECK(*perMonth == 2);
}

TEST_CASE("counselling is asked of plans in effect with counselling, and counselling records count", "[family]")
{
    School school;
    IepContent content;
    content.services = {{ServiceType::Counselling, 40, u"王老师"_s, 0}};
    IepRepository ieps(school.db);
    auto draft = ieps.create(school.ming, school.term, content);
    REQUIRE(draft);
    auto input = gatherFamilyCheck(school.db, QDate(2026, 9, 1), QDate(2026, 11, 25), QDate(2026, 11, 25));
    REQUIRE(input);
    CHECK(input->counsellingStudents.value(school.term).isEmpty());   // a draft binds nobody yet
    REQUIRE(school.db->write({u"test"_s, u"activate"_s}, [&](Transaction &tx) -> Result<void> {
        return run(tx, u"UPDATE ieps SET status = 'active' WHERE id = :id"_s, {{":id", *draft}});
    }));
    CounsellingSession s;
    s.studentId = school.ming;
    s.date = QDate(2026, 10, 14);
    s.counsellorId = school.teacher;
    s.topic = u"同伴交往"_s;
    REQUIRE(CounsellingRepository(school.db).add(s));
    auto list = familyShortfalls(school.db, QDate(2026, 9, 1), QDate(2026, 11, 25), QDate(2026, 11, 25));
    REQUIRE(list);
    CHECK(shortMonths(*list, FamilyCheck::Counselling, school.ming) == QList<QDate>{QDate(2026, 9, 1), QDate(2026, 11, 1)});
    CHECK(shortMonths(*list, FamilyCheck::Counselling, school.hong).isEmpty());

    // The record inspection sees the same: October has its counselling record.
    auto result = Inspector(school.db, school.clock).run(QDate(2026, 9, 1), QDate(2026, 10, 31));
    REQUIRE(result);
    QList<QDate> counsellingMonths;
    for (const InspectionProblem &p : result->problemsOf(ProblemKind::MonthlyCounselling))
        if (p.studentId == school.ming)
            counsellingMonths << p.date;
    CHECK(counsellingMonths == QList<QDate>{QDate(2026, 9, 1)});
}

TEST_CASE("the record inspection lists each month without family contact, with a requirement", "[family]")
{
    School school;
    school.contact(school.ming, QDate(2026, 9, 10));
    school.contact(school.ming, QDate(2026, 11, 3));
    school.contact(school.hong, QDate(2026, 9, 28));
    school.contact(school.hong, QDate(2026, 10, 8));
    // 1 September – 25 November: November has not ended, so it is not held against anyone yet.
    auto result = Inspector(school.db, school.clock).run(QDate(2026, 9, 1), QDate(2026, 11, 25));
    REQUIRE(result);
    const auto problems = result->problemsOf(ProblemKind::MonthlyFamilyContact);
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).studentId == school.ming);
    CHECK(problems.at(0).date == QDate(2026, 10, 1));
    CHECK(problems.at(0).message == u"张明2026年10月无家校联系记录（要求每月至少1次）。"_s);
    CHECK(std::any_of(result->requirements.begin(), result->requirements.end(),
                      [](const InspectionRequirement &r) { return r.kind == ProblemKind::MonthlyFamilyContact; }));
}

TEST_CASE("a failed read fails the checks instead of finding nothing", "[family]")
{
    School school;
    test::dropTable(*school.db, u"family_contacts"_s);
    CHECK_FALSE(familyShortfalls(school.db, QDate(2026, 9, 1), QDate(2026, 11, 25), QDate(2026, 11, 25)));
    CHECK_FALSE(collectAlerts(school.db, *school.clock));
}
