// The overview's IEP reminders read for the whole school at once give what
// reading student by student gave, and a failed read is an error.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "assessment/AssessmentRepository.h"
#include "calendar/ScreenDate.h"
#include "calendar/SemesterRepository.h"
#include "common/Clock.h"
#include "iep/IepReminders.h"
#include "iep/IepRepository.h"
#include "iep/ObjectiveData.h"
#include "students/StudentRepository.h"

#include <QCoreApplication>
#include <algorithm>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

struct School {
    std::unique_ptr<test::TempDatabase> temp = test::makeTempDatabase();
    std::shared_ptr<Database> db = temp->db;

    qint64 semester(const QString &name, SemesterKind kind, int schoolYear, QDate start, QDate end)
    {
        Semester s;
        s.name = name;
        s.kind = kind;
        s.schoolYear = schoolYear;
        s.start = start;
        s.end = end;
        auto id = SemesterRepository(db).add(s);
        REQUIRE(id);
        return *id;
    }
    qint64 student(const QString &name, int grade, const QString &className)
    {
        Student s;
        s.name = name;
        s.grade = grade;
        s.className = className;
        auto id = StudentRepository(db).add(s);
        REQUIRE(id);
        return *id;
    }
    // A plan that may take effect: one goal, one objective per deadline.
    qint64 plan(qint64 studentId, qint64 semesterId, const QList<QDate> &reviews, const QList<QDate> &deadlines)
    {
        IepContent c;
        c.meetingDate = QDate(2026, 3, 1);
        c.reviewDates = reviews;
        c.team = {{TeamRole::ResourceTeacher, u"王老师"_s}, {TeamRole::Parent, u"家长"_s}};
        c.presentLevels = {{GoalDomain::Mathematics, u"能数到20"_s}};
        IepGoal g;
        g.domain = GoalDomain::Mathematics;
        g.longTerm = u"掌握20以内加法"_s;
        for (int i = 0; i < deadlines.size(); ++i) {
            IepObjective o;
            o.behaviour = u"目标%1"_s.arg(i + 1);
            o.criterion = u"正确率80%以上"_s;
            o.deadline = deadlines.at(i);
            o.methods = u"O"_s;
            o.goalValue = 80.0;
            g.objectives.append(o);
        }
        c.goals = {g};
        c.services = {{ServiceType::IndividualTraining, 60, u"王老师"_s, 0}};
        auto id = IepRepository(db).create(studentId, semesterId, c);
        REQUIRE(id);
        return *id;
    }
    void activate(qint64 iepId)
    {
        REQUIRE(db->write({u"test"_s, u"activate"_s},
                          [&](Transaction &tx) { return IepRepository::activate(tx, iepId, u"王老师"_s); }));
    }
    QList<qint64> objectives(qint64 iepId)
    {
        auto iep = IepRepository(db).byId(iepId);
        REQUIRE(iep);
        QList<qint64> ids;
        for (const IepObjective &o : iep->content.goals.at(0).objectives)
            ids.append(o.id);
        return ids;
    }
    void archive(qint64 iepId)
    {
        IepRepository ieps(db);
        REQUIRE(ieps.startEvaluation(iepId));
        QList<ObjectiveEvaluation> marks;
        for (qint64 id : objectives(iepId))
            marks.append({id, ProgressMark::Pass, Achievement::Achieved, {}, {}});
        REQUIRE(ieps.recordEvaluation(iepId, marks));
        REQUIRE(ieps.archive(iepId));
    }
    void point(qint64 objectiveId, QDate date)
    {
        REQUIRE(ObjectiveDataRepository(db).addPoint({0, objectiveId, date, 60.0, {}, 0}));
    }
    void assessment(qint64 studentId, Instrument instrument, QDate date)
    {
        Assessment a;
        a.studentId = studentId;
        a.instrument = instrument;
        a.date = date;
        switch (instrument) {
        case Instrument::Crt: a.results = {{u"iq"_s, 72}}; break;
        case Instrument::SocialLife: a.results = {{u"standard"_s, 9}}; break;
        case Instrument::AdaptiveBehaviour: a.results = {{u"adq"_s, 80}}; break;
        case Instrument::Academic: a.results = {{u"subject"_s, u"数学"_s}, {u"score"_s, 60}, {u"full_marks"_s, 100}}; break;
        default: break;
        }
        REQUIRE(AssessmentRepository(db).add(a));
    }

    // The reminders as they were worked out before: every plan, data count
    // and assessment read student by student.
    QList<IepReminder> studentByStudent(const QDate &today)
    {
        ReminderInput input;
        const auto semester = SemesterRepository(db).containing(today);
        REQUIRE(semester);
        input.currentSemester = *semester;
        const IepRepository ieps(db);
        const ObjectiveDataRepository data(db);
        const AssessmentRepository assessments(db);
        const auto students = StudentRepository(db).summaries();
        REQUIRE(students);
        for (const StudentSummary &s : *students) {
            input.students.append({s.id, s.name});
            const auto plans = ieps.forStudent(s.id);
            REQUIRE(plans);
            for (const Iep &iep : *plans) {
                input.ieps.append(iep);
                if (iep.status == IepStatus::Active)
                    for (const IepGoal &g : iep.content.goals)
                        for (const IepObjective &o : g.objectives) {
                            const auto count = data.pointCount(o.id);
                            REQUIRE(count);
                            input.pointCounts.insert(o.id, *count);
                        }
            }
            const auto latest = assessments.latestPerInstrument(s.id);
            REQUIRE(latest);
            input.latestAssessments.append(*latest);
        }
        return computeReminders(input, today);
    }
};

IepReminder review(qint64 student, const QString &name, QDate date)
{
    return {ReminderKind::ReviewDue, student, name,
            QCoreApplication::translate("rr::Iep", "IEP review due on %1.").arg(screenDate(date)), date};
}

IepReminder withoutData(qint64 student, const QString &name, const QString &objective, QDate deadline)
{
    return {ReminderKind::ObjectiveWithoutData, student, name,
            QCoreApplication::translate("rr::Iep", "The objective \"%1\" passed its deadline (%2) without any data.")
                .arg(objective, screenDate(deadline)),
            deadline};
}

IepReminder noPlan(qint64 student, const QString &name, const QString &semester, QDate start)
{
    return {ReminderKind::NoActiveIep, student, name,
            QCoreApplication::translate("rr::Iep", "No IEP in effect for %1.").arg(semester), start};
}

IepReminder outdated(qint64 student, const QString &name, Instrument instrument, QDate date)
{
    return {ReminderKind::AssessmentOutdated, student, name,
            QCoreApplication::translate("rr::Iep", "The last %1 is more than a year old (%2).")
                .arg(instrumentLabel(instrument), screenDate(date)),
            date};
}

} // namespace

TEST_CASE("the reminders of a small school are those the student-by-student reading gave")
{
    School s;
    const qint64 spring = s.semester(u"2026年春季学期"_s, SemesterKind::Spring, 2025, QDate(2026, 2, 20), QDate(2026, 7, 10));
    const qint64 autumn = s.semester(u"2026年秋季学期"_s, SemesterKind::Autumn, 2026, QDate(2026, 9, 1), QDate(2027, 1, 20));
    // The overview lists them by grade, class and name: 赵, 张, 李, 王.
    const qint64 zhang = s.student(u"张小明"_s, 2, u"1班"_s);
    const qint64 li = s.student(u"李思雨"_s, 3, u"1班"_s);
    const qint64 wang = s.student(u"王乐乐"_s, 3, u"2班"_s);
    const qint64 zhao = s.student(u"赵一鸣"_s, 1, u"1班"_s);

    // 张小明: last semester's plan archived (its dates remind of nothing);
    // this semester's in effect: a review in 5 days and one in a month, an
    // objective past its deadline without data, one with data, one ahead.
    const qint64 zhangSpring = s.plan(zhang, spring, {QDate(2026, 11, 21)}, {QDate(2026, 5, 1)});
    s.activate(zhangSpring);
    s.archive(zhangSpring);
    const qint64 zhangAutumn = s.plan(zhang, autumn, {QDate(2026, 11, 25), QDate(2026, 12, 20)},
                                      {QDate(2026, 11, 10), QDate(2026, 11, 15), QDate(2026, 12, 31)});
    s.activate(zhangAutumn);
    s.point(s.objectives(zhangAutumn).at(1), QDate(2026, 10, 8));
    // 李思雨: only a draft this semester; an outdated CRT (an older one too)
    // and a recent adaptive-behaviour scale.
    s.plan(li, autumn, {QDate(2026, 11, 22)}, {QDate(2026, 10, 1)});
    s.assessment(li, Instrument::Crt, QDate(2024, 1, 10));
    s.assessment(li, Instrument::Crt, QDate(2025, 6, 1));
    s.assessment(li, Instrument::AdaptiveBehaviour, QDate(2026, 3, 1));
    // 王乐乐: no plan at all; an old class test (never reminded) and an outdated S-M scale.
    s.assessment(wang, Instrument::Academic, QDate(2024, 6, 20));
    s.assessment(wang, Instrument::SocialLife, QDate(2025, 10, 1));
    // 赵一鸣: last semester's plan still in effect (a review, and an objective
    // due on this semester's first day), this semester's under evaluation.
    const qint64 zhaoSpring = s.plan(zhao, spring, {QDate(2026, 11, 22)}, {QDate(2026, 9, 1)});
    s.activate(zhaoSpring);
    const qint64 zhaoAutumn = s.plan(zhao, autumn, {QDate(2026, 11, 23)}, {QDate(2026, 10, 1)});
    s.activate(zhaoAutumn);
    REQUIRE(IepRepository(s.db).startEvaluation(zhaoAutumn));

    // What the student-by-student reading gave on 20 November, in order: by
    // date, and on one date in the order they were found (plans first, by
    // student, then the students without a plan, then the assessments).
    const QString semester = u"2026年秋季学期"_s;
    const QList<IepReminder> expected{
        outdated(li, u"李思雨"_s, Instrument::Crt, QDate(2025, 6, 1)),
        outdated(wang, u"王乐乐"_s, Instrument::SocialLife, QDate(2025, 10, 1)),
        withoutData(zhao, u"赵一鸣"_s, u"目标1"_s, QDate(2026, 9, 1)),
        noPlan(li, u"李思雨"_s, semester, QDate(2026, 9, 1)),
        noPlan(wang, u"王乐乐"_s, semester, QDate(2026, 9, 1)),
        withoutData(zhang, u"张小明"_s, u"目标1"_s, QDate(2026, 11, 10)),
        review(zhao, u"赵一鸣"_s, QDate(2026, 11, 22)),
        review(zhang, u"张小明"_s, QDate(2026, 11, 25)),
    };
    const FixedClock clock(QDate(2026, 11, 20));
    const auto reminders = iepReminders(s.db, clock);
    REQUIRE(reminders);
    CHECK(*reminders == expected);
    CHECK(s.studentByStudent(clock.today()) == expected);
}

TEST_CASE("the reminders of a large school read at once equal those read student by student")
{
    School s;
    const QDate today(2026, 11, 20);
    const qint64 previous =
        s.semester(u"2026年春季学期"_s, SemesterKind::Spring, 2025, QDate(2026, 2, 20), QDate(2026, 7, 10));
    const qint64 current =
        s.semester(u"2026年秋季学期"_s, SemesterKind::Autumn, 2026, QDate(2026, 9, 1), QDate(2027, 1, 20));
    const Instrument instruments[] = {Instrument::Crt, Instrument::SocialLife, Instrument::AdaptiveBehaviour,
                                      Instrument::Academic};
    constexpr int kStudents = 150;
    for (int i = 0; i < kStudents; ++i) {
        // Repeated names and classes: the order of the list decides ties.
        const qint64 student = s.student(u"学生%1"_s.arg(i % 40), 1 + i % 6, u"%1班"_s.arg(1 + i % 3));
        // Review dates around the 14 days of notice, deadlines around today.
        const QList<QDate> reviews{today.addDays(i % 17 - 1), today.addDays(30 + i % 5)};
        const QList<QDate> deadlines{today.addDays(-(i % 9)), today.addDays(-20 - i % 4), today.addDays(i % 3)};
        if (i % 5 != 0) {   // every fifth has no plan last semester
            const qint64 old = s.plan(student, previous, reviews, deadlines);
            s.activate(old);
            if (i % 4 != 0)   // the others' stays in effect
                s.archive(old);
        }
        const qint64 plan = s.plan(student, current, reviews, deadlines);
        if (i % 7 != 0) {   // every seventh stays a draft
            s.activate(plan);
            if (i % 2 == 0)
                s.point(s.objectives(plan).at(i % 3), today.addDays(-30));
            if (i % 11 == 0)
                REQUIRE(IepRepository(s.db).startEvaluation(plan));
        }
        for (int a = 0; a < i % 5; ++a)
            s.assessment(student, instruments[(i + a) % 4], QDate(2025, 9, 1).addDays((i * 13 + a * 97) % 300));
        if (i % 13 == 0) {   // two on one day: the one stored last counts
            s.assessment(student, Instrument::Crt, QDate(2025, 11, 3));
            s.assessment(student, Instrument::Crt, QDate(2025, 11, 3));
        }
    }
    s.student(u"没有计划的学生"_s, 1, u"1班"_s);

    const auto reminders = iepReminders(s.db, FixedClock(today));
    REQUIRE(reminders);
    const QList<IepReminder> expected = s.studentByStudent(today);
    CHECK(reminders->size() > kStudents);
    for (ReminderKind kind : {ReminderKind::ReviewDue, ReminderKind::ObjectiveWithoutData, ReminderKind::NoActiveIep,
                              ReminderKind::AssessmentOutdated})
        CHECK(std::any_of(expected.cbegin(), expected.cend(), [&](const IepReminder &r) { return r.kind == kind; }));
    CHECK(*reminders == expected);
}

TEST_CASE("a reminder read that fails is an error, not an empty list")
{
    const auto schoolWithAPlan = [](School &s) {
        const qint64 autumn =
            s.semester(u"2026年秋季学期"_s, SemesterKind::Autumn, 2026, QDate(2026, 9, 1), QDate(2027, 1, 20));
        s.activate(s.plan(s.student(u"张小明"_s, 2, u"1班"_s), autumn, {QDate(2026, 11, 25)}, {QDate(2026, 11, 1)}));
    };
    School s;
    schoolWithAPlan(s);
    for (const char *table : {"progress_points", "assessments", "iep_review_dates"}) {
        School broken;
        schoolWithAPlan(broken);
        REQUIRE(broken.db->write({u"test"_s, u"damage"_s}, [&](Transaction &tx) {
            return run(tx, u"DROP TABLE "_s + QString::fromLatin1(table));
        }));
        const auto reminders = iepReminders(broken.db, FixedClock(QDate(2026, 11, 20)));
        INFO(table);
        REQUIRE_FALSE(reminders);
        CHECK(reminders.error().code == ErrorCode::Storage);
    }
    const auto fine = iepReminders(s.db, FixedClock(QDate(2026, 11, 20)));
    REQUIRE(fine);
    CHECK(fine->size() == 2);   // the review and the objective without data
}
