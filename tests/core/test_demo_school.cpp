#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "archive/ArchiveCompleteness.h"
#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "lrc/LrcRepository.h"
#include "assessment/AssessmentRepository.h"
#include "demo/DemoIeps.h"
#include "demo/DemoSchool.h"
#include "iep/IepRepository.h"
#include "inspection/Inspector.h"
#include "iep/ObjectiveData.h"
#include "progress/AimLine.h"
#include "progress/FourPointRule.h"
#include "rooms/RoomRepository.h"
#include "rooms/RoomRuleRepository.h"
#include "school/SettingsRepository.h"
#include "staff/StaffRepository.h"
#include "storage/IntegrityCheck.h"
#include "students/StudentRepository.h"
#include "timetable/Coverage.h"
#include "timetable/TimetableRepository.h"
#include "training/SessionRepository.h"
#include "training/SessionRules.h"
#include "usage/RoomUsageRepository.h"

#include <QSet>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("the demo school is a living school around today")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.sqlite"_s);
    const FixedClock clock(QDate(2026, 11, 22));
    REQUIRE(writeDemoSchool(path, clock));
    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db);
    CHECK(checkIntegrity(**db).sound());

    const SchoolProfile profile = *SettingsRepository(*db).profile();
    CHECK(profile.isComplete());
    const auto current = SemesterRepository(*db).byId(profile.currentSemesterId);
    REQUIRE(current);
    CHECK(current->contains(clock.today()));
    CHECK(SemesterRepository(*db).all()->size() == 2);

    StudentRepository students(*db);
    const auto list = students.summaries();
    CHECK(list->size() >= 8);
    CHECK(list->size() <= 12);
    QSet<NeedCategory> categories;
    QSet<QString> ethnicities;
    for (const StudentSummary &summary : *list) {
        const Student s = *students.byId(summary.id);
        CHECK(isValidCitizenId(s.idNumber));
        CHECK(citizenIdBirthDate(s.idNumber) == s.birthDate);
        CHECK(citizenIdGender(s.idNumber) == s.gender);
        CHECK(s.headTeacherId > 0);
        CHECK_FALSE(s.guardians.isEmpty());
        REQUIRE_FALSE(s.needs.isEmpty());
        if (!s.certificateNumber.isEmpty()) {
            CHECK(s.certificateNumber.left(18) == s.idNumber);
            CHECK(s.certificateNumber.mid(18, 1).toInt() == certificateDigit(s.needs.first().category));
        }
        for (const Need &n : s.needs)
            categories.insert(n.category);
        ethnicities.insert(s.ethnicity);
    }
    CHECK(categories.size() >= 8);
    CHECK(ethnicities.contains(u"维吾尔族"_s));
    CHECK(ethnicities.contains(u"哈萨克族"_s));
    CHECK(StaffRepository(*db).all()->size() >= 8);

    // A student in every workflow state, some still due to be reported.
    const QHash<qint64, LrcState> states = *LrcRepository(*db).allStates();
    QSet<LrcState> seen(states.cbegin(), states.cend());
    for (LrcState state : {LrcState::Applied, LrcState::SchoolOpinion, LrcState::Reported, LrcState::Confirmed,
                           LrcState::NotConfirmed, LrcState::Revoked})
        CHECK(seen.contains(state));
    CHECK(LrcRepository(*db).pendingReports(clock.today())->size() == 2);

    // The archive is partly complete: some items there, none complete for all.
    int satisfied = 0;
    const auto statuses = archiveCompleteness(*db, current->schoolYear);
    REQUIRE(statuses);
    for (const StudentArchiveStatus &status : *statuses)
        satisfied += status.satisfiedCount();
    CHECK(satisfied > int(list->size()) * 2);
    CHECK(satisfied < int(list->size()) * 10 / 2);
    CHECK(RoomRepository(*db).all()->size() >= 3);
}

TEST_CASE("every demo student has an IEP in effect with half a semester of data")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.sqlite"_s);
    const FixedClock clock(QDate(2026, 11, 22));
    REQUIRE(writeDemoSchool(path, clock));
    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db);
    CHECK(checkIntegrity(**db).sound());
    const qint64 currentId = SettingsRepository(*db).profile()->currentSemesterId;
    const auto current = SemesterRepository(*db).byId(currentId);
    REQUIRE(current);

    IepRepository ieps(*db);
    const ObjectiveDataRepository data(*db);
    int archived = 0;
    int assessed = 0;
    int objectives = 0;
    int changeTeaching = 0;
    int goingWell = 0;
    bool plantedFound = false;
    const auto summaries = StudentRepository(*db).summaries();
    REQUIRE(summaries);
    for (const StudentSummary &summary : *summaries) {
        INFO(summary.name.toStdString());
        const auto found = ieps.forStudentSemester(summary.id, currentId);
        REQUIRE(found);
        REQUIRE(*found);
        const std::optional<Iep> &iep = *found;
        CHECK(iep->status == IepStatus::Active);
        CHECK(activationProblems(iep->content, SettingsRepository(*db).profile()->teacherName).isEmpty());
        CHECK(current->contains(iep->content.meetingDate));
        CHECK(iep->content.meetingDate <= clock.today());
        CHECK_FALSE(iep->content.meetingMinutes.isEmpty());
        CHECK(iep->content.team.size() >= 3);
        CHECK(iep->content.team.first().name == u"马晓燕"_s);
        CHECK_FALSE(iep->content.presentLevels.isEmpty());
        CHECK(iep->content.goals.size() >= 1);
        CHECK(iep->content.goals.size() <= 3);
        CHECK_FALSE(iep->content.services.isEmpty());
        CHECK_FALSE(iep->content.accommodations.isEmpty());
        for (const IepGoal &goal : iep->content.goals) {
            CHECK(goal.objectives.size() >= 1);
            CHECK(goal.objectives.size() <= 3);
            for (const IepObjective &o : goal.objectives) {
                ++objectives;
                REQUIRE(o.goalValue);
                const auto read = data.points(o.id);
                REQUIRE(read);
                const QList<ProgressPoint> &points = *read;
                CHECK(points.size() >= 10);   // weekly since 1 September
                for (const ProgressPoint &p : points) {
                    CHECK(p.date <= clock.today());
                    CHECK(current->contains(p.date));
                }
                const QList<DataPoint> series = toDataPoints(points);
                const auto aim = aimLine(series, o.deadline, *o.goalValue);
                REQUIRE(aim);
                const ProgressDecision decision = fourPointRule(series, *aim, o.direction).decision;
                if (decision == ProgressDecision::ChangeTeaching)
                    ++changeTeaching;
                if (decision == ProgressDecision::RaiseGoal)
                    ++goingWell;
                if (summary.name == QString::fromUtf16(kDemoStuckStudent)
                    && o.behaviour.contains(QString::fromUtf16(kDemoStuckObjective))) {
                    plantedFound = true;
                    CHECK(decision == ProgressDecision::ChangeTeaching);
                }
            }
        }
        const auto all = ieps.forStudent(summary.id);
        REQUIRE(all);
        for (const Iep &earlier : *all) {
            if (earlier.semesterId == currentId)
                continue;
            ++archived;
            CHECK(earlier.status == IepStatus::Archived);
            for (const IepGoal &goal : earlier.content.goals)
                for (const IepObjective &o : goal.objectives) {
                    CHECK(o.result != ProgressMark::None);
                    CHECK(o.achievement != Achievement::None);
                }
        }
        if (!AssessmentRepository(*db).forStudent(summary.id)->isEmpty())
            ++assessed;
    }
    CHECK(plantedFound);
    CHECK(changeTeaching == 1);   // one clear problem, not a sea of red
    CHECK(goingWell >= 1);
    CHECK(objectives >= 20);
    CHECK(archived >= 2);
    CHECK(archived <= 3);
    CHECK(assessed >= 4);

    // Copy from last semester has something to copy: into a new semester.
    Semester next;
    next.name = u"2027年春季学期"_s;
    next.kind = SemesterKind::Spring;
    next.schoolYear = 2026;
    next.start = QDate(2027, 2, 24);
    next.end = QDate(2027, 7, 10);
    const auto nextId = SemesterRepository(*db).add(next);
    REQUIRE(nextId.ok());
    const qint64 someone = StudentRepository(*db).summaries()->first().id;
    CHECK(ieps.copyFromPrevious(someone, *nextId).ok());
}

TEST_CASE("the demo's progress data never run ahead of today")
{
    for (const QDate &today : {QDate(2026, 9, 3), QDate(2027, 4, 1), QDate(2027, 7, 20)}) {
        INFO(today.toString(Qt::ISODate).toStdString());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.sqlite"_s);
        REQUIRE(writeDemoSchool(path, FixedClock(today)));
        auto db = Database::open(path, OpenMode::OpenExisting);
        REQUIRE(db);
        const qint64 currentId = SettingsRepository(*db).profile()->currentSemesterId;
        const ObjectiveDataRepository data(*db);
        const auto summaries = StudentRepository(*db).summaries();
        REQUIRE(summaries);
        for (const StudentSummary &summary : *summaries) {
            const auto iep = IepRepository(*db).forStudentSemester(summary.id, currentId);
            REQUIRE(iep);
            REQUIRE(*iep);
            CHECK((*iep)->content.meetingDate <= today);
            const auto points = data.pointsOfPlan((*iep)->id);
            REQUIRE(points);
            for (const QList<ProgressPoint> &ofObjective : *points)
                for (const ProgressPoint &p : ofObjective)
                    CHECK(p.date <= today);
        }
    }
}

TEST_CASE("the demo school never overwrites a file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"taken.sqlite"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const QByteArray before = test::sha256OfFile(path);
    CHECK_FALSE(writeDemoSchool(path, FixedClock(QDate(2026, 11, 22))));
    CHECK(test::sha256OfFile(path) == before);
}

TEST_CASE("a temporary demo school is fresh each time")
{
    auto first = temporaryDemoSchool(FixedClock(QDate(2027, 4, 1)));
    REQUIRE(first);
    auto db = Database::open(*first, OpenMode::OpenExisting);
    REQUIRE(db);
    const auto current = SemesterRepository(*db).byId(SettingsRepository(*db).profile()->currentSemesterId);
    REQUIRE(current);
    CHECK(current->kind == SemesterKind::Spring);
}

namespace {

struct DemoAt {
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    Semester semester;
};

std::unique_ptr<DemoAt> demoAt(const QDate &today)
{
    auto demo = std::make_unique<DemoAt>();
    const QString path = demo->dir.filePath(u"demo.sqlite"_s);
    REQUIRE(writeDemoSchool(path, FixedClock(today)));
    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db);
    demo->db = *db;
    const auto semester = SemesterRepository(demo->db).byId(SettingsRepository(demo->db).profile()->currentSemesterId);
    REQUIRE(semester);
    demo->semester = *semester;
    return demo;
}

QStringList studentsOf(const InspectionResult &result, ProblemKind kind)
{
    QStringList names;
    for (const InspectionProblem &p : result.problemsOf(kind))
        names << p.studentName;
    names.sort();
    return names;
}

} // namespace

TEST_CASE("the demo's half semester of training records holds exactly the planted gaps")
{
    // Mid-autumn (week 12, National Day made up), and mid-spring (week 9, 清明 made up).
    for (const QDate &today : {QDate(2026, 11, 22), QDate(2027, 4, 22)}) {
        INFO(today.toString(Qt::ISODate).toStdString());
        const auto demo = demoAt(today);
        const std::shared_ptr<const Clock> clock = std::make_shared<FixedClock>(today);
        auto result = Inspector(demo->db, clock).run(demo->semester.start, today);
        REQUIRE(result);
        CHECK(result->count(ProblemKind::WeeklySession) == 1);
        CHECK(result->count(ProblemKind::MonthlyCounselling) == 1);
        CHECK(result->count(ProblemKind::MissingFields) == 1);
        CHECK(result->count(ProblemKind::LateSignature) == 2);
        CHECK(result->count(ProblemKind::ShortMinutes) == 1);
        CHECK(result->count(ProblemKind::UnrecordedUse) == 1);
        // 王浩然's family not contacted in the last two months of school that ended
        // (only March by 22 April: February had four school days).
        const int familyMonths = today.month() == 11 ? 2 : 1;
        CHECK(result->count(ProblemKind::MonthlyFamilyContact) == familyMonths);
        CHECK(result->problems.size() == 7 + familyMonths);
        CHECK(studentsOf(*result, ProblemKind::WeeklySession) == QStringList{u"黄子豪"_s});
        CHECK(studentsOf(*result, ProblemKind::MonthlyCounselling) == QStringList{u"周宇航"_s});
        CHECK(studentsOf(*result, ProblemKind::MissingFields) == QStringList{u"刘子轩"_s});
        CHECK(studentsOf(*result, ProblemKind::LateSignature) == (QStringList{u"买买提·艾力"_s, u"赵欣怡"_s}));
        CHECK(studentsOf(*result, ProblemKind::ShortMinutes) == QStringList{u"阿依古丽·努尔兰"_s});
        CHECK(studentsOf(*result, ProblemKind::UnrecordedUse) == QStringList{u"王浩然"_s});
        CHECK(studentsOf(*result, ProblemKind::MonthlyFamilyContact) == QStringList(familyMonths, u"王浩然"_s));
        // The gaps are where the plan put them: the unrecorded session last week,
        // the missing results a record of four weeks ago, counselling last month.
        const InspectionProblem unrecorded = result->problemsOf(ProblemKind::UnrecordedUse).first();
        CHECK(teachingWeek(demo->semester, unrecorded.date) == teachingWeek(demo->semester, today.addDays(-7)));
        CHECK(result->problemsOf(ProblemKind::MonthlyCounselling).first().date.month() == today.addMonths(-1).month());
        CHECK(result->problemsOf(ProblemKind::MissingFields).first().message.contains(u"训练效果"_s));
        for (const InspectionProblem &p : result->problems)
            CHECK_FALSE(p.instructorName.isEmpty());
        CHECK(result->counts.students == 12);
        CHECK(result->counts.instructors == 4);
        CHECK(result->counts.usageEntries == 3);
    }
}

TEST_CASE("the demo's timetable and records are those of a working resource room")
{
    const QDate today(2026, 11, 22);
    const auto demo = demoAt(today);
    const auto clock = std::make_shared<FixedClock>(today);
    const qint64 semester = demo->semester.id;

    // Every student is timetabled but 黄子豪, whose status was revoked; one
    // protected class period is taken (a warning), nothing conflicts hard.
    const TimetableRepository timetable(demo->db);
    QSet<qint64> timetabled;
    const QList<TimetableSlot> slotList = timetable.slotsOf(semester).value();
    for (const TimetableSlot &slot : slotList)
        for (qint64 id : slot.studentIds)
            timetabled.insert(id);
    CHECK(timetabled.size() == 11);
    const QList<TimetableConflict> conflicts = timetable.conflicts(semester).value();
    CHECK(hardConflicts(conflicts).isEmpty());
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.first().kind == ConflictKind::ProtectedClass);
    int short_ = 0;
    const auto coverage = CoverageReport(demo->db).forSemester(semester);
    REQUIRE(coverage);
    for (const StudentCoverage &c : *coverage)
        for (const ServiceCoverage &s : c.services)
            if (s.shortfall() && s.service != ServiceType::Counselling && c.studentName != u"黄子豪"_s) {
                ++short_;
                CHECK(c.studentName == u"阿依古丽·努尔兰"_s);
            }
    CHECK(short_ == 1);

    // A record for every session held up to yesterday but one, signed on the
    // day but two; a few students on leave with a reason; the data taken in
    // sessions are the objectives' progress points.
    const SessionRepository sessions(demo->db, clock);
    const QList<TrainingSession> records = sessions.between(demo->semester.start, today).value();
    const QList<SlotOccurrence> held = timetable.occurrences(demo->semester.start, today.addDays(-1)).value();
    int recorded = 0;
    for (const SlotOccurrence &occ : held)
        recorded += sessions.forOccurrence(occ.slotId, occ.date).value() ? 1 : 0;
    CHECK(recorded == held.size() - 1);
    CHECK(records.size() > held.size());   // make-up sessions, counselling, 黄子豪's tutoring
    int unsignedRecords = 0;
    int leaves = 0;
    int values = 0;
    int amended = 0;
    QSet<QString> contents;
    for (const TrainingSession &s : records) {
        CHECK(s.date < today);
        unsignedRecords += s.isSigned() ? 0 : 1;
        amended += s.version > 0 ? 1 : 0;
        contents.insert(s.content);
        if (s.isSigned())
            CHECK(s.signedAt.date() == s.date);
        for (const SessionStudent &st : s.students) {
            if (st.attendance == Attendance::Leave) {
                ++leaves;
                CHECK_FALSE(st.absenceReason.isEmpty());
                continue;
            }
            CHECK(st.arrival.isValid());
            CHECK_FALSE(st.handedOverTo.isEmpty());
            CHECK(st.rating >= 1);
            CHECK_FALSE(st.performance.isEmpty());
            for (const ObjectiveWork &w : st.objectives)
                values += w.value ? 1 : 0;
        }
    }
    CHECK(unsignedRecords == 2);
    CHECK(leaves >= 3);
    CHECK(amended == 1);
    CHECK(contents.size() >= 60);   // written per lesson, not one sentence repeated
    auto points = demo->db->exec(u"SELECT count(*) FROM progress_points WHERE session_id IS NOT NULL"_s);
    REQUIRE(points);
    REQUIRE(points->next());
    CHECK(points->value(0).toInt() == values);
    CHECK(values > 200);

    // The other uses of the rooms.
    QStringList kinds;
    const QList<RoomUsageEntry> manual = RoomUsageRepository(demo->db).manualEntries(demo->semester.start, today).value();
    for (const RoomUsageEntry &e : manual)
        kinds << usageKindKey(e.kind);
    kinds.sort();
    CHECK(kinds == (QStringList{usageKindKey(UsageKind::Meeting), usageKindKey(UsageKind::ParentTraining),
                                usageKindKey(UsageKind::Visit)}));
}

TEST_CASE("every signed record of the demo satisfies the sign-off rules of its room")
{
    const QDate today(2026, 11, 22);
    const auto demo = demoAt(today);
    const QList<TrainingSession> sessions = SessionRepository(demo->db).between(demo->semester.start, today).value();
    const QHash<qint64, QList<RoomRule>> rules = RoomRuleRepository(demo->db).allByRoom().value();
    int checked = 0;
    for (const TrainingSession &s : sessions) {
        if (!s.isSigned())
            continue;
        const auto room = RoomRepository(demo->db).byId(s.roomId);
        REQUIRE(room);
        auto ok = checkSignOffRules(s, *room, rules.value(s.roomId), {});
        INFO((ok ? QString() : ok.error().message).toStdString());
        CHECK(ok);
        ++checked;
    }
    CHECK(checked > 100);
}
