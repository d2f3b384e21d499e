#include <catch2/catch.hpp>

#include <QCoreApplication>

#include "TestSupport.h"
#include "assessment/AssessmentRepository.h"
#include "calendar/SemesterRepository.h"
#include "common/Clock.h"
#include "iep/IepReminders.h"
#include "iep/IepRepository.h"
#include "iep/IepRules.h"
#include "iep/ObjectiveData.h"
#include "school/SettingsRepository.h"
#include "students/StudentRepository.h"

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 addStudent(const std::shared_ptr<Database> &db, const QString &name)
{
    Student s;
    s.name = name;
    auto id = StudentRepository(db).add(s);
    REQUIRE(id);
    return *id;
}

qint64 addSemester(const std::shared_ptr<Database> &db, const QString &name, SemesterKind kind, int year, QDate start,
                   QDate end)
{
    Semester s;
    s.name = name;
    s.kind = kind;
    s.schoolYear = year;
    s.start = start;
    s.end = end;
    auto id = SemesterRepository(db).add(s);
    REQUIRE(id);
    return *id;
}

qint64 autumn2026(const std::shared_ptr<Database> &db)
{
    return addSemester(db, u"2026年秋季学期"_s, SemesterKind::Autumn, 2026, QDate(2026, 9, 1), QDate(2027, 1, 20));
}

qint64 spring2027(const std::shared_ptr<Database> &db)
{
    return addSemester(db, u"2027年春季学期"_s, SemesterKind::Spring, 2026, QDate(2027, 2, 20), QDate(2027, 7, 10));
}

IepObjective objective(const QString &behaviour, const QString &criterion, QDate deadline)
{
    IepObjective o;
    o.behaviour = behaviour;
    o.condition = u"借助实物"_s;
    o.criterion = criterion;
    o.deadline = deadline;
    o.methods = u"OT"_s;
    o.responsible = u"王老师"_s;
    o.start = QDate(2026, 9, 7);
    o.end = deadline;
    o.scale = MeasurementScale::Accuracy;
    o.goalValue = 80.0;
    return o;
}

IepContent completeContent()
{
    IepContent c;
    c.meetingDate = QDate(2026, 9, 10);
    c.meetingMinutes = u"研讨确定本学期目标"_s;
    c.reviewDates = {QDate(2026, 10, 15), QDate(2026, 12, 15)};
    c.team = {{TeamRole::ResourceTeacher, u"王老师"_s}, {TeamRole::Parent, u"张妈妈"_s}};
    c.presentLevels = {{GoalDomain::Mathematics, u"能数到20，不会进位加法"_s},
                       {GoalDomain::Social, u"课间多独处，很少主动与同学说话"_s}};
    IepGoal math;
    math.domain = GoalDomain::Mathematics;
    math.longTerm = u"本学期掌握20以内不进位加法，正确率达80%"_s;
    math.objectives = {objective(u"每天完成5道10以内加减法"_s, u"正确率80%以上"_s, QDate(2026, 11, 30))};
    IepGoal social;
    social.domain = GoalDomain::Social;
    social.longTerm = u"课间能与同学交往"_s;
    social.objectives = {objective(u"能在课间与2名同学进行3轮对话互动"_s, u"每周3次"_s, QDate(2026, 12, 31))};
    c.goals = {math, social};
    c.services = {{ServiceType::IndividualTraining, 80, u"王老师"_s, 0}};
    c.accommodations = {{AccommodationKind::Exam, u"延长考试时间15分钟"_s}, {AccommodationKind::Classroom, u"座位靠前"_s}};
    return c;
}

// Content as written, without the ids the database assigned.
IepContent withoutIds(IepContent c)
{
    for (IepGoal &g : c.goals) {
        g.id = 0;
        for (IepObjective &o : g.objectives)
            o.id = 0;
    }
    return c;
}

int countRows(const std::shared_ptr<Database> &db, const QString &table)
{
    auto q = db->exec(u"SELECT count(*) FROM "_s + table);
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toInt();
}

struct Fixture {
    std::unique_ptr<test::TempDatabase> temp = test::makeTempDatabase();
    std::shared_ptr<Database> db = temp->db;
    IepRepository ieps{db};
    qint64 student = addStudent(db, u"张小明"_s);
    qint64 autumn = autumn2026(db);

    qint64 activeIep()
    {
        auto id = ieps.create(student, autumn, completeContent());
        REQUIRE(id);
        REQUIRE(ieps.activate(*id));
        return *id;
    }
    qint64 firstObjective(qint64 iepId) { return ieps.byId(iepId)->content.goals.first().objectives.first().id; }
};

} // namespace

TEST_CASE("a draft is created, saved and read back whole")
{
    Fixture f;
    auto id = f.ieps.create(f.student, f.autumn);
    REQUIRE(id);
    auto draft = f.ieps.byId(*id);
    REQUIRE(draft);
    CHECK(draft->status == IepStatus::Draft);
    CHECK(draft->studentId == f.student);
    CHECK(draft->semesterId == f.autumn);
    CHECK(draft->content == IepContent{});

    REQUIRE(f.ieps.save(*id, completeContent()));
    auto saved = f.ieps.byId(*id);
    REQUIRE(saved);
    CHECK(withoutIds(saved->content) == completeContent());
    CHECK(saved->content.goals.first().objectives.first().id > 0);

    // Saving the loaded content again keeps goals and objectives in place.
    IepContent edited = saved->content;
    edited.goals.first().objectives.first().criterion = u"正确率90%以上"_s;
    REQUIRE(f.ieps.save(*id, edited));
    CHECK(f.ieps.byId(*id)->content == edited);

    CHECK((*f.ieps.forStudentSemester(f.student, f.autumn))->id == *id);
    CHECK(f.ieps.forStudent(f.student)->size() == 1);

    auto twice = f.ieps.create(f.student, f.autumn);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::Conflict);

    IepContent bad = completeContent();
    bad.goals.first().objectives.first().methods = u"OX"_s;
    CHECK_FALSE(f.ieps.save(*id, bad));
    bad = completeContent();
    bad.services.first().minutesPerWeek = 0;
    CHECK_FALSE(f.ieps.save(*id, bad));
}

TEST_CASE("activation is refused with the list of what is missing, then accepted")
{
    Fixture f;
    auto id = f.ieps.create(f.student, f.autumn);
    REQUIRE(id);
    // No meeting date, no team, no service, no goal.
    CHECK(activationProblems(IepContent{}).size() == 4);
    auto refused = f.ieps.activate(*id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    for (const QString &problem : activationProblems(IepContent{}))
        CHECK(refused.error().message.contains(problem));

    IepContent partial = completeContent();
    partial.goals[0].objectives[0].criterion.clear();
    partial.goals[1].objectives[0].deadline = QDate();
    partial.goals.append(IepGoal{0, GoalDomain::SelfCare, u"独立整理书包"_s, {}});
    const QStringList problems = activationProblems(partial);
    CHECK(problems.size() == 4);   // with 生活自理 having a goal but no present level
    REQUIRE(f.ieps.save(*id, partial));
    auto stillRefused = f.ieps.activate(*id);
    REQUIRE_FALSE(stillRefused);
    for (const QString &problem : problems)   // objective 1.1 without criterion, 2.1 without deadline, goal 3 empty
        CHECK(stillRefused.error().message.contains(problem));
    CHECK(problems.filter(u"1.1"_s).size() == 1);
    CHECK(problems.filter(u"2.1"_s).size() == 1);
    CHECK(f.ieps.byId(*id)->status == IepStatus::Draft);

    REQUIRE(f.ieps.save(*id, completeContent()));
    REQUIRE(f.ieps.activate(*id));
    CHECK(f.ieps.byId(*id)->status == IepStatus::Active);
}

TEST_CASE("a plan in effect is read-only except by revision, which keeps the old content")
{
    Fixture f;
    const qint64 id = f.activeIep();
    const IepContent before = f.ieps.byId(id)->content;

    IepContent changed = before;
    changed.goals[0].objectives[0].criterion = u"正确率90%以上"_s;
    auto save = f.ieps.save(id, changed);
    REQUIRE_FALSE(save);
    CHECK(save.error().code == ErrorCode::Conflict);
    CHECK(f.ieps.byId(id)->content == before);

    CHECK_FALSE(f.ieps.revise(id, changed, u""_s, u"王老师"_s, QDate(2026, 10, 15)));   // no reason
    CHECK_FALSE(f.ieps.revise(id, changed, u"阶段评估"_s, u""_s, QDate(2026, 10, 15)));  // no author
    CHECK(f.ieps.revisions(id)->isEmpty());

    changed.goals[0].objectives.append(objective(u"口算20以内不进位加法"_s, u"正确率80%"_s, QDate(2026, 12, 20)));
    auto revision = f.ieps.revise(id, changed, u"阶段评估后提高要求"_s, u"王老师"_s, QDate(2026, 10, 15));
    REQUIRE(revision);
    const auto history = f.ieps.revisions(id);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().date == QDate(2026, 10, 15));
    CHECK(history->first().reason == u"阶段评估后提高要求"_s);
    CHECK(history->first().author == u"王老师"_s);
    CHECK(history->first().previous == before);

    const Iep after = *f.ieps.byId(id);
    CHECK(after.status == IepStatus::Active);
    CHECK(after.content.goals[0].objectives.size() == 2);
    CHECK(after.content.goals[0].objectives[0].criterion == u"正确率90%以上"_s);
    // The revised objective is the same row: its data stay attached.
    CHECK(after.content.goals[0].objectives[0].id == before.goals[0].objectives[0].id);

    // Revisions are evidence and cannot be edited.
    auto tamper = f.db->write({u"test"_s, u"tamper"_s}, [](Transaction &tx) -> Result<void> {
        auto r = tx.exec(u"UPDATE iep_revisions SET reason = 'x'"_s);
        if (!r)
            return r.error();
        return {};
    });
    CHECK_FALSE(tamper);
}

TEST_CASE("the status table allows exactly the documented transitions")
{
    CHECK(allowedIepTransitions(IepStatus::Draft) == QList<IepStatus>{IepStatus::Active});
    CHECK(allowedIepTransitions(IepStatus::Active) == QList<IepStatus>{IepStatus::Evaluation});
    CHECK(allowedIepTransitions(IepStatus::Evaluation) == QList<IepStatus>{IepStatus::Archived});
    CHECK(allowedIepTransitions(IepStatus::Archived).isEmpty());
    int legal = 0;
    for (IepStatus from : allIepStatuses())
        for (IepStatus to : allIepStatuses())
            legal += isIepTransitionAllowed(from, to) ? 1 : 0;
    CHECK(legal == 3);
    CHECK(isIepEditable(IepStatus::Draft));
    CHECK_FALSE(isIepEditable(IepStatus::Active));
    for (IepStatus s : allIepStatuses())
        CHECK(iepStatusFromKey(iepStatusKey(s)) == s);
    CHECK(iepStatusChinese(IepStatus::Evaluation) == u"期末评估"_s);
}

TEST_CASE("the repository walks the workflow and refuses every illegal step with a reason")
{
    Fixture f;
    auto id = f.ieps.create(f.student, f.autumn, completeContent());
    REQUIRE(id);
    auto early = f.ieps.startEvaluation(*id);
    REQUIRE_FALSE(early);
    CHECK(early.error().code == ErrorCode::Conflict);
    CHECK_FALSE(early.error().message.isEmpty());
    CHECK_FALSE(f.ieps.archive(*id));
    CHECK_FALSE(f.ieps.revise(*id, completeContent(), u"原因"_s, u"王老师"_s, QDate(2026, 9, 20)));

    REQUIRE(f.ieps.activate(*id));
    CHECK_FALSE(f.ieps.activate(*id));
    CHECK_FALSE(f.ieps.archive(*id));
    const qint64 objective = f.firstObjective(*id);
    CHECK_FALSE(f.ieps.recordEvaluation(*id, {{objective, ProgressMark::Pass, Achievement::Achieved, {}, 1}}));

    REQUIRE(f.ieps.startEvaluation(*id));
    CHECK(f.ieps.byId(*id)->status == IepStatus::Evaluation);
    CHECK_FALSE(f.ieps.save(*id, completeContent()));
    CHECK_FALSE(f.ieps.revise(*id, completeContent(), u"原因"_s, u"王老师"_s, QDate(2027, 1, 5)));
    CHECK_FALSE(f.ieps.recordEvaluation(*id, {{99999, ProgressMark::Pass, Achievement::Achieved, {}, 0}}));
    CHECK_FALSE(f.ieps.recordEvaluation(*id, {{objective, ProgressMark::Pass, Achievement::Achieved, {}, 3}}));

    REQUIRE(f.ieps.recordEvaluation(*id, {{objective, ProgressMark::Pass, Achievement::Achieved, u"稳定达成"_s, 1}}));
    auto unmarked = f.ieps.archive(*id);       // the second objective has no mark yet
    REQUIRE_FALSE(unmarked);
    CHECK(unmarked.error().message.contains(u"2.1"_s));
    const qint64 second = f.ieps.byId(*id)->content.goals[1].objectives[0].id;
    REQUIRE(f.ieps.recordEvaluation(*id, {{second, ProgressMark::Continue, Achievement::MostlyAchieved, {}, 0}}));
    REQUIRE(f.ieps.archive(*id));

    const Iep archived = *f.ieps.byId(*id);
    CHECK(archived.status == IepStatus::Archived);
    const IepObjective &first = archived.content.goals[0].objectives[0];
    CHECK(first.result == ProgressMark::Pass);
    CHECK(first.achievement == Achievement::Achieved);
    CHECK(first.resultComment == u"稳定达成"_s);
    CHECK(first.gasLevel == 1);
    auto finished = f.ieps.startEvaluation(*id);
    REQUIRE_FALSE(finished);
    CHECK(finished.error().message.contains(iepStatusLabel(IepStatus::Archived)));
    CHECK_FALSE(f.ieps.activate(*id));
    CHECK_FALSE(f.ieps.save(*id, completeContent()));
    CHECK_FALSE(f.ieps.activate(424242));
}

TEST_CASE("a new semester's draft is copied from the latest earlier plan without its results")
{
    Fixture f;
    const qint64 spring = spring2027(f.db);
    auto none = f.ieps.copyFromPrevious(f.student, f.autumn);
    REQUIRE_FALSE(none);
    CHECK(none.error().code == ErrorCode::NotFound);

    const qint64 old = f.activeIep();
    REQUIRE(ObjectiveDataRepository(f.db).addPoint({0, f.firstObjective(old), QDate(2026, 10, 8), 60.0, {}, 0}));
    REQUIRE(f.ieps.startEvaluation(old));
    QList<ObjectiveEvaluation> results;
    const Iep evaluated = *f.ieps.byId(old);
    for (const IepGoal &g : evaluated.content.goals)
        for (const IepObjective &o : g.objectives)
            results.append({o.id, ProgressMark::Continue, Achievement::MostlyAchieved, u"继续"_s, 0});
    REQUIRE(f.ieps.recordEvaluation(old, results));
    REQUIRE(f.ieps.archive(old));

    auto copy = f.ieps.copyFromPrevious(f.student, spring);
    REQUIRE(copy);
    const Iep fresh = *f.ieps.byId(*copy);
    CHECK(fresh.status == IepStatus::Draft);
    CHECK(fresh.semesterId == spring);
    CHECK(fresh.createdFromIepId == old);
    const IepContent source = completeContent();
    CHECK(fresh.content.team == source.team);
    CHECK(fresh.content.services == source.services);
    CHECK(fresh.content.accommodations == source.accommodations);
    REQUIRE(fresh.content.goals.size() == 2);
    CHECK(fresh.content.goals[0].longTerm == source.goals[0].longTerm);
    const IepObjective &o = fresh.content.goals[0].objectives[0];
    CHECK(o.behaviour == source.goals[0].objectives[0].behaviour);
    CHECK(o.result == ProgressMark::None);
    CHECK(o.achievement == Achievement::None);
    CHECK(o.resultComment.isEmpty());
    CHECK_FALSE(o.gasLevel.has_value());
    CHECK(ObjectiveDataRepository(f.db).points(o.id)->isEmpty());
    // Dates move by the distance between the semesters' first days (172 days).
    CHECK(o.deadline == QDate(2026, 11, 30).addDays(172));
    CHECK(o.start == QDate(2027, 2, 20).addDays(6));
    for (const QDate &d : fresh.content.reviewDates)
        CHECK((d >= QDate(2027, 2, 20) && d <= QDate(2027, 7, 10)));
    CHECK_FALSE(fresh.content.meetingDate.isValid());
    // The old plan is untouched.
    CHECK(f.ieps.byId(old)->content.goals[0].objectives[0].result == ProgressMark::Continue);

    auto again = f.ieps.copyFromPrevious(f.student, spring);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Conflict);
}

TEST_CASE("one action is one transaction: a failing step leaves nothing behind")
{
    Fixture f;
    // The service names a room that does not exist: the plan itself is not kept either.
    IepContent content = completeContent();
    content.services.first().roomId = 999;
    CHECK_FALSE(f.ieps.create(f.student, f.autumn, content));
    CHECK(countRows(f.db, u"ieps"_s) == 0);
    CHECK(countRows(f.db, u"iep_goals"_s) == 0);
    CHECK(countRows(f.db, u"iep_team"_s) == 0);

    // A revision that would drop an objective with data is refused whole:
    // no revision row, the content as it was.
    const qint64 id = f.activeIep();
    REQUIRE(ObjectiveDataRepository(f.db).addPoint({0, f.firstObjective(id), QDate(2026, 9, 20), 40.0, {}, 0}));
    const IepContent before = f.ieps.byId(id)->content;
    IepContent dropped = before;
    dropped.team.append({TeamRole::HeadTeacher, u"李老师"_s});
    dropped.goals.removeFirst();
    auto refused = f.ieps.revise(id, dropped, u"删去数学目标"_s, u"王老师"_s, QDate(2026, 10, 1));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(f.ieps.revisions(id)->isEmpty());
    CHECK(f.ieps.byId(id)->content == before);
    CHECK(ObjectiveDataRepository(f.db).points(f.firstObjective(id))->size() == 1);
}

TEST_CASE("progress data are recorded only while the plan is in effect")
{
    Fixture f;
    auto draft = f.ieps.create(f.student, f.autumn, completeContent());
    REQUIRE(draft);
    ObjectiveDataRepository data(f.db);
    const qint64 objective = f.firstObjective(*draft);
    auto tooEarly = data.addPoint({0, objective, QDate(2026, 9, 8), 50.0, {}, 0});
    REQUIRE_FALSE(tooEarly);
    CHECK(tooEarly.error().code == ErrorCode::Conflict);

    REQUIRE(f.ieps.activate(*draft));
    REQUIRE(data.addPoint({0, objective, QDate(2026, 9, 15), 55.0, u"第二次"_s, 0}));
    auto firstPoint = data.addPoint({0, objective, QDate(2026, 9, 8), 50.0, u"基线"_s, 0});
    REQUIRE(firstPoint);
    REQUIRE(data.addPoint({0, objective, QDate(2026, 9, 22), 62.5, {}, 0}));
    CHECK_FALSE(data.addPoint({0, objective, QDate(2026, 9, 29), 150.0, {}, 0}));   // 正确率 above 100
    CHECK_FALSE(data.addPoint({0, objective, QDate(), 50.0, {}, 0}));
    CHECK_FALSE(data.addPoint({0, 99999, QDate(2026, 9, 29), 50.0, {}, 0}));

    const auto points = data.points(objective);
    REQUIRE(points);
    REQUIRE(points->size() == 3);
    CHECK(points->first().date == QDate(2026, 9, 8));
    CHECK(points->first().note == u"基线"_s);
    CHECK(points->last().value == 62.5);
    CHECK(*data.pointCount(objective) == 3);
    const QList<DataPoint> series = toDataPoints(*points);
    CHECK(series.size() == 3);
    CHECK(series.at(1).value == 55.0);

    REQUIRE(data.addPhaseChange({0, objective, QDate(2026, 9, 20), u"改用实物教学"_s}));
    REQUIRE(data.phaseChanges(objective)->size() == 1);
    CHECK(data.phaseChanges(objective)->first().note == u"改用实物教学"_s);

    REQUIRE(data.removePoint(*firstPoint));
    CHECK(data.points(objective)->size() == 2);

    REQUIRE(f.ieps.startEvaluation(*draft));
    CHECK_FALSE(data.addPoint({0, objective, QDate(2026, 12, 1), 70.0, {}, 0}));
    CHECK_FALSE(data.removePoint(data.points(objective)->first().id));
    CHECK_FALSE(data.addPhaseChange({0, objective, QDate(2026, 12, 1), {}}));
    CHECK(data.points(objective)->size() == 2);
}

TEST_CASE("reminders are computed from plans, data and assessments on a fixed day")
{
    const QDate today(2026, 11, 20);
    Semester current;
    current.id = 7;
    current.name = u"2026年秋季学期"_s;
    current.start = QDate(2026, 9, 1);
    current.end = QDate(2027, 1, 20);

    ReminderInput input;
    input.students = {{1, u"甲"_s}, {2, u"乙"_s}, {3, u"丙"_s}};
    input.currentSemester = current;
    Iep a;
    a.id = 10;
    a.studentId = 1;
    a.semesterId = 7;
    a.status = IepStatus::Active;
    a.content = completeContent();
    a.content.reviewDates = {QDate(2026, 11, 25), QDate(2026, 12, 15), QDate(2026, 11, 1)};
    a.content.goals[0].objectives[0].id = 100;
    a.content.goals[0].objectives[0].deadline = QDate(2026, 11, 10);   // past, no data
    a.content.goals[1].objectives[0].id = 101;
    a.content.goals[1].objectives[0].deadline = QDate(2026, 11, 15);   // past, has data
    Iep b = a;                                                           // a draft: no plan in effect
    b.id = 11;
    b.studentId = 2;
    b.status = IepStatus::Draft;
    input.ieps = {a, b};
    input.pointCounts = {{101, 4}};
    Assessment old;
    old.studentId = 3;
    old.instrument = Instrument::Crt;
    old.date = QDate(2025, 11, 1);
    Assessment recent = old;
    recent.instrument = Instrument::AdaptiveBehaviour;
    recent.date = QDate(2026, 3, 1);
    Assessment test = old;
    test.instrument = Instrument::Academic;
    input.latestAssessments = {old, recent, test};

    const QList<IepReminder> list = computeReminders(input, today);
    QList<ReminderKind> kinds;
    for (const IepReminder &r : list)
        kinds.append(r.kind);
    CHECK(kinds.count(ReminderKind::ReviewDue) == 1);              // 25 Nov only: 15 Dec is too far, 1 Nov past
    CHECK(kinds.count(ReminderKind::ObjectiveWithoutData) == 1);
    CHECK(kinds.count(ReminderKind::NoActiveIep) == 2);            // 乙 (draft) and 丙 (none)
    CHECK(kinds.count(ReminderKind::AssessmentOutdated) == 1);     // the CRT; the class test does not count
    for (const IepReminder &r : list) {
        CHECK_FALSE(r.text.isEmpty());
        CHECK_FALSE(r.studentName.isEmpty());
        if (r.kind == ReminderKind::ReviewDue)
            CHECK((r.studentId == 1 && r.date == QDate(2026, 11, 25)));
        if (r.kind == ReminderKind::ObjectiveWithoutData)
            CHECK(r.date == QDate(2026, 11, 10));
        if (r.kind == ReminderKind::AssessmentOutdated)
            CHECK((r.studentId == 3 && r.studentName == u"丙"_s));
    }
    for (int i = 1; i < list.size(); ++i)
        CHECK(list.at(i - 1).date <= list.at(i).date);

    // Exactly 14 days ahead is still announced; 15 is not.
    input.currentSemester.reset();
    input.ieps = {a};
    input.ieps[0].content.goals.clear();
    input.latestAssessments.clear();
    input.ieps[0].content.reviewDates = {QDate(2026, 12, 4)};
    CHECK(computeReminders(input, today).size() == 1);
    input.ieps[0].content.reviewDates = {QDate(2026, 12, 5)};
    CHECK(computeReminders(input, today).isEmpty());
}

TEST_CASE("reminders are gathered from the data file with the clock's today")
{
    Fixture f;
    const qint64 other = addStudent(f.db, u"李思雨"_s);
    const qint64 id = f.activeIep();
    Assessment crt;
    crt.studentId = other;
    crt.instrument = Instrument::Crt;
    crt.date = QDate(2025, 6, 1);
    crt.results = {{u"iq"_s, 72}};
    REQUIRE(AssessmentRepository(f.db).add(crt));

    const FixedClock clock(QDate(2026, 12, 5));
    const auto list = iepReminders(f.db, clock);
    REQUIRE(list);
    int noPlan = 0, reviews = 0, noData = 0, outdated = 0;
    for (const IepReminder &r : *list) {
        noPlan += r.kind == ReminderKind::NoActiveIep ? 1 : 0;
        reviews += r.kind == ReminderKind::ReviewDue ? 1 : 0;
        noData += r.kind == ReminderKind::ObjectiveWithoutData ? 1 : 0;
        outdated += r.kind == ReminderKind::AssessmentOutdated ? 1 : 0;
    }
    CHECK(noPlan == 1);      // 李思雨
    CHECK(reviews == 1);     // 15 Dec
    CHECK(noData == 1);      // the 30 Nov objective
    CHECK(outdated == 1);
    REQUIRE(ObjectiveDataRepository(f.db).addPoint({0, f.firstObjective(id), QDate(2026, 11, 1), 70.0, {}, 0}));
    int stillNoData = 0;
    const auto again = iepReminders(f.db, clock);
    REQUIRE(again);
    for (const IepReminder &r : *again)
        stillNoData += r.kind == ReminderKind::ObjectiveWithoutData ? 1 : 0;
    CHECK(stillNoData == 0);
}

TEST_CASE("activation lists every missing item at once: meeting date, team, present levels, service minutes")
{
    Fixture f;
    SchoolProfile profile = *SettingsRepository(f.db).profile();
    profile.schoolName = u"实验小学"_s;
    profile.teacherName = u"王老师"_s;
    profile.currentSemesterId = f.autumn;
    REQUIRE(SettingsRepository(f.db).saveProfile(profile));
    auto id = f.ieps.create(f.student, f.autumn);
    REQUIRE(id);
    IepContent c = completeContent();
    REQUIRE(activationProblems(c, u"王老师"_s).isEmpty());

    c.meetingDate = QDate();
    c.team = {{TeamRole::ResourceTeacher, u"王老师"_s}};          // the author alone
    c.presentLevels = {{GoalDomain::Mathematics, u"能数到20"_s}};  // 社会交往 has a goal but no level
    c.services.clear();
    const QStringList problems = activationProblems(c, u"王老师"_s);
    REQUIRE(problems.size() == 4);
    CHECK(problems.at(0) == QCoreApplication::translate("rr::Iep", "The date of the IEP meeting is missing."));
    CHECK(problems.at(1) == QCoreApplication::translate("rr::Iep", "The team has no member besides the author (%1).").arg(u"王老师"_s));
    CHECK(problems.at(2).contains(goalDomainLabel(GoalDomain::Social)));
    CHECK_FALSE(problems.at(2).contains(goalDomainLabel(GoalDomain::Mathematics)));
    CHECK(problems.at(3) == QCoreApplication::translate("rr::Iep", "There is no service with minutes per week."));
    // Without knowing the author, the one member counts as a team.
    CHECK(activationProblems(c).size() == 3);

    REQUIRE(f.ieps.save(*id, c));
    CHECK(*f.ieps.activationProblems(*id) == problems);   // the author is the profile's teacher
    auto refused = f.ieps.activate(*id);
    REQUIRE_FALSE(refused);
    for (const QString &problem : problems)
        CHECK(refused.error().message.contains(problem));
    CHECK(f.ieps.byId(*id)->status == IepStatus::Draft);

    // Fixed one by one, each item leaves the list.
    c.meetingDate = QDate(2026, 9, 10);
    c.team.append({TeamRole::HeadTeacher, u"李老师"_s});
    REQUIRE(f.ieps.save(*id, c));
    CHECK(f.ieps.activationProblems(*id)->size() == 2);
    c.presentLevels.append({GoalDomain::Social, u"很少主动交往"_s});
    c.services = {{ServiceType::IndividualTraining, 40, u"王老师"_s, 0}};
    REQUIRE(f.ieps.save(*id, c));
    CHECK(f.ieps.activationProblems(*id)->isEmpty());
    REQUIRE(f.ieps.activate(*id));
    CHECK(f.ieps.byId(*id)->status == IepStatus::Active);
}
