#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "calendar/SemesterRepository.h"
#include "common/Clock.h"
#include "family/FamilySettings.h"
#include "iep/IepRepository.h"
#include "inspection/CheckedPeriods.h"
#include "inspection/InspectionReport.h"
#include "inspection/InspectionRepository.h"
#include "inspection/Inspector.h"
#include "rooms/RoomRepository.h"
#include "rooms/RoomRuleRepository.h"
#include "staff/StaffRepository.h"
#include "students/StudentRepository.h"
#include "timetable/TimetableRepository.h"
#include "training/SessionRepository.h"
#include "usage/RoomUsageRepository.h"

#include <QSet>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kRecordRule = u"使用后按要求填写操作记录。"_s;
const QDate kFrom(2026, 3, 2);     // Monday of teaching week 1
const QDate kTo(2026, 4, 5);       // Sunday of teaching week 5

Semester spring()
{
    Semester s;
    s.name = u"2026年春季学期"_s;
    s.kind = SemesterKind::Spring;
    s.schoolYear = 2025;
    s.start = QDate(2026, 3, 2);
    s.end = QDate(2026, 7, 10);
    return s;
}

IepContent plan(const QList<IepService> &services)
{
    IepContent c;
    c.meetingDate = QDate(2026, 3, 2);
    c.team = {{TeamRole::ResourceTeacher, u"王老师"_s}};
    IepObjective o;
    o.behaviour = u"每天完成5道10以内加减法"_s;
    o.criterion = u"正确率80%以上"_s;
    o.deadline = QDate(2026, 6, 30);
    IepGoal goal;
    goal.domain = GoalDomain::Mathematics;
    goal.longTerm = u"掌握20以内加减法"_s;
    goal.objectives = {o};
    c.goals = {goal};
    c.presentLevels = {{GoalDomain::Mathematics, u"能数到20"_s}};
    c.services = services;
    return c;
}

// A school whose five weeks of records hold exactly one planted problem per
// rule (two for the signature rule), and nothing else wrong:
//   weekly      丙 absent on Thursday 19 March, his only session of week 3
//   counselling 丙's plan has counselling; March has only a group session
//   fields      甲's record of Wednesday 11 March has no results
//   signature   乙's record of Tuesday 17 March signed on 23 March (2 days allowed);
//               甲's record of Monday 30 March never signed (3 days allowed)
//   minutes     乙 came 20 minutes late three times: 140 of 200 minutes, 70%
//   unrecorded  甲's Wednesday 25 March session has no record; 丁 used the
//               sensory room on 12 March without a record
struct School {
    std::unique_ptr<test::TempDatabase> temp = test::makeTempDatabase();
    std::shared_ptr<Database> db = temp->db;
    std::shared_ptr<FixedClock> clock = std::make_shared<FixedClock>(QDate(2026, 3, 2));
    SessionRepository sessions{db, clock};
    qint64 semester = 0;
    qint64 individualRoom = 0, resourceRoom = 0, sensoryRoom = 0, meetingRoom = 0;
    qint64 wang = 0, li = 0;
    qint64 jia = 0, yi = 0, bing = 0, ding = 0;
    qint64 slotA = 0, slotB = 0, slotC = 0, slotD = 0;
    qint64 usageDing = 0;

    School()
    {
        REQUIRE(db);
        auto sem = SemesterRepository(db).add(spring());
        REQUIRE(sem);
        semester = *sem;
        // These inspections are about training records; the family contact rule has its own tests.
        REQUIRE(saveContactsPerMonth(db, 0));
        individualRoom = room(u"个训室"_s, 2, 3);
        resourceRoom = room(u"资源教室"_s, 8, 2);
        sensoryRoom = room(u"感统训练室"_s, 6, 1);
        meetingRoom = room(u"多功能室"_s, 30, 0);
        wang = staff(u"王老师"_s);
        li = staff(u"李老师"_s);
        jia = student(u"甲"_s, NeedCategory::Intellectual);
        yi = student(u"乙"_s, NeedCategory::Hearing);
        bing = student(u"丙"_s, NeedCategory::Autism);
        ding = student(u"丁"_s, NeedCategory::Learning);
        activePlan(jia, {{ServiceType::IndividualTraining, 40, u"王老师"_s, 0}});
        activePlan(yi, {{ServiceType::Rehabilitation, 40, u"李老师"_s, 0}});
        activePlan(bing, {{ServiceType::IndividualTraining, 40, u"李老师"_s, 0}, {ServiceType::Counselling, 20, u"李老师"_s, 0}});
        REQUIRE(IepRepository(db).create(ding, semester, plan({{ServiceType::IndividualTraining, 40, {}, 0}})));   // a draft

        slotA = slot(1, QTime(10, 0), individualRoom, wang, jia, ServiceType::IndividualTraining, u"数学个训"_s);
        slotB = slot(3, QTime(10, 0), individualRoom, wang, jia, ServiceType::IndividualTraining, u"语文个训"_s);
        slotC = slot(2, QTime(14, 0), resourceRoom, li, yi, ServiceType::Rehabilitation, u"康复训练"_s);
        slotD = slot(4, QTime(15, 0), individualRoom, li, bing, ServiceType::IndividualTraining, u"个训"_s);

        for (QDate day = kFrom; day <= QDate(2026, 4, 3); day = day.addDays(1)) {
            if (day.dayOfWeek() > 5)
                continue;
            clock->set(QDateTime(day, QTime(8, 0)));
            auto made = sessions.createFromTimetable(day);
            REQUIRE(made);
            REQUIRE(made->refused.isEmpty());
            for (qint64 id : made->created)
                writeUp(id);
        }
        // Ad hoc: 甲 in the sensory room on 13 March; a counselling group on 26 March.
        TrainingSession sensory = adHoc(QDate(2026, 3, 13), QTime(11, 0), sensoryRoom, wang, {jia}, ServiceType::SensoryTraining);
        TrainingSession group = adHoc(QDate(2026, 3, 26), QTime(16, 0), resourceRoom, li, {bing, ding}, ServiceType::Counselling);
        for (const TrainingSession &s : {sensory, group}) {
            auto id = sessions.create(s);
            REQUIRE(id);
            sign(*id, s.date, s.instructorId);
        }
        // Room uses by hand: the one unrecorded activity, and three that need no record.
        usageDing = use(UsageKind::StudentActivity, QDate(2026, 3, 12), sensoryRoom, {ding});
        use(UsageKind::StudentActivity, QDate(2026, 3, 13), sensoryRoom, {jia});   // 甲's ad hoc session covers it
        use(UsageKind::Visit, QDate(2026, 3, 16), sensoryRoom, {});
        use(UsageKind::StudentActivity, QDate(2026, 3, 18), meetingRoom, {yi});    // no record rule there
        clock->set(QDateTime(QDate(2026, 4, 8), QTime(9, 0)));
    }

    qint64 room(const QString &name, int capacity, int recordDays)
    {
        auto id = RoomRepository(db).add(Room{0, name, RoomType::ResourceRoom, capacity, {}});
        REQUIRE(id);
        QList<RoomRule> rules{RoomRule{0, *id, 0, u"训练需在老师指导下进行。"_s, RuleKind::TeacherLeads, 0}};
        if (recordDays > 0)
            rules.append(RoomRule{0, *id, 0, kRecordRule, RuleKind::RecordDue, recordDays});
        REQUIRE(RoomRuleRepository(db).replace(*id, recordDays > 0 ? rules : QList<RoomRule>{}));
        return *id;
    }
    qint64 staff(const QString &name)
    {
        auto id = db->writeReturningId({u"test"_s, u"staff"_s}, [&](Transaction &tx) {
            return StaffRepository::add(tx, StaffMember::withRole(name, StaffRole::ResourceTeacher));
        });
        REQUIRE(id);
        return *id;
    }
    qint64 student(const QString &name, NeedCategory need)
    {
        Student s;
        s.name = name;
        s.needs = {{need, isStandardCategory(need) ? 3 : 0, {}}};
        auto id = StudentRepository(db).add(s);
        INFO((id ? QString() : id.error().message).toStdString());
        REQUIRE(id);
        return *id;
    }
    void activePlan(qint64 studentId, const QList<IepService> &services)
    {
        IepRepository ieps(db);
        auto id = ieps.create(studentId, semester, plan(services));
        REQUIRE(id);
        REQUIRE(ieps.activate(*id));
    }
    qint64 slot(int weekday, QTime start, qint64 roomId, qint64 instructor, qint64 studentId, ServiceType service,
                const QString &content)
    {
        TimetableSlot s;
        s.semesterId = semester;
        s.weekday = weekday;
        s.start = start;
        s.end = start.addSecs(40 * 60);
        s.roomId = roomId;
        s.instructorId = instructor;
        s.studentIds = {studentId};
        s.service = service;
        s.content = content;
        auto id = TimetableRepository(db).addSlot(s);
        INFO((id ? QString() : id.error().message).toStdString());
        REQUIRE(id);
        return *id;
    }
    static void complete(TrainingSession &s)
    {
        s.content = u"按训练方案进行"_s;
        s.method = u"示范、练习"_s;
        for (SessionStudent &st : s.students)
            if (st.present()) {
                st.performance = u"配合良好"_s;
                st.results = u"完成本次目标"_s;
            }
    }
    TrainingSession adHoc(QDate date, QTime start, qint64 roomId, qint64 instructor, const QList<qint64> &students,
                          ServiceType service) const
    {
        TrainingSession s;
        s.date = date;
        s.start = start;
        s.end = start.addSecs(40 * 60);
        s.roomId = roomId;
        s.instructorId = instructor;
        s.service = service;
        s.kind = students.size() == 1 ? SessionKind::Individual : SessionKind::Group;
        for (qint64 id : students) {
            SessionStudent st;
            st.studentId = id;
            s.students.append(st);
        }
        complete(s);
        return s;
    }
    void sign(qint64 id, QDate on, qint64 signer)
    {
        const QDateTime before = clock->now();
        clock->set(QDateTime(on, QTime(17, 0)));
        auto signedOk = sessions.sign(id, signer);
        INFO((signedOk ? QString() : signedOk.error().message).toStdString());
        REQUIRE(signedOk);
        clock->set(before);
    }
    // The record of a timetabled session as its teacher writes it, with the planted slips.
    void writeUp(qint64 id)
    {
        TrainingSession s = *sessions.byId(id);
        const QDate d = s.date;
        if (s.slotId == slotB && d == QDate(2026, 3, 25)) {
            REQUIRE(sessions.removeDraft(id));
            return;
        }
        if (s.slotId == slotD && d == QDate(2026, 3, 19)) {
            s.students[0].attendance = Attendance::Absent;
            s.students[0].absenceReason = u"病假"_s;
        }
        complete(s);
        if (s.slotId == slotB && d == QDate(2026, 3, 11))
            s.students[0].results.clear();
        if (s.slotId == slotC && (d == QDate(2026, 3, 3) || d == QDate(2026, 3, 10) || d == QDate(2026, 3, 24))) {
            s.students[0].arrival = QTime(14, 20);
            s.students[0].departure = QTime(14, 40);
            s.students[0].handedOverTo = u"班主任"_s;
        }
        REQUIRE(sessions.saveDraft(s));
        if (s.slotId == slotA && d == QDate(2026, 3, 30))
            return;
        sign(id, s.slotId == slotC && d == QDate(2026, 3, 17) ? QDate(2026, 3, 23) : d, s.instructorId);
    }
    qint64 use(UsageKind kind, QDate date, qint64 roomId, const QList<qint64> &students)
    {
        RoomUsageEntry e;
        e.kind = kind;
        e.date = date;
        e.start = QTime(15, 0);
        e.end = QTime(15, 40);
        e.roomId = roomId;
        e.who = u"王老师"_s;
        e.purpose = u"课间活动"_s;
        e.studentIds = students;
        auto id = RoomUsageRepository(db).add(e);
        REQUIRE(id);
        return *id;
    }
    qint64 sessionOf(qint64 slotId, QDate date) const
    {
        auto s = sessions.forOccurrence(slotId, date).value();
        REQUIRE(s);
        return s->id;
    }
};

QSet<QString> keysOf(const QList<InspectionProblem> &problems)
{
    QSet<QString> keys;
    for (const InspectionProblem &p : problems)
        keys.insert(p.key);
    return keys;
}

InspectionRules only(ProblemKind kind)
{
    InspectionRules r;
    r.weeklySessions = kind == ProblemKind::WeeklySession;
    r.monthlyCounselling = kind == ProblemKind::MonthlyCounselling;
    r.requiredFields = kind == ProblemKind::MissingFields;
    r.signedInTime = kind == ProblemKind::LateSignature;
    r.deliveredMinutes = kind == ProblemKind::ShortMinutes;
    r.unrecordedUse = kind == ProblemKind::UnrecordedUse;
    return r;
}

} // namespace

TEST_CASE("an inspection checks whole teaching weeks and months that have ended", "[inspection]")
{
    Semester s = spring();
    s.id = 1;
    s.days = {{0, u"清明节"_s, QDate(2026, 4, 4), QDate(2026, 4, 6), false}};
    const auto weeks = checkedWeeks({s}, QDate(2026, 3, 4), QDate(2026, 4, 8));
    // Week 1 has school days in the range (from Wednesday); week 6 ends after the range.
    REQUIRE(weeks.size() == 5);
    CHECK(weeks.first() == CheckedWeek{1, 1, QDate(2026, 3, 2), QDate(2026, 3, 8)});
    CHECK(weeks.last().number == 5);
    CHECK(checkedMonths({s}, QDate(2026, 3, 4), QDate(2026, 4, 8)) == QList<CheckedMonth>{{1, QDate(2026, 3, 1), QDate(2026, 3, 31)}});
    CHECK(checkedWeeks({s}, QDate(2026, 3, 2), QDate(2026, 3, 7)).isEmpty());
    // A week of holidays only is not held to the weekly rule.
    s.days = {{0, u"假期"_s, QDate(2026, 3, 9), QDate(2026, 3, 15), false}};
    const auto withHoliday = checkedWeeks({s}, QDate(2026, 3, 2), QDate(2026, 3, 22));
    REQUIRE(withHoliday.size() == 2);
    CHECK(withHoliday.at(1).number == 3);
}

TEST_CASE("each rule finds exactly the problems planted for it, and nothing else", "[inspection]")
{
    School school;
    Inspector inspector(school.db, school.clock);
    auto run = inspector.run(kFrom, kTo, u"德育处"_s);
    REQUIRE(run);
    const InspectionResult &result = *run;
    for (const InspectionProblem &p : result.problems)
        INFO(p.message.toStdString());

    const qint64 jia0311 = school.sessionOf(school.slotB, QDate(2026, 3, 11));
    const qint64 yi0317 = school.sessionOf(school.slotC, QDate(2026, 3, 17));
    const qint64 jia0330 = school.sessionOf(school.slotA, QDate(2026, 3, 30));
    const QSet<QString> expected{
        u"weekly|%1|individual_training|2026-03-16"_s.arg(school.bing),
        u"counselling|%1|2026-03"_s.arg(school.bing),
        u"fields|%1|%2"_s.arg(jia0311).arg(school.jia),
        u"late|%1"_s.arg(yi0317),
        u"unsigned|%1"_s.arg(jia0330),
        u"minutes|%1|rehabilitation|%2"_s.arg(school.yi).arg(school.semester),
        u"occurrence|%1|2026-03-25"_s.arg(school.slotB),
        u"usage|%1"_s.arg(school.usageDing),
    };
    CHECK(keysOf(result.problems) == expected);
    CHECK(result.problems.size() == 8);
    CHECK(result.count(ProblemKind::WeeklySession) == 1);
    CHECK(result.count(ProblemKind::MonthlyCounselling) == 1);
    CHECK(result.count(ProblemKind::MissingFields) == 1);
    CHECK(result.count(ProblemKind::LateSignature) == 2);
    CHECK(result.count(ProblemKind::ShortMinutes) == 1);
    CHECK(result.count(ProblemKind::UnrecordedUse) == 2);
    CHECK(result.resolved.isEmpty());
    CHECK(result.previousId == 0);
    CHECK(result.inspector == u"德育处"_s);

    // Each rule alone finds its own problems and nothing else.
    for (ProblemKind kind : allProblemKinds()) {
        if (kind == ProblemKind::MonthlyFamilyContact)   // off in this school (see School()): test_family_checks
            continue;
        auto alone = inspector.run(kFrom, kTo, only(kind));
        REQUIRE(alone);
        INFO(problemKindKey(kind).toStdString());
        CHECK(alone->problems.size() == result.count(kind));
        CHECK(alone->count(kind) == result.count(kind));
        CHECK(alone->requirements.size() == 1);
    }

    // Who, whom and when, in the school's words.
    const InspectionProblem weekly = result.problemsOf(ProblemKind::WeeklySession).first();
    CHECK(weekly.studentId == school.bing);
    CHECK(weekly.studentName == u"丙"_s);
    CHECK(weekly.instructorId == school.li);
    CHECK(weekly.instructorName == u"李老师"_s);
    CHECK(weekly.date == QDate(2026, 3, 16));
    CHECK(weekly.message == u"第3周（3月16日—3月22日），丙无个别化训练记录（要求每周至少1次）。"_s);
    CHECK(result.problemsOf(ProblemKind::MonthlyCounselling).first().message
          == u"丙3月无一对一心理辅导记录（要求每月至少1次）。"_s);
    const InspectionProblem fields = result.problemsOf(ProblemKind::MissingFields).first();
    CHECK(fields.message == u"3月11日 甲的个别化训练记录缺少：训练效果。"_s);
    CHECK(fields.sessionId == jia0311);
    CHECK(fields.instructorId == school.wang);
    const auto signatures = result.problemsOf(ProblemKind::LateSignature);
    CHECK(signatures.at(0).message == u"3月17日 乙的康复训练记录于3月23日签字，超过规定的2天。"_s);
    CHECK(signatures.at(1).message == u"3月30日 甲的个别化训练记录未签字（应于4月2日前签字）。"_s);
    CHECK(result.problemsOf(ProblemKind::ShortMinutes).first().message
          == u"乙的康复训练：检查的5周应完成200分钟，实际完成140分钟（70.0%），低于计划的80%。"_s);
    const auto unrecorded = result.problemsOf(ProblemKind::UnrecordedUse);
    CHECK(unrecorded.at(0).message == u"3月12日 15:00—15:40 感统训练室 学生活动（丁）无训练记录，未落实“使用后按要求填写操作记录”。"_s);
    CHECK(unrecorded.at(0).studentId == school.ding);
    CHECK(unrecorded.at(1).message == u"3月25日 10:00—10:40 个训室 甲（语文个训）排课未见训练记录。"_s);
    CHECK(unrecorded.at(1).instructorId == school.wang);

    // 检查情况.
    CHECK(result.counts == InspectionCounts{4, 2, 21, 22, 5, 20, 4});

    // 整改要求: one per kind, due a week after the inspection.
    REQUIRE(result.requirements.size() == 6);
    for (const InspectionRequirement &r : result.requirements) {
        CHECK(r.due == QDate(2026, 4, 15));
        CHECK(r.text.contains(u"2026年4月15日"_s));
    }

    // A stricter school: two sessions a week, signature the same day, all minutes.
    InspectionRules strict;
    strict.sessionsPerWeek = 2;
    strict.minutesPercent = 100;
    strict.fixWithinDays = 3;
    auto stricter = inspector.run(kFrom, kTo, strict);
    REQUIRE(stricter);
    CHECK(stricter->count(ProblemKind::WeeklySession) > result.count(ProblemKind::WeeklySession));
    CHECK(stricter->count(ProblemKind::ShortMinutes) == 2);   // 丙 too: 160 of 200
    CHECK(stricter->requirements.first().due == QDate(2026, 4, 11));
    InspectionRules invalid;
    invalid.minutesPercent = 0;
    CHECK_FALSE(inspector.run(kFrom, kTo, invalid));
    CHECK_FALSE(inspector.run(kTo, kFrom));
}

TEST_CASE("the report speaks the school's words and names students, never their needs", "[inspection]")
{
    School school;
    auto run = Inspector(school.db, school.clock).run(kFrom, kTo, u"德育处"_s);
    REQUIRE(run);
    const InspectionReport report = inspectionReport(*run);
    CHECK(report.title == u"个别化训练记录检查反馈"_s);
    CHECK(report.scope == u"检查日期：2026年4月8日　检查范围：2026年3月2日至2026年4月5日　检查人：德育处"_s);
    CHECK(report.situation.contains(u"共检查学生4名、指导教师2名，训练记录21份（22人次），覆盖教学周5周，核对排课20节、功能室使用登记4次。"_s));
    CHECK(report.situation.contains(u"发现问题8项"_s));
    CHECK(report.situation.contains(u"训练记录未按时签字2项"_s));
    REQUIRE(report.problems.size() == 6);
    CHECK(report.problems.at(0).heading == u"（一）个别化训练未达到每周要求（1项）"_s);
    CHECK(report.problems.at(3).heading == u"（四）训练记录未按时签字（2项）"_s);
    CHECK(report.problems.at(3).lines.at(1) == u"2. 3月30日 甲的个别化训练记录未签字（应于4月2日前签字）。（指导教师：王老师）"_s);
    REQUIRE(report.requirements.size() == 6);
    CHECK(report.requirements.first().startsWith(u"1. 请相关指导教师于2026年4月15日前"_s));
    CHECK(report.followUp.isEmpty());

    const QString text = inspectionReportText(report);
    CHECK(text.contains(u"一、检查情况"_s));
    CHECK(text.contains(u"二、存在问题"_s));
    CHECK(text.contains(u"三、整改要求"_s));
    for (const NeedCategory need : {NeedCategory::Intellectual, NeedCategory::Hearing, NeedCategory::Autism,
                                    NeedCategory::Learning})
        CHECK_FALSE(text.contains(needChinese(need)));
}

TEST_CASE("a saved inspection reads back as issued and cannot be changed", "[inspection]")
{
    School school;
    auto run = Inspector(school.db, school.clock).run(kFrom, kTo, u"德育处"_s);
    REQUIRE(run);
    InspectionRepository repository(school.db);
    CHECK_FALSE(repository.latest().value());
    auto id = repository.save(*run);
    REQUIRE(id);
    InspectionResult expected = *run;
    expected.id = *id;
    CHECK(repository.byId(*id).value() == expected);
    CHECK(repository.latest().value() == expected);
    CHECK_FALSE(repository.save(expected));   // already saved
    const auto list = repository.list().value();
    REQUIRE(list.size() == 1);
    CHECK(list.first() == InspectionSummary{*id, QDate(2026, 4, 8), kFrom, kTo, u"德育处"_s, 8, 0});

    for (const QString &sql : {u"UPDATE inspections SET inspector = 'x'"_s, u"UPDATE inspection_problems SET message = 'x'"_s,
                               u"UPDATE inspection_requirements SET text = 'x'"_s}) {
        auto changed = school.db->write({u"test.raw"_s, u"raw"_s}, [&](Transaction &tx) -> Result<void> {
            auto q = tx.exec(sql);
            if (!q)
                return q.error();
            return {};
        });
        CHECK_FALSE(changed);
    }
    CHECK(repository.byId(*id).value() == expected);
}

TEST_CASE("a later inspection marks what was fixed and reports what cannot be fixed only once", "[inspection]")
{
    School school;
    Inspector inspector(school.db, school.clock);
    auto first = inspector.run(kFrom, kTo, u"德育处"_s);
    REQUIRE(first);
    auto firstId = InspectionRepository(school.db).save(*first);
    REQUIRE(firstId);

    // The corrections, on 13 April: 甲's results filled in by an amendment,
    // 甲's 30 March record signed, 25 March's record written and signed.
    school.clock->set(QDateTime(QDate(2026, 4, 13), QTime(9, 0)));
    const qint64 jia0311 = school.sessionOf(school.slotB, QDate(2026, 3, 11));
    TrainingSession amended = *school.sessions.byId(jia0311);
    amended.students[0].results = u"完成本次目标"_s;
    REQUIRE(school.sessions.amend(amended, u"按检查反馈补填训练效果"_s, u"王老师"_s, QDate(2026, 4, 13)));
    const qint64 jia0330 = school.sessionOf(school.slotA, QDate(2026, 3, 30));
    REQUIRE(school.sessions.sign(jia0330, school.wang));
    TrainingSession late = school.adHoc(QDate(2026, 3, 25), QTime(10, 0), school.individualRoom, school.wang, {school.jia},
                                        ServiceType::IndividualTraining);
    late.slotId = school.slotB;
    late.occurrenceDate = QDate(2026, 3, 25);
    auto lateId = school.sessions.create(late);
    REQUIRE(lateId);
    REQUIRE(school.sessions.sign(*lateId, school.wang));

    auto second = inspector.run(kFrom, kTo, u"德育处"_s);
    REQUIRE(second);
    CHECK(second->previousId == *firstId);
    for (const InspectionProblem &p : second->problems)
        INFO(p.message.toStdString());

    // 已整改: the three corrected problems.
    CHECK(keysOf(second->resolved)
          == QSet<QString>{u"fields|%1|%2"_s.arg(jia0311).arg(school.jia), u"unsigned|%1"_s.arg(jia0330),
                           u"occurrence|%1|2026-03-25"_s.arg(school.slotB)});
    for (const InspectionProblem &p : second->resolved)
        CHECK(p.status == ProblemStatus::Resolved);
    // Still open: the minutes and the unrecorded activity (仍未整改); new: the
    // record written late. The week without a session, the month without
    // counselling, 乙's late signature and the late signing of 甲's record
    // were reported last time and are not repeated.
    REQUIRE(second->problems.size() == 3);
    QHash<QString, ProblemStatus> status;
    for (const InspectionProblem &p : second->problems)
        status.insert(p.key, p.status);
    CHECK(status.value(u"minutes|%1|rehabilitation|%2"_s.arg(school.yi).arg(school.semester)) == ProblemStatus::Repeated);
    CHECK(status.value(u"usage|%1"_s.arg(school.usageDing)) == ProblemStatus::Repeated);
    CHECK(status.value(u"late|%1"_s.arg(*lateId)) == ProblemStatus::Open);
    CHECK(status.size() == 3);
    REQUIRE(second->requirements.size() == 3);
    CHECK(second->requirements.first().due == QDate(2026, 4, 20));
    // Nothing is left unsigned: the signature requirement is about the future only.
    CHECK_FALSE(second->requirements.first().text.contains(u"未签字"_s));
    CHECK(first->requirements.at(3).text.startsWith(u"未签字的训练记录请于2026年4月15日前完成签字"_s));

    const InspectionReport report = inspectionReport(*second);
    CHECK(report.situation.contains(u"与上次检查相比，已整改3项，仍未整改2项。"_s));
    REQUIRE(report.followUp.size() == 3);
    for (const QString &line : report.followUp)
        CHECK(line.endsWith(u"【已整改】"_s));
    CHECK(inspectionReportText(report).contains(u"四、上次检查问题整改情况"_s));
    bool repeatedMarked = false;
    for (const InspectionReportSection &s : report.problems)
        for (const QString &line : s.lines)
            repeatedMarked = repeatedMarked || line.endsWith(u"【仍未整改】"_s);
    CHECK(repeatedMarked);

    // Saved, it reads back with its follow-up.
    auto secondId = InspectionRepository(school.db).save(*second);
    REQUIRE(secondId);
    const auto loaded = InspectionRepository(school.db).byId(*secondId);
    REQUIRE(loaded);
    CHECK(loaded->resolved.size() == 3);
    CHECK(loaded->problems.size() == 3);
    CHECK(loaded->previousId == *firstId);
    CHECK(InspectionRepository(school.db).list()->first().resolved == 3);
}

TEST_CASE("problems still open outside the new range are carried forward; fixed ones are not", "[inspection]")
{
    auto problem = [](ProblemKind kind, const QString &key, QDate date) {
        InspectionProblem p;
        p.kind = kind;
        p.key = key;
        p.date = date;
        p.message = key;
        return p;
    };
    InspectionResult previous;
    previous.id = 4;
    previous.problems = {problem(ProblemKind::MissingFields, u"fields|1|1"_s, QDate(2026, 3, 3)),
                         problem(ProblemKind::MissingFields, u"fields|2|1"_s, QDate(2026, 3, 4)),
                         problem(ProblemKind::WeeklySession, u"weekly|1|x|2026-03-02"_s, QDate(2026, 3, 2)),
                         problem(ProblemKind::LateSignature, u"late|3"_s, QDate(2026, 3, 5))};
    InspectionResult current;
    current.inspectedOn = QDate(2026, 5, 6);
    current.from = QDate(2026, 4, 6);
    current.to = QDate(2026, 5, 3);
    current.problems = {problem(ProblemKind::MissingFields, u"fields|9|1"_s, QDate(2026, 4, 8))};
    // Rechecked over March: the first record is still incomplete, the week and the late signature stay what they were.
    const QList<InspectionProblem> recheck{previous.problems.at(0), previous.problems.at(2), previous.problems.at(3)};
    compareWithPrevious(current, previous, recheck);
    CHECK(current.previousId == 4);
    REQUIRE(current.problems.size() == 2);
    CHECK(current.problems.at(0).key == u"fields|1|1"_s);
    CHECK(current.problems.at(0).status == ProblemStatus::Repeated);
    CHECK(current.problems.at(1).key == u"fields|9|1"_s);
    CHECK(current.problems.at(1).status == ProblemStatus::Open);
    REQUIRE(current.resolved.size() == 1);
    CHECK(current.resolved.first().key == u"fields|2|1"_s);
    REQUIRE(current.requirements.size() == 1);
    CHECK(current.requirements.first().due == QDate(2026, 5, 13));
    // With the rule switched off nothing is followed up.
    InspectionResult quiet;
    quiet.from = current.from;
    quiet.to = current.to;
    quiet.rules.requiredFields = false;
    compareWithPrevious(quiet, previous, recheck);
    CHECK(quiet.problems.isEmpty());
    CHECK(quiet.resolved.isEmpty());
}

TEST_CASE("the school's inspection rules are kept in the data file and used by default", "[inspection]")
{
    School school;
    CHECK(*loadInspectionRules(school.db) == InspectionRules{});
    InspectionRules rules;
    rules.weeklySessions = false;
    rules.minutesPercent = 60;
    rules.fixWithinDays = 14;
    REQUIRE(saveInspectionRules(school.db, rules));
    CHECK(*loadInspectionRules(school.db) == rules);
    CHECK(inspectionRulesFromJson(inspectionRulesToJson(rules)) == rules);
    InspectionRules bad = rules;
    bad.sessionsPerWeek = 0;
    CHECK_FALSE(saveInspectionRules(school.db, bad));
    CHECK(*loadInspectionRules(school.db) == rules);

    // Without rules given, the saved ones apply: no weekly problems, 70% of minutes is enough.
    auto run = Inspector(school.db, school.clock).run(kFrom, kTo);
    REQUIRE(run);
    CHECK(run->rules == rules);
    CHECK(run->count(ProblemKind::WeeklySession) == 0);
    CHECK(run->count(ProblemKind::ShortMinutes) == 0);
    CHECK(run->count(ProblemKind::LateSignature) == 2);
    CHECK(run->requirements.first().due == QDate(2026, 4, 22));
}
