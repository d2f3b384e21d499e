#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "calendar/SemesterRepository.h"
#include "iep/IepRepository.h"
#include "plans/TrainingPlanRepository.h"
#include "staff/StaffRepository.h"
#include "students/StudentRepository.h"

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

IepObjective objective(const QString &condition, const QString &behaviour, const QString &criterion)
{
    IepObjective o;
    o.condition = condition;
    o.behaviour = behaviour;
    o.criterion = criterion;
    o.deadline = QDate(2026, 12, 31);
    o.methods = u"OT"_s;
    o.responsible = u"王老师"_s;
    o.start = QDate(2026, 9, 7);
    o.end = QDate(2026, 12, 31);
    o.goalValue = 80.0;
    return o;
}

// An IEP the team can put in effect: two goals, three objectives.
IepContent iepContent()
{
    IepContent c;
    c.meetingDate = QDate(2026, 9, 10);
    c.meetingMinutes = u"研讨确定本学期目标"_s;
    c.reviewDates = {QDate(2026, 11, 15)};
    c.team = {{TeamRole::ResourceTeacher, u"王老师"_s}, {TeamRole::Parent, u"张妈妈"_s}};
    c.presentLevels = {{GoalDomain::Mathematics, u"能数到20"_s}, {GoalDomain::Communication, u"能说短句"_s}};
    IepGoal math;
    math.domain = GoalDomain::Mathematics;
    math.longTerm = u"掌握20以内加法"_s;
    math.objectives = {objective(u"借助实物"_s, u"完成10以内加法"_s, u"正确率80%以上"_s),
                       objective(QString(), u"口算20以内不进位加法"_s, u"3分钟内完成10题"_s)};
    IepGoal language;
    language.domain = GoalDomain::Communication;
    language.longTerm = u"能用完整句子表达需要"_s;
    language.objectives = {objective(u"在提示下"_s, u"说出5个字的完整句子"_s, u"连续3次"_s)};
    c.goals = {math, language};
    c.services = {{ServiceType::IndividualTraining, 80, u"王老师"_s, 0}};
    return c;
}

struct Fixture {
    std::unique_ptr<test::TempDatabase> temp = test::makeTempDatabase();
    std::shared_ptr<Database> db = temp->db;
    TrainingPlanRepository plans{db};
    qint64 student = addStudent(u"张小明"_s);
    qint64 other = addStudent(u"李小红"_s);
    qint64 autumn = addSemester(u"2026年秋季学期"_s, QDate(2026, 9, 1), QDate(2027, 1, 20));
    qint64 spring = addSemester(u"2027年春季学期"_s, QDate(2027, 2, 20), QDate(2027, 7, 10));
    qint64 teacher = 0;

    Fixture()
    {
        auto id = db->writeReturningId({u"test"_s, u"teacher"_s}, [](Transaction &tx) {
            return StaffRepository::add(tx, StaffMember::withRole(u"王老师"_s, StaffRole::ResourceTeacher));
        });
        REQUIRE(id);
        teacher = *id;
    }
    qint64 addStudent(const QString &name)
    {
        Student s;
        s.name = name;
        auto id = StudentRepository(db).add(s);
        REQUIRE(id);
        return *id;
    }
    qint64 addSemester(const QString &name, QDate start, QDate end)
    {
        Semester s;
        s.name = name;
        s.schoolYear = 2026;
        s.start = start;
        s.end = end;
        auto id = SemesterRepository(db).add(s);
        REQUIRE(id);
        return *id;
    }
    qint64 iep(qint64 who, qint64 semester, bool activate)
    {
        IepRepository ieps(db);
        auto id = ieps.create(who, semester, iepContent());
        REQUIRE(id);
        if (activate)
            REQUIRE(ieps.activate(*id));
        return *id;
    }
    TrainingPlan plan() const
    {
        TrainingPlan p;
        p.studentId = student;
        p.semesterId = autumn;
        p.instructorId = teacher;
        p.goals = {{0, u"能完成10以内加法"_s, 0}, {0, u"能说完整句子"_s, 0}};
        p.content = u"数的组成、10以内加法；句子仿说"_s;
        p.methods = u"实物操作、视觉提示、强化"_s;
        p.minutesPerSession = 40;
        p.sessionsPerWeek = 2;
        p.expectedResults = u"学期末正确率达到80%"_s;
        return p;
    }
    int count(const QString &table) const
    {
        auto q = db->exec(u"SELECT count(*) FROM "_s + table);
        REQUIRE(q);
        REQUIRE(q->next());
        return q->value(0).toInt();
    }
};

} // namespace

TEST_CASE("a training plan is stored whole and read back", "[plans]")
{
    Fixture f;
    auto id = f.plans.add(f.plan());
    REQUIRE(id);
    auto stored = f.plans.byId(*id);
    REQUIRE(stored);
    TrainingPlan expected = f.plan();
    expected.id = *id;
    REQUIRE(stored->goals.size() == 2);
    for (int i = 0; i < 2; ++i) {
        CHECK(stored->goals.at(i).id > 0);
        expected.goals[i].id = stored->goals.at(i).id;
    }
    CHECK(*stored == expected);
    CHECK(stored->minutesPerWeek() == 80);
    CHECK(*f.plans.forStudentSemester(f.student, f.autumn) == std::optional<TrainingPlan>(*stored));
    CHECK_FALSE(*f.plans.forStudentSemester(f.student, f.spring));
    CHECK(*f.plans.forSemester(f.autumn) == QList<TrainingPlan>{*stored});
    CHECK(*f.plans.forStudent(f.student) == QList<TrainingPlan>{*stored});

    // Saved again with changed goals and frequency: goals replaced in order.
    TrainingPlan changed = *stored;
    changed.goals = {{0, u"能说完整句子"_s, 0}};
    changed.sessionsPerWeek = 3;
    REQUIRE(f.plans.save(changed));
    auto again = f.plans.byId(*id);
    REQUIRE(again);
    REQUIRE(again->goals.size() == 1);
    CHECK(again->goals.first().text == u"能说完整句子"_s);
    CHECK(again->sessionsPerWeek == 3);
    CHECK(f.count(u"training_plan_goals"_s) == 1);

    REQUIRE(f.plans.remove(*id));
    CHECK(f.plans.byId(*id).error().code == ErrorCode::NotFound);
    CHECK(f.count(u"training_plan_goals"_s) == 0);
    CHECK(f.plans.remove(*id).error().code == ErrorCode::NotFound);
}

TEST_CASE("one plan per student and semester; bad plans write nothing", "[plans]")
{
    Fixture f;
    REQUIRE(f.plans.add(f.plan()));
    auto twice = f.plans.add(f.plan());
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::Conflict);
    TrainingPlan spring = f.plan();
    spring.semesterId = f.spring;
    REQUIRE(f.plans.add(spring));
    CHECK(f.plans.forStudent(f.student)->size() == 2);
    CHECK(f.plans.forStudent(f.student)->first().semesterId == f.autumn);

    TrainingPlan bad = f.plan();
    bad.studentId = f.other;
    bad.goals = {{0, u"  "_s, 0}};
    CHECK(f.plans.add(bad).error().code == ErrorCode::InvalidInput);
    bad = f.plan();
    bad.studentId = f.other;
    bad.minutesPerSession = 601;
    CHECK_FALSE(f.plans.add(bad));
    bad.minutesPerSession = 40;
    bad.sessionsPerWeek = -1;
    CHECK_FALSE(f.plans.add(bad));
    bad.sessionsPerWeek = 2;
    bad.instructorId = 999;
    CHECK(f.plans.add(bad).error().code == ErrorCode::NotFound);
    bad.instructorId = 0;
    bad.studentId = 999;
    CHECK(f.plans.add(bad).error().code == ErrorCode::NotFound);
    CHECK(f.count(u"training_plans"_s) == 2);

    // A plan stays with its student and semester.
    TrainingPlan moved = **f.plans.forStudentSemester(f.student, f.autumn);
    moved.studentId = f.other;
    CHECK_FALSE(f.plans.save(moved));
    moved.id = 999;
    CHECK(f.plans.save(moved).error().code == ErrorCode::NotFound);
}

TEST_CASE("plan goals start from the IEP's objectives and stay linked to them", "[plans]")
{
    Fixture f;
    // A draft IEP is not agreed yet: nothing to start from.
    const qint64 draft = f.iep(f.student, f.autumn, false);
    CHECK(f.plans.goalsFromIep(f.student, f.autumn).error().code == ErrorCode::NotFound);
    CHECK(f.plans.createFromIep(f.student, f.autumn).error().code == ErrorCode::NotFound);
    REQUIRE(IepRepository(f.db).activate(draft));

    auto goals = f.plans.goalsFromIep(f.student, f.autumn);
    REQUIRE(goals);
    REQUIRE(goals->size() == 3);
    const Iep iep = *IepRepository(f.db).byId(draft);
    const auto &objectives = iep.content.goals.first().objectives;
    CHECK(goals->at(0).objectiveId == objectives.at(0).id);
    CHECK(goals->at(0).text == u"借助实物，完成10以内加法，正确率80%以上"_s);
    CHECK(goals->at(1).text == u"口算20以内不进位加法，3分钟内完成10题"_s);
    CHECK(goals->at(2).objectiveId == iep.content.goals.at(1).objectives.first().id);

    auto id = f.plans.createFromIep(f.student, f.autumn);
    REQUIRE(id);
    const auto plan = f.plans.byId(*id);
    REQUIRE(plan);
    REQUIRE(plan->goals.size() == 3);
    CHECK(plan->goals.at(1).objectiveId == objectives.at(1).id);

    // A goal may not point at another child's objective.
    const qint64 otherIep = f.iep(f.other, f.autumn, true);
    const qint64 foreign = IepRepository(f.db).byId(otherIep)->content.goals.first().objectives.first().id;
    TrainingPlan wrong = *plan;
    wrong.goals.append({0, u"别人的目标"_s, foreign});
    auto refused = f.plans.save(wrong);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"别人的目标"_s));
    CHECK(f.plans.byId(*id)->goals.size() == 3);

    // Removing the IEP objective keeps the goal, unlinked.
    IepContent revised = iep.content;
    revised.goals.first().objectives.removeAt(1);
    REQUIRE(IepRepository(f.db).revise(draft, revised, u"目标已达成"_s, u"王老师"_s, QDate(2026, 11, 1)));
    const auto after = f.plans.byId(*id);
    REQUIRE(after);
    REQUIRE(after->goals.size() == 3);
    CHECK(after->goals.at(1).objectiveId == 0);
    CHECK(after->goals.at(0).objectiveId == objectives.at(0).id);
}

TEST_CASE("the plans of a semester are read with their goals; a failed read is an error", "[plans]")
{
    Fixture f;
    auto first = f.plans.add(f.plan());
    REQUIRE(first);
    TrainingPlan other = f.plan();
    other.studentId = f.other;
    other.goals = {{0, u"能独立整理书包"_s, 0}};
    auto second = f.plans.add(other);
    REQUIRE(second);
    const auto semester = f.plans.forSemester(f.autumn);
    REQUIRE(semester);
    REQUIRE(semester->size() == 2);
    for (const TrainingPlan &plan : *semester)
        CHECK(plan == *f.plans.byId(plan.id));   // the goals of each, none of the other's

    REQUIRE(f.db->write({u"test"_s, u"damage"_s}, [](Transaction &tx) { return run(tx, u"DROP TABLE training_plan_goals"_s); }));
    CHECK(f.plans.byId(*first).error().code == ErrorCode::Storage);
    CHECK(f.plans.forStudentSemester(f.student, f.autumn).error().code == ErrorCode::Storage);
    CHECK(f.plans.forSemester(f.autumn).error().code == ErrorCode::Storage);
    CHECK(f.plans.forStudent(f.student).error().code == ErrorCode::Storage);
}
