#include <catch2/catch.hpp>

#include <QCoreApplication>

#include "TestSupport.h"
#include "calendar/SemesterRepository.h"
#include "common/Clock.h"
#include "iep/IepRepository.h"
#include "iep/ObjectiveData.h"
#include "rooms/RoomRepository.h"
#include "rooms/RoomRuleRepository.h"
#include "staff/StaffRepository.h"
#include "students/StudentRepository.h"
#include "timetable/TimetableRepository.h"
#include "training/SameAsLastTime.h"
#include "training/SessionJson.h"
#include "training/SessionRepository.h"
#include "training/TrainingWarnings.h"

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kTeacherRule = u"训练需在老师指导下进行，并注意安全。"_s;
const QString kLeavingRule = u"学生在资源教室上课、做康复训练时，不得随意外出。"_s;
const QString kRecordRule = u"使用后按要求填写操作记录。"_s;

// Spring 2026: teaching starts Monday 2 March.
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

IepObjective objective(const QString &behaviour)
{
    IepObjective o;
    o.behaviour = behaviour;
    o.criterion = u"正确率80%以上"_s;
    o.deadline = QDate(2026, 6, 30);
    o.methods = u"T"_s;
    o.start = QDate(2026, 3, 2);
    o.end = QDate(2026, 6, 30);
    o.scale = MeasurementScale::Accuracy;
    o.goalValue = 80.0;
    return o;
}

IepContent planWithTwoObjectives()
{
    IepContent c;
    c.meetingDate = QDate(2026, 3, 2);
    c.team = {{TeamRole::ResourceTeacher, u"王老师"_s}};
    IepGoal math;
    math.domain = GoalDomain::Mathematics;
    math.longTerm = u"掌握20以内加减法"_s;
    math.objectives = {objective(u"每天完成5道10以内加减法"_s), objective(u"借助实物完成10以内加减法应用题"_s)};
    c.goals = {math};
    c.presentLevels = {{GoalDomain::Mathematics, u"能数到20，不会进位加法"_s}};
    c.services = {{ServiceType::IndividualTraining, 80, u"王老师"_s, 0}};
    return c;
}

// Three rooms whose rules the tests set themselves, two teachers, three students.
struct School {
    std::unique_ptr<test::TempDatabase> temp = test::makeTempDatabase();
    std::shared_ptr<Database> db = temp->db;
    std::shared_ptr<FixedClock> clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 3, 9), QTime(16, 0)));
    SessionRepository sessions{db, clock};
    qint64 semester = 0;
    qint64 resourceRoom = 0;    // teacher leads, no leaving alone, record due in 2 days, at most 4
    qint64 individualRoom = 0;  // teacher leads, at most 2
    qint64 montessori = 0;      // record due only
    qint64 wang = 0, li = 0;
    qint64 jia = 0, yi = 0, bing = 0;

    School()
    {
        REQUIRE(db);
        auto sem = SemesterRepository(db).add(spring());
        REQUIRE(sem);
        semester = *sem;
        resourceRoom = room(u"资源教室"_s, RoomType::ResourceRoom, 8,
                            {{kTeacherRule, RuleKind::TeacherLeads, 0},
                             {kLeavingRule, RuleKind::NoLeavingAlone, 0},
                             {kRecordRule, RuleKind::RecordDue, 2},
                             {maxStudentsRuleText(4), RuleKind::MaxStudents, 4}});
        individualRoom = room(u"个训室"_s, RoomType::IndividualTraining, 2, {{kTeacherRule, RuleKind::TeacherLeads, 0}});
        montessori = room(u"蒙台梭利室"_s, RoomType::Montessori, 6, {{kRecordRule, RuleKind::RecordDue, 1}});
        wang = staff(u"王老师"_s);
        li = staff(u"李老师"_s);
        jia = student(u"甲"_s);
        yi = student(u"乙"_s);
        bing = student(u"丙"_s);
    }

    struct RuleSpec {
        QString text;
        RuleKind kind;
        int parameter;
    };
    qint64 room(const QString &name, RoomType type, int capacity, const QList<RuleSpec> &specs)
    {
        auto id = RoomRepository(db).add(Room{0, name, type, capacity, {}});
        REQUIRE(id);
        QList<RoomRule> rules;
        for (const RuleSpec &spec : specs)
            rules.append(RoomRule{0, *id, 0, spec.text, spec.kind, spec.parameter});
        REQUIRE(RoomRuleRepository(db).replace(*id, rules));
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
    qint64 student(const QString &name)
    {
        Student s;
        s.name = name;
        auto id = StudentRepository(db).add(s);
        REQUIRE(id);
        return *id;
    }
    // An active plan; returns its objectives' ids.
    QList<qint64> activePlan(qint64 studentId)
    {
        IepRepository ieps(db);
        auto id = ieps.create(studentId, semester, planWithTwoObjectives());
        REQUIRE(id);
        REQUIRE(ieps.activate(*id));
        const auto plan = ieps.byId(*id);
        REQUIRE(plan);
        QList<qint64> ids;
        for (const IepObjective &o : plan->content.goals.first().objectives)
            ids.append(o.id);
        return ids;
    }
    qint64 slot(int weekday, QTime start, QTime end, qint64 roomId, qint64 instructor, QList<qint64> students,
                const QString &content)
    {
        TimetableSlot s;
        s.semesterId = semester;
        s.weekday = weekday;
        s.start = start;
        s.end = end;
        s.roomId = roomId;
        s.instructorId = instructor;
        s.studentIds = std::move(students);
        s.content = content;
        auto id = TimetableRepository(db).addSlot(s);
        INFO((id ? QString() : id.error().message).toStdString());
        REQUIRE(id);
        return *id;
    }
    // A complete individual record for one student, a draft.
    TrainingSession record(qint64 studentId, QDate date, qint64 roomId, qint64 instructor = 0) const
    {
        TrainingSession s;
        s.date = date;
        s.start = QTime(10, 0);
        s.end = QTime(10, 40);
        s.roomId = roomId;
        s.instructorId = instructor > 0 ? instructor : wang;
        s.content = u"10以内加法"_s;
        s.method = u"示范、练习"_s;
        s.equipment = {{0, u"计数棒"_s}};
        SessionStudent st;
        st.studentId = studentId;
        st.performance = u"专注，能独立完成"_s;
        st.results = u"正确率提高"_s;
        s.students = {st};
        return s;
    }
    qint64 create(const TrainingSession &s)
    {
        auto id = sessions.create(s);
        INFO((id ? QString() : id.error().message).toStdString());
        REQUIRE(id);
        return *id;
    }
    // Raw SQL in its own transaction, as a careless tool would run it.
    Result<void> raw(const QString &sql)
    {
        return db->write({u"test.raw"_s, u"raw"_s}, [&](Transaction &tx) -> Result<void> {
            auto q = tx.exec(sql);
            if (!q)
                return q.error();
            return {};
        });
    }
    int count(const QString &sql)
    {
        auto q = db->exec(sql);
        REQUIRE(q);
        REQUIRE(q->next());
        return q->value(0).toInt();
    }
};

} // namespace

TEST_CASE("today's sessions are made from the timetable in one action, once each", "[training]")
{
    School school;
    const qint64 jiaSlot = school.slot(1, QTime(10, 0), QTime(10, 40), school.individualRoom, school.wang, {school.jia},
                                       u"数学个训"_s);
    const qint64 groupSlot = school.slot(1, QTime(14, 0), QTime(14, 40), school.resourceRoom, school.li,
                                         {school.yi, school.bing}, u"社交小组"_s);
    school.slot(2, QTime(10, 0), QTime(10, 40), school.individualRoom, school.wang, {school.jia}, u"语文个训"_s);
    const QDate monday(2026, 3, 9);

    // The resource room's rules now allow one student: the group is refused, quoting the rule.
    REQUIRE(RoomRuleRepository(school.db).replace(school.resourceRoom,
                                                  {RoomRule{0, school.resourceRoom, 0, maxStudentsRuleText(1),
                                                            RuleKind::MaxStudents, 1}}));
    auto first = school.sessions.createFromTimetable(monday);
    REQUIRE(first);
    CHECK(first->created.size() == 1);
    CHECK(first->alreadyRecorded == 0);
    REQUIRE(first->refused.size() == 1);
    CHECK(first->refused.first().contains(maxStudentsRuleText(1)));
    CHECK(first->refused.first().contains(u"社交小组"_s));

    REQUIRE(RoomRuleRepository(school.db).replace(school.resourceRoom,
                                                  {RoomRule{0, school.resourceRoom, 0, maxStudentsRuleText(4),
                                                            RuleKind::MaxStudents, 4}}));
    auto second = school.sessions.createFromTimetable(monday);
    REQUIRE(second);
    CHECK(second->created.size() == 1);
    CHECK(second->alreadyRecorded == 1);
    CHECK(second->refused.isEmpty());
    auto third = school.sessions.createFromTimetable(monday);
    REQUIRE(third);
    CHECK(third->created.isEmpty());
    CHECK(third->alreadyRecorded == 2);

    const auto individual = school.sessions.forOccurrence(jiaSlot, monday).value();
    REQUIRE(individual);
    CHECK(individual->id == first->created.first());
    CHECK(individual->kind == SessionKind::Individual);
    CHECK(individual->date == monday);
    CHECK(individual->start == QTime(10, 0));
    CHECK(individual->end == QTime(10, 40));
    CHECK(individual->roomId == school.individualRoom);
    CHECK(individual->instructorId == school.wang);
    CHECK(individual->topic == u"数学个训"_s);
    CHECK(individual->content.isEmpty());
    CHECK(individual->service == ServiceType::IndividualTraining);
    CHECK(individual->studentIds() == QList<qint64>{school.jia});
    CHECK(individual->students.first().attendance == Attendance::Present);
    CHECK_FALSE(individual->isSigned());

    const auto group = school.sessions.forOccurrence(groupSlot, monday).value();
    REQUIRE(group);
    CHECK(group->kind == SessionKind::Group);
    CHECK(group->studentIds() == QList<qint64>{school.yi, school.bing});
    CHECK(school.sessions.between(monday, monday)->size() == 2);
    // The Tuesday slot does not meet on Monday; Tuesday's run makes its one record.
    auto tuesday = school.sessions.createFromTimetable(monday.addDays(1));
    REQUIRE(tuesday);
    CHECK(tuesday->created.size() == 1);

    // A record made by hand for an occurrence that has one is refused.
    TrainingSession twice = *individual;
    twice.id = 0;
    auto refused = school.sessions.create(twice);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
}

TEST_CASE("objective data entered in a record land on the objective with the session id", "[training]")
{
    School school;
    const QList<qint64> objectives = school.activePlan(school.jia);
    const QList<qint64> yiObjectives = school.activePlan(school.yi);
    ObjectiveDataRepository data(school.db);

    TrainingSession s = school.record(school.jia, QDate(2026, 3, 9), school.individualRoom);
    s.students[0].objectives = {{objectives.at(0), {}, 60.0, u"独立"_s}, {objectives.at(1), {}, std::nullopt, {}}};
    const qint64 id = school.create(s);

    auto points = data.points(objectives.at(0));
    REQUIRE(points);
    REQUIRE(points->size() == 1);
    CHECK(points->first().sessionId == id);
    CHECK(points->first().value == 60.0);
    CHECK(points->first().date == QDate(2026, 3, 9));
    CHECK(points->first().note == u"独立"_s);
    CHECK(data.points(objectives.at(1))->isEmpty());   // worked on without a probe
    auto stored = school.sessions.byId(id);
    REQUIRE(stored);
    CHECK(stored->students.first().objectives.size() == 2);
    CHECK(stored->students.first().objectives.first().objectiveText.contains(u"每天完成5道10以内加减法"_s));

    // Saving the draft again replaces its data, never adds a second point.
    TrainingSession edited = *stored;
    edited.students[0].objectives[0].value = 70.0;
    edited.students[0].objectives[1].value = 50.0;
    REQUIRE(school.sessions.saveDraft(edited));
    REQUIRE(data.points(objectives.at(0))->size() == 1);
    CHECK(data.points(objectives.at(0))->first().value == 70.0);
    CHECK(data.points(objectives.at(1))->size() == 1);

    // Data for an absent student, another student's objective, a value off the scale: refused, nothing written.
    TrainingSession absent = edited;
    absent.students[0].attendance = Attendance::Absent;
    absent.students[0].absenceReason = u"病假"_s;
    auto refusedAbsent = school.sessions.saveDraft(absent);
    REQUIRE_FALSE(refusedAbsent);
    CHECK(refusedAbsent.error().message.contains(u"甲"_s));
    TrainingSession foreign = school.record(school.jia, QDate(2026, 3, 10), school.individualRoom);
    foreign.students[0].objectives = {{yiObjectives.at(0), {}, 40.0, {}}};
    auto refusedForeign = school.sessions.create(foreign);
    REQUIRE_FALSE(refusedForeign);
    CHECK(refusedForeign.error().code == ErrorCode::NotFound);
    TrainingSession offScale = school.record(school.jia, QDate(2026, 3, 10), school.individualRoom);
    offScale.students[0].objectives = {{objectives.at(0), {}, 140.0, {}}};
    CHECK_FALSE(school.sessions.create(offScale));
    CHECK(school.count(u"SELECT count(*) FROM training_sessions"_s) == 1);
    CHECK(*data.pointCount(objectives.at(0)) == 1);

    // Removing the draft takes its data with it.
    REQUIRE(school.sessions.removeDraft(id));
    CHECK(*data.pointCount(objectives.at(0)) == 0);
    CHECK(*data.pointCount(objectives.at(1)) == 0);
    CHECK_FALSE(school.sessions.byId(id));
}

TEST_CASE("a signed record is read-only: every edit path is refused, raw SQL included", "[training][signoff]")
{
    School school;
    const QList<qint64> objectives = school.activePlan(school.jia);
    ObjectiveDataRepository data(school.db);
    TrainingSession s = school.record(school.jia, QDate(2026, 3, 9), school.individualRoom);
    s.students[0].objectives = {{objectives.at(0), {}, 60.0, {}}};
    const qint64 id = school.create(s);

    // Not before the session took place, not by nobody, not by a stranger.
    const qint64 tomorrow = school.create(school.record(school.yi, QDate(2026, 3, 10), school.individualRoom));
    CHECK_FALSE(school.sessions.sign(tomorrow, school.wang));
    CHECK_FALSE(school.sessions.sign(id, 0));
    CHECK_FALSE(school.sessions.sign(id, 999));

    REQUIRE(school.sessions.sign(id, school.wang));
    const TrainingSession signedRecord = *school.sessions.byId(id);
    CHECK(signedRecord.isSigned());
    CHECK(signedRecord.signedBy == school.wang);
    CHECK(signedRecord.signedAt == QDateTime(QDate(2026, 3, 9), QTime(16, 0)));
    const qint64 pointId = data.points(objectives.at(0))->first().id;

    // Through the repository.
    auto again = school.sessions.sign(id, school.li);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Conflict);
    TrainingSession edited = signedRecord;
    edited.content = u"改过的内容"_s;
    auto saved = school.sessions.saveDraft(edited);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == ErrorCode::Conflict);
    CHECK_FALSE(school.sessions.removeDraft(id));
    CHECK_FALSE(data.removePoint(pointId));
    CHECK_FALSE(data.addPoint(ProgressPoint{0, objectives.at(0), QDate(2026, 3, 9), 90.0, {}, id}));
    auto removed = StudentRepository(school.db).remove(school.jia);
    REQUIRE_FALSE(removed);
    CHECK(removed.error().code == ErrorCode::Conflict);

    // Around it: raw SQL on every table that holds the record.
    const QString sid = QString::number(id);
    const QStringList statements{
        u"UPDATE training_sessions SET content = 'x' WHERE id = "_s + sid,
        u"UPDATE training_sessions SET signed_at = NULL, signed_by = NULL WHERE id = "_s + sid,
        u"UPDATE training_sessions SET version = version + 1 WHERE id = "_s + sid,
        u"DELETE FROM training_sessions WHERE id = "_s + sid,
        u"UPDATE session_students SET performance = 'x' WHERE session_id = "_s + sid,
        u"DELETE FROM session_students WHERE session_id = "_s + sid,
        u"INSERT INTO session_students(session_id, student_id) VALUES (%1, %2)"_s.arg(id).arg(school.yi),
        u"UPDATE session_objectives SET value = 99 WHERE session_id = "_s + sid,
        u"DELETE FROM session_objectives WHERE session_id = "_s + sid,
        u"INSERT INTO session_equipment(session_id, name) VALUES (%1, '秒表')"_s.arg(id),
        u"DELETE FROM session_equipment WHERE session_id = "_s + sid,
        u"UPDATE progress_points SET value = 99 WHERE session_id = "_s + sid,
        u"DELETE FROM progress_points WHERE session_id = "_s + sid,
    };
    for (const QString &sql : statements) {
        INFO(sql.toStdString());
        auto refused = school.raw(sql);
        REQUIRE_FALSE(refused);
        // SQLite's words (the trigger's) stay in the details; the user reads the program's sentence.
        CHECK(refused.error().detail.contains(u"signed training record"_s));
        CHECK(refused.error().code == ErrorCode::Conflict);
        CHECK_FALSE(refused.error().message.contains(u"signed training record"_s));
    }
    // An amendment row alone does not open the record unless it follows its version.
    CHECK_FALSE(school.raw(u"INSERT INTO training_amendments(session_id, sequence, amended_on, author, reason, previous) "
                           "VALUES (%1, 5, '2026-03-10', 'x', 'x', '{}')"_s.arg(id)));
    CHECK_FALSE(school.raw(u"INSERT INTO training_amendments(session_id, sequence, amended_on, author, reason, previous) "
                           "VALUES (%1, 1, '2026-03-10', 'x', 'x', '{}')"_s.arg(tomorrow)));

    CHECK(*school.sessions.byId(id) == signedRecord);
    REQUIRE(data.points(objectives.at(0))->size() == 1);
    CHECK(data.points(objectives.at(0))->first().value == 60.0);
    CHECK(school.sessions.amendments(id)->isEmpty());

    // A draft is not protected by any of this.
    CHECK(school.raw(u"UPDATE training_sessions SET content = 'x' WHERE id = "_s + QString::number(tomorrow)));
}

TEST_CASE("an amendment keeps the version it replaces; the history shows the original and each amendment",
          "[training][signoff]")
{
    School school;
    const QList<qint64> objectives = school.activePlan(school.jia);
    ObjectiveDataRepository data(school.db);
    TrainingSession s = school.record(school.jia, QDate(2026, 3, 9), school.individualRoom);
    s.students[0].objectives = {{objectives.at(0), {}, 60.0, {}}};
    const qint64 id = school.create(s);

    TrainingSession unsignedCorrection = *school.sessions.byId(id);
    unsignedCorrection.content = u"新内容"_s;
    CHECK_FALSE(school.sessions.amend(unsignedCorrection, u"笔误"_s, u"王老师"_s, QDate(2026, 3, 9)));

    REQUIRE(school.sessions.sign(id, school.wang));
    const TrainingSession original = *school.sessions.byId(id);

    TrainingSession corrected = original;
    corrected.content = u"10以内加法（进位）"_s;
    corrected.students[0].performance = u"需要口头提示"_s;
    corrected.students[0].objectives[0].value = 80.0;
    CHECK_FALSE(school.sessions.amend(corrected, u" "_s, u"王老师"_s, QDate(2026, 3, 10)));
    CHECK_FALSE(school.sessions.amend(corrected, u"笔误"_s, QString(), QDate(2026, 3, 10)));
    CHECK_FALSE(school.sessions.amend(corrected, u"笔误"_s, u"王老师"_s, QDate(2026, 3, 8)));   // before signing
    CHECK_FALSE(school.sessions.amend(original, u"笔误"_s, u"王老师"_s, QDate(2026, 3, 10)));    // changes nothing

    auto version = school.sessions.amend(corrected, u"记录笔误，据训练单更正"_s, u"王老师"_s, QDate(2026, 3, 10));
    REQUIRE(version);
    CHECK(*version == 1);
    const TrainingSession current = *school.sessions.byId(id);
    CHECK(current.content == u"10以内加法（进位）"_s);
    CHECK(current.students.first().performance == u"需要口头提示"_s);
    CHECK(current.version == 1);
    CHECK(current.signedAt == original.signedAt);
    CHECK(current.signedBy == school.wang);
    // The IEP chart sees the corrected value, once.
    REQUIRE(data.points(objectives.at(0))->size() == 1);
    CHECK(data.points(objectives.at(0))->first().value == 80.0);
    CHECK(data.points(objectives.at(0))->first().sessionId == id);

    const auto amendments = school.sessions.amendments(id).value();
    REQUIRE(amendments.size() == 1);
    CHECK(amendments.first().previous == original);
    CHECK(amendments.first().reason == u"记录笔误，据训练单更正"_s);

    TrainingSession second = current;
    second.nextSteps = u"下次增加应用题"_s;
    auto version2 = school.sessions.amend(second, u"补充后续调整"_s, u"李老师"_s, QDate(2026, 3, 12));
    REQUIRE(version2);
    CHECK(*version2 == 2);

    const QList<RecordVersion> history = school.sessions.history(id).value();
    REQUIRE(history.size() == 3);
    CHECK(history.at(0).version == 0);
    CHECK(history.at(0).record == original);
    CHECK(history.at(0).author == u"王老师"_s);
    CHECK(history.at(0).date == QDate(2026, 3, 9));
    CHECK(history.at(0).changes.isEmpty());
    CHECK(history.at(1).version == 1);
    CHECK(history.at(1).reason == u"记录笔误，据训练单更正"_s);
    CHECK(history.at(1).author == u"王老师"_s);
    CHECK(history.at(1).date == QDate(2026, 3, 10));
    CHECK(history.at(1).record == current);
    REQUIRE(history.at(1).changes.size() == 3);
    CHECK(history.at(1).changes.at(0) == FieldChange{SessionField::Content, 0, u"10以内加法"_s, u"10以内加法（进位）"_s});
    CHECK(history.at(1).changes.at(1)
          == FieldChange{SessionField::Performance, school.jia, u"专注，能独立完成"_s, u"需要口头提示"_s});
    CHECK(history.at(1).changes.at(2).field == SessionField::Objectives);
    CHECK(history.at(1).changes.at(2).before.contains(u"（60）"_s));
    CHECK(history.at(1).changes.at(2).after.contains(u"（80）"_s));
    CHECK(history.at(2).author == u"李老师"_s);
    CHECK(history.at(2).changes == QList<FieldChange>{{SessionField::NextSteps, 0, {}, u"下次增加应用题"_s}});
    CHECK(history.at(2).record == *school.sessions.byId(id));

    // The amendments themselves are never changed, and the record stays locked after them.
    CHECK_FALSE(school.raw(u"UPDATE training_amendments SET reason = 'x'"_s));
    CHECK_FALSE(school.raw(u"DELETE FROM training_amendments"_s));
    CHECK_FALSE(school.raw(u"UPDATE training_sessions SET content = 'x' WHERE id = "_s + QString::number(id)));
    CHECK(school.sessions.amendments(id)->size() == 2);
}

TEST_CASE("a record survives its JSON snapshot whole", "[training]")
{
    TrainingSession s;
    s.id = 7;
    s.date = QDate(2026, 3, 9);
    s.start = QTime(10, 0);
    s.end = QTime(10, 40);
    s.roomId = 2;
    s.instructorId = 3;
    s.slotId = 4;
    s.occurrenceDate = QDate(2026, 3, 9);
    s.kind = SessionKind::Group;
    s.service = ServiceType::Rehabilitation;
    s.topic = u"康复小组"_s;
    s.content = u"平衡训练"_s;
    s.method = u"游戏"_s;
    s.equipment = {{0, u"平衡木"_s}, {12, u"软垫"_s}};
    s.problems = u"注意力分散"_s;
    s.nextSteps = u"缩短单次时长"_s;
    SessionStudent a;
    a.studentId = 5;
    a.arrival = QTime(10, 2);
    a.departure = QTime(10, 40);
    a.handedOverTo = u"班主任"_s;
    a.rating = 4;
    a.prompt = PromptLevel::Verbal;
    a.performance = u"好"_s;
    a.results = u"能走完平衡木"_s;
    a.objectives = {{9, u"独立走完平衡木"_s, 75.0, u"一次"_s}, {10, u"单脚站立"_s, std::nullopt, {}}};
    SessionStudent b;
    b.studentId = 6;
    b.attendance = Attendance::Leave;
    b.absenceReason = u"病假"_s;
    s.students = {a, b};
    s.signedBy = 3;
    s.signedAt = QDateTime(QDate(2026, 3, 9), QTime(16, 5, 7));
    s.version = 2;
    CHECK(sessionFromJson(sessionToJson(s)) == s);
    CHECK(sessionFromJson(sessionToJson(TrainingSession{})) == TrainingSession{});
}

TEST_CASE("room rules refuse a session or its sign-off with the rule's own words", "[training][rules]")
{
    School school;

    // TeacherLeads: no session without an instructor.
    TrainingSession noTeacher = school.record(school.jia, QDate(2026, 3, 9), school.resourceRoom);
    noTeacher.instructorId = 0;
    auto refused = school.sessions.create(noTeacher);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(kTeacherRule));
    // The Montessori room has no such rule.
    TrainingSession montessori = school.record(school.jia, QDate(2026, 3, 9), school.montessori);
    montessori.instructorId = 0;
    const qint64 montessoriId = school.create(montessori);

    // MaxStudents: the individual room holds two; three are refused, the capacity quoted.
    TrainingSession crowd = school.record(school.jia, QDate(2026, 3, 9), school.individualRoom);
    crowd.kind = SessionKind::Group;
    for (qint64 student : {school.yi, school.bing}) {
        SessionStudent st;
        st.studentId = student;
        crowd.students.append(st);
    }
    auto tooMany = school.sessions.create(crowd);
    REQUIRE_FALSE(tooMany);
    CHECK(tooMany.error().message.contains(u"个训室"_s));
    // The resource room's own rule (at most 4) is quoted when it limits.
    TrainingSession five = crowd;
    five.roomId = school.resourceRoom;
    for (const QString &name : {u"丁"_s, u"戊"_s}) {
        SessionStudent st;
        st.studentId = school.student(name);
        five.students.append(st);
    }
    auto overRule = school.sessions.create(five);
    REQUIRE_FALSE(overRule);
    CHECK(overRule.error().message.contains(maxStudentsRuleText(4)));
    // One of the five absent: four present are allowed.
    five.students[4].attendance = Attendance::Absent;
    five.students[4].absenceReason = u"事假"_s;
    school.create(five);

    // An individual session has exactly one student.
    TrainingSession twoAlone = crowd;
    twoAlone.kind = SessionKind::Individual;
    twoAlone.students.removeLast();
    CHECK_FALSE(school.sessions.create(twoAlone));

    // NoLeavingAlone: a departure without a handover is saved as a draft but not signed.
    TrainingSession leaving = school.record(school.jia, QDate(2026, 3, 9), school.resourceRoom);
    leaving.students[0].arrival = QTime(10, 0);
    leaving.students[0].departure = QTime(10, 30);
    const qint64 leavingId = school.create(leaving);
    auto notSigned = school.sessions.sign(leavingId, school.wang);
    REQUIRE_FALSE(notSigned);
    CHECK(notSigned.error().message.contains(kLeavingRule));
    CHECK(notSigned.error().message.contains(u"甲"_s));
    CHECK(notSigned.error().message.contains(u"10:30"_s));
    CHECK_FALSE(school.sessions.byId(leavingId)->isSigned());
    TrainingSession handedOver = *school.sessions.byId(leavingId);
    handedOver.students[0].handedOverTo = u"班主任刘老师"_s;
    REQUIRE(school.sessions.saveDraft(handedOver));
    REQUIRE(school.sessions.sign(leavingId, school.wang));
    // An amendment cannot take the handover away either.
    TrainingSession withoutHandover = *school.sessions.byId(leavingId);
    withoutHandover.students[0].handedOverTo.clear();
    auto amendRefused = school.sessions.amend(withoutHandover, u"更正"_s, u"王老师"_s, QDate(2026, 3, 9));
    REQUIRE_FALSE(amendRefused);
    CHECK(amendRefused.error().message.contains(kLeavingRule));

    // Where the rule does not hold, leaving without a handover is no problem.
    TrainingSession leavesMontessori = *school.sessions.byId(montessoriId);
    leavesMontessori.students[0].departure = QTime(10, 40);
    REQUIRE(school.sessions.saveDraft(leavesMontessori));
    CHECK(school.sessions.sign(montessoriId, school.wang));
}

TEST_CASE("same as last time pre-fills objectives, content, method and equipment", "[training]")
{
    School school;
    const QList<qint64> objectives = school.activePlan(school.jia);
    TrainingSession last = school.record(school.jia, QDate(2026, 3, 9), school.individualRoom);
    last.students[0].objectives = {{objectives.at(0), {}, 60.0, {}}, {objectives.at(1), {}, 40.0, {}}};
    school.create(last);
    // An earlier one, and one where jia was absent afterwards: neither is "last time".
    TrainingSession earlier = school.record(school.jia, QDate(2026, 3, 5), school.individualRoom);
    earlier.content = u"数数"_s;
    school.create(earlier);
    TrainingSession missed = school.record(school.jia, QDate(2026, 3, 11), school.individualRoom);
    missed.content = u"缺席那次"_s;
    missed.students[0].attendance = Attendance::Absent;
    missed.students[0].absenceReason = u"病假"_s;
    school.create(missed);

    TrainingSession draft;
    draft.date = QDate(2026, 3, 16);
    draft.method = u"自己写的方法"_s;
    SessionStudent st;
    st.studentId = school.jia;
    draft.students = {st};
    const TrainingSession filled = school.sessions.sameAsLastTime(draft, school.jia).value();
    CHECK(filled.content == u"10以内加法"_s);
    CHECK(filled.method == u"自己写的方法"_s);                       // the draft's own text stays
    CHECK(filled.equipment == QList<EquipmentUse>{{0, u"计数棒"_s}});
    REQUIRE(filled.students.first().objectives.size() == 2);
    CHECK(filled.students.first().objectives.at(0).objectiveId == objectives.at(0));
    CHECK_FALSE(filled.students.first().objectives.at(0).value);     // data are measured anew
    CHECK(filled.students.first().objectives.at(1).objectiveId == objectives.at(1));

    // A student with no earlier record: the draft as it was.
    TrainingSession other = draft;
    other.students.first().studentId = school.yi;
    CHECK(school.sessions.sameAsLastTime(other, school.yi).value() == other);

    // Objectives no longer in effect are left out.
    const TrainingSession previous = *school.sessions.previousRecord(school.jia, QDate(2026, 3, 16)).value();
    CHECK(previous.date == QDate(2026, 3, 9));
    const TrainingSession onlyOne = sameAsLastTime(draft, school.jia, previous, {objectives.at(1)});
    REQUIRE(onlyOne.students.first().objectives.size() == 1);
    CHECK(onlyOne.students.first().objectives.first().objectiveId == objectives.at(1));
}

TEST_CASE("the Today page is warned of missing, unsigned and overdue records and of students due", "[training][warnings]")
{
    School school;
    school.activePlan(school.jia);   // individual training 80 minutes a week
    school.activePlan(school.yi);
    // Wednesday 11 March, 16:00.
    school.clock->set(QDateTime(QDate(2026, 3, 11), QTime(16, 0)));
    const qint64 slotToday = school.slot(3, QTime(9, 0), QTime(9, 40), school.individualRoom, school.wang, {school.bing},
                                         u"言语训练"_s);
    // Resource room: record due 2 days after. Monday 9th unsigned → due 11th, not overdue yet.
    const qint64 monday = school.create(school.record(school.jia, QDate(2026, 3, 9), school.resourceRoom));
    // Montessori room: due 1 day after. Thursday 5th unsigned → overdue.
    const qint64 lastWeek = school.create(school.record(school.yi, QDate(2026, 3, 5), school.montessori));
    // A signed one raises nothing; a session later today is not waiting yet.
    const qint64 signedOne = school.create(school.record(school.yi, QDate(2026, 3, 6), school.montessori));
    REQUIRE(school.sessions.sign(signedOne, school.wang));
    TrainingSession evening = school.record(school.yi, QDate(2026, 3, 11), school.montessori);
    evening.start = QTime(17, 0);
    evening.end = QTime(17, 40);
    school.create(evening);

    const auto read = trainingWarnings(school.db, *school.clock);
    REQUIRE(read);
    const QList<TrainingWarning> &warnings = *read;
    auto ofKind = [&](TrainingWarningKind kind) {
        QList<TrainingWarning> list;
        for (const TrainingWarning &w : warnings)
            if (w.kind == kind)
                list.append(w);
        return list;
    };
    REQUIRE(ofKind(TrainingWarningKind::SignOverdue).size() == 1);
    CHECK(ofKind(TrainingWarningKind::SignOverdue).first().sessionId == lastWeek);
    CHECK(ofKind(TrainingWarningKind::SignOverdue).first().due == QDate(2026, 3, 6));
    CHECK(warnings.first().kind == TrainingWarningKind::SignOverdue);
    REQUIRE(ofKind(TrainingWarningKind::Unsigned).size() == 1);
    CHECK(ofKind(TrainingWarningKind::Unsigned).first().sessionId == monday);
    CHECK(ofKind(TrainingWarningKind::Unsigned).first().due == QDate(2026, 3, 11));
    REQUIRE(ofKind(TrainingWarningKind::NotYetRecorded).size() == 1);
    CHECK(ofKind(TrainingWarningKind::NotYetRecorded).first().slotId == slotToday);
    CHECK(ofKind(TrainingWarningKind::NotYetRecorded).first().studentId == school.bing);
    // Jia trained on Monday; yi trained last week and has only the evening session still to come.
    REQUIRE(ofKind(TrainingWarningKind::WeeklyDue).size() == 1);
    CHECK(ofKind(TrainingWarningKind::WeeklyDue).first().studentId == school.yi);
    CHECK(ofKind(TrainingWarningKind::WeeklyDue).first().date == QDate(2026, 3, 9));
    CHECK(ofKind(TrainingWarningKind::CounsellingDue).isEmpty());
}

TEST_CASE("signing enforces arrival, departure and handover under the no-leaving-alone rule; other gaps warn",
          "[training][signoff][rules]")
{
    School school;
    TrainingSession s = school.record(school.jia, QDate(2026, 3, 9), school.resourceRoom);
    s.content.clear();   // only a warning
    const qint64 id = school.create(s);

    auto refusedWith = [&](const TrainingSession &draft) {
        auto check = school.sessions.signOffCheck(draft);
        REQUIRE_FALSE(check);
        CHECK(check.error().code == ErrorCode::Conflict);
        CHECK(check.error().message.contains(kLeavingRule));   // the rule quoted
        CHECK(check.error().message.contains(u"甲"_s));        // the student named
        auto signedOff = school.sessions.saveAndSign(draft, school.wang);
        REQUIRE_FALSE(signedOff);
        CHECK(signedOff.error().message == check.error().message);
        CHECK_FALSE(school.sessions.byId(id)->isSigned());
        return check.error().message;
    };
    TrainingSession draft = *school.sessions.byId(id);
    // No arrival time.
    const QString noArrival = refusedWith(draft);
    CHECK(noArrival.contains(QCoreApplication::translate("rr::Training", "%1 has no arrival time.").arg(u"甲"_s)));
    // Arrival, no departure.
    draft.students[0].arrival = QTime(10, 0);
    const QString noDeparture = refusedWith(draft);
    CHECK(noDeparture.contains(QCoreApplication::translate("rr::Training", "%1 has no departure time.").arg(u"甲"_s)));
    // Departure, no handover.
    draft.students[0].departure = QTime(10, 40);
    const QString noHandover = refusedWith(draft);
    CHECK(noHandover.contains(u"10:40"_s));
    CHECK(noArrival != noDeparture);
    CHECK(noDeparture != noHandover);

    // Handed over: the empty content only warns, naming the student and the field.
    draft.students[0].handedOverTo = u"班主任刘老师"_s;
    auto warnings = school.sessions.signOffCheck(draft);
    REQUIRE(warnings);
    REQUIRE(warnings->size() == 1);
    CHECK(warnings->first().contains(u"甲"_s));
    CHECK(warnings->first().contains(recordFieldLabel(RecordField::Content)));
    REQUIRE(school.sessions.saveAndSign(draft, school.wang));
    CHECK(school.sessions.byId(id)->isSigned());

    // An absent student needs no times, only the reason (a warning when missing).
    TrainingSession absent = school.record(school.yi, QDate(2026, 3, 9), school.resourceRoom);
    absent.students[0].attendance = Attendance::Absent;
    absent.students[0].performance.clear();
    absent.students[0].results.clear();
    const qint64 absentId = school.create(absent);
    auto absentCheck = school.sessions.signOffCheck(*school.sessions.byId(absentId));
    REQUIRE(absentCheck);
    REQUIRE(absentCheck->size() == 1);
    CHECK(absentCheck->first().contains(recordFieldLabel(RecordField::AbsenceReason)));
    CHECK(school.sessions.sign(absentId, school.wang));
}

TEST_CASE("without the rule, missing times only warn and the record is signed", "[training][signoff][rules]")
{
    School school;
    // The individual training room has no NoLeavingAlone rule.
    TrainingSession s = school.record(school.jia, QDate(2026, 3, 9), school.individualRoom);
    const qint64 id = school.create(s);
    auto check = school.sessions.signOffCheck(*school.sessions.byId(id));
    REQUIRE(check);
    REQUIRE(check->size() == 1);
    CHECK(check->first().contains(u"甲"_s));
    CHECK(check->first().contains(QCoreApplication::translate("rr::Training", "Arrival")));
    CHECK(check->first().contains(QCoreApplication::translate("rr::Training", "Departure")));
    REQUIRE(school.sessions.sign(id, school.wang));
    CHECK(school.sessions.byId(id)->isSigned());

    // With times and every field the check is clean.
    TrainingSession complete = school.record(school.yi, QDate(2026, 3, 9), school.individualRoom);
    complete.students[0].arrival = QTime(10, 0);
    complete.students[0].departure = QTime(10, 40);
    CHECK(school.sessions.signOffCheck(complete)->isEmpty());
}
