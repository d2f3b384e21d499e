#include "demo/DemoTraining.h"

#include "calendar/SchoolCalendar.h"
#include "demo/DemoEquipment.h"
#include "demo/DemoTrainingTexts.h"
#include "rooms/RoomRuleRepository.h"
#include "storage/Database.h"
#include "training/SessionRepository.h"
#include "training/SessionStore.h"
#include "usage/RoomUsageRepository.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// 送教上门 is recorded like a room: the teacher's visits to 吴梓涵's home.
// Its rules are the school's for home delivery, not a room's.
Result<void> addHomeDeliveryRules(Transaction &tx, qint64 roomId)
{
    if (roomId <= 0)
        return {};
    const QList<RoomRule> rules{
        {0, roomId, 0, u"送教上门须提前与家长约定时间，由资源教师或康复治疗师按计划实施。"_s, RuleKind::TeacherLeads, 0},
        {0, roomId, 0, u"训练时家长须全程在场，确保学生安全。"_s, RuleKind::TextOnly, 0},
        {0, roomId, 0, u"每次送教后两日内填写送教记录，并请家长签字确认。"_s, RuleKind::RecordDue, 2},
        {0, roomId, 0, u"尊重学生家庭隐私，不在学生家中拍摄与训练无关的内容。"_s, RuleKind::TextOnly, 0},
        {0, roomId, 0, u"送教使用的器材、教具用后带回资源教室，清点登记。"_s, RuleKind::TextOnly, 0},
    };
    return RoomRuleRepository::replace(tx, roomId, rules);
}

PromptLevel promptFor(int rating)
{
    switch (rating) {
    case 5: return PromptLevel::Independent;
    case 4: return PromptLevel::Verbal;
    case 3: return PromptLevel::Visual;
    default: return PromptLevel::Modelling;
    }
}

// The date of `weekday` in teaching week `week`, if that is a school day before today.
std::optional<QDate> pastSchoolDay(const Semester &semester, int week, int weekday, const QDate &today)
{
    if (week < 1)
        return std::nullopt;
    const QDate day = weekStart(semester, week).addDays(weekday - 1);
    if (!semester.contains(day) || !isSchoolDay(semester, day) || day >= today)
        return std::nullopt;
    return day;
}

} // namespace

Result<DemoTraining> DemoTraining::prepare(Transaction &tx, const DemoIds &ids, const Semester &semester, const QDate &today)
{
    if (auto rules = addHomeDeliveryRules(tx, ids.rooms.value(u"送教上门"_s)); !rules)
        return rules.error();
    auto timetable = addDemoTimetable(tx, ids, semester);
    if (!timetable)
        return timetable.error();
    DemoTraining training;
    training.m_ids = ids;
    training.m_semester = semester;
    training.m_today = today;
    training.m_timetable = *timetable;
    training.m_plan = planDemoSessions(semester, *timetable, ids, today);
    return training;
}

std::optional<QList<QDate>> DemoTraining::probeDays(qint64 studentId, const QString &responsible) const
{
    const qint64 staffId = m_ids.staff.value(responsible);
    const bool together = staffId > 0 && std::any_of(m_timetable.cbegin(), m_timetable.cend(), [&](const DemoSlot &d) {
        return d.slot.instructorId == staffId && d.slot.studentIds.contains(studentId);
    });
    if (!together)
        return std::nullopt;
    return demoProbeDays(m_plan, studentId, staffId).value_or(QList<QDate>{});
}

Result<void> DemoTraining::addRecords(Transaction &tx, const DemoSessionProbes &probes,
                                      const QHash<qint64, QString> &headTeachers) const
{
    QHash<qint64, QString> staffNames;
    for (auto it = m_ids.staff.cbegin(); it != m_ids.staff.cend(); ++it)
        staffNames.insert(it.value(), it.key());
    const qint64 homeDelivery = m_ids.rooms.value(u"送教上门"_s);
    const QString mother = u"母亲黄燕"_s;
    const auto ledger = DemoEquipment::read(tx);
    if (!ledger)
        return ledger.error();

    for (const PlannedSession &plan : m_plan) {
        if (plan.fate == PlannedSession::Fate::Unrecorded)
            continue;
        const DemoTopicTexts &texts = demoTopicTexts(plan.texts);
        const int n = plan.lesson;
        const QString instructor = staffNames.value(plan.instructorId);
        TrainingSession s;
        s.date = plan.date;
        s.start = plan.start;
        s.end = plan.end;
        s.roomId = plan.roomId;
        s.instructorId = plan.instructorId;
        s.slotId = plan.slotId;
        s.occurrenceDate = plan.occurrenceDate;
        s.kind = plan.students.size() > 1 ? SessionKind::Group : SessionKind::Individual;
        s.service = plan.service;
        s.topic = plan.topic;
        const bool anyonePresent = std::any_of(plan.students.cbegin(), plan.students.cend(),
                                               [](const PlannedAttendance &a) { return a.attendance == Attendance::Present; });
        if (anyonePresent) {
            s.content = demoPick(texts.contents, n);
            s.method = demoPick(texts.methods, n);
            if (!texts.equipment.isEmpty())
                for (const QString &name : texts.equipment.at(n % texts.equipment.size())) {
                    const EquipmentUse use = ledger->use(name, s.roomId);
                    if (!s.equipment.contains(use))   // 沙盘 and 沙具 are one ledger item
                        s.equipment.append(use);
                }
            s.problems = demoPick(texts.problems, n);
            s.nextSteps = demoPick(texts.nextSteps, n);
        } else {
            s.content = u"学生请假，本次训练未进行。"_s;
            s.nextSteps = u"下次训练补上本次内容。"_s;
        }
        for (int i = 0; i < plan.students.size(); ++i) {
            const PlannedAttendance &a = plan.students.at(i);
            SessionStudent st;
            st.studentId = a.studentId;
            st.attendance = a.attendance;
            st.absenceReason = a.reason;
            if (a.attendance == Attendance::Present) {
                // Most arrive on the bell; now and then a couple of minutes late.
                st.arrival = plan.start.addSecs((n + i) % 5 == 4 ? 120 : 0);
                st.departure = plan.end;
                st.handedOverTo = plan.roomId == homeDelivery ? mother : u"班主任"_s + headTeachers.value(a.studentId);
                st.rating = 3 + (n + 2 * i) % 3;
                st.prompt = promptFor(st.rating);
                st.performance = demoPick(texts.performances, n + 2 * i);
                st.results = plan.missingResults ? QString() : demoPick(texts.results, n + i);
                const auto iep = probes.plans.constFind(a.studentId);
                if (iep != probes.plans.cend()) {
                    QList<ObjectiveWork> own;
                    QList<ObjectiveWork> inClass;
                    for (const IepGoal &goal : iep->content.goals)
                        for (const IepObjective &o : goal.objectives) {
                            ObjectiveWork work;
                            work.objectiveId = o.id;
                            if (o.responsible == instructor) {
                                const auto values = probes.values.constFind(o.id);
                                if (values != probes.values.cend() && values->contains(plan.date))
                                    work.value = values->value(plan.date);
                                own.append(work);
                            } else if (o.responsible == headTeachers.value(a.studentId)) {
                                inClass.append(work);
                            }
                        }
                    // Where the instructor answers for no objective, the
                    // session supports those the head teacher observes in class.
                    st.objectives = own.isEmpty() ? inClass : own;
                }
            }
            s.students.append(st);
        }
        auto id = SessionRepository::create(tx, s);
        if (!id)
            return id.error();
        if (plan.fate == PlannedSession::Fate::Unsigned)
            continue;
        const QDateTime signedAt(plan.date, plan.end.addSecs(60 * (15 + (n * 13) % 50)));
        if (auto signedOff = SessionRepository::sign(tx, *id, plan.instructorId, signedAt); !signedOff)
            return signedOff;
        if (plan.amended && anyonePresent) {
            auto stored = sessionstore::load(tx, *id);
            if (!stored)
                return stored.error();
            TrainingSession corrected = *stored;
            corrected.students.first().performance += u"计时朗读第二遍比第一遍少漏读2个字。"_s;
            if (auto amended = SessionRepository::amend(tx, corrected, u"补记计时朗读情况（签字时遗漏）。"_s, instructor,
                                                        plan.date.addDays(2));
                !amended)
                return amended.error();
        }
    }

    // Other uses of the rooms this semester.
    const int week = demoCurrentWeek(m_semester, m_today);
    struct UseSeed {
        int week;
        int weekday;
        QTime start;
        QTime end;
        UsageKind kind;
        QString room;
        QString who;
        QString purpose;
        QString others;
        QStringList aids;
        QString note;
    };
    const QList<UseSeed> uses{
        {week - 6, 5, QTime(16, 30), QTime(17, 30), UsageKind::ParentTraining, u"资源教室"_s, u"马晓燕"_s,
         u"家长培训：在家里怎样陪孩子做训练"_s, u"随班就读学生家长9人"_s, {u"PPT课件"_s, u"训练示范教具"_s},
         u"发放家庭训练记录表，请家长每周填写后交班主任。"_s},
        {week - 4, 3, QTime(16, 10), QTime(17, 0), UsageKind::Visit, u"感统训练室"_s, u"周敏"_s,
         u"市特殊教育资源中心巡回指导，兄弟学校资源教师参观感统训练室"_s, u"市特殊教育资源中心周敏及兄弟学校资源教师5人"_s,
         {u"感统器材"_s}, u"参观人员未进入训练区域，未接触学生资料。"_s},
        {week - 2, 4, QTime(16, 10), QTime(17, 10), UsageKind::Meeting, u"资源教室"_s, u"何志强"_s,
         u"随班就读工作教研会：IEP期中评估安排"_s, u"马晓燕、孙静、杨帆及各班主任共9人"_s, {}, QString()},
    };
    for (const UseSeed &seed : uses) {
        const auto day = pastSchoolDay(m_semester, seed.week, seed.weekday, m_today);
        if (!day)
            continue;
        RoomUsageEntry e;
        e.kind = seed.kind;
        e.date = *day;
        e.start = seed.start;
        e.end = seed.end;
        e.roomId = m_ids.rooms.value(seed.room);
        e.who = seed.who;
        e.purpose = seed.purpose;
        e.otherNames = seed.others;
        for (const QString &aid : seed.aids)
            e.teachingAids.append({0, aid});
        e.note = seed.note;
        if (auto added = RoomUsageRepository::add(tx, e); !added)
            return added.error();
    }
    return {};
}

} // namespace rr
