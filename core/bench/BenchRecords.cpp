#include "bench/BenchRecords.h"

#include "calendar/ChineseDate.h"
#include "calendar/SchoolCalendar.h"
#include "demo/DemoTrainingTexts.h"
#include "goalbank/FillObjective.h"
#include "goalbank/GoalBank.h"
#include "iep/IepRepository.h"
#include "iep/IepStore.h"
#include "storage/Database.h"
#include "training/SessionRepository.h"

#include <QMap>
#include <algorithm>
#include <cmath>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kSessionsPerSemester = 40;
const QString kResourceTeacher = u"马晓燕"_s;
const QString kTherapist = u"孙静"_s;

// Where each objective starts and what it aims at (percent correct).
constexpr double kBaseline = 40;
constexpr double kGoal = 80;

Result<IepContent> contentFor(const BenchSetting &setting, const Student &student, int index, const Semester &semester, int serial)
{
    QString parent;
    for (const Guardian &g : student.guardians)
        if (g.isContact || parent.isEmpty())
            parent = g.name;
    IepContent content;
    content.meetingDate = std::min(weekStart(semester, 2).addDays(2), setting.today);
    const QDate deadline = semester.end.addDays(-7);
    content.reviewDates = {weekStart(semester, 10).addDays(3), deadline};
    content.team = {{TeamRole::ResourceTeacher, kResourceTeacher},
                    {TeamRole::HeadTeacher, student.headTeacherName},
                    {TeamRole::Therapist, kTherapist},
                    {TeamRole::Parent, parent}};
    const QString criterion = u"%1%"_s.arg(kGoal);
    for (int g = 0; g < 2; ++g) {
        const QList<BankGoal> &group = setting.goalGroups.at((index * 3 + serial * 2 + g) % setting.goalGroups.size());
        IepGoal goal;
        goal.domain = group.first().domain;
        goal.longTerm = group.first().longTermText;
        for (int o = 0; o < 2; ++o) {
            const BankGoal &bank = group.at((serial + o) % group.size());
            IepObjective objective;
            auto behaviour = fillObjective(bank, criterion);
            if (!behaviour)
                return behaviour.error();
            objective.behaviour = *behaviour;
            objective.criterion = criterion;
            objective.deadline = deadline;
            objective.methods = u"T"_s;
            objective.responsible = g == 0 ? kResourceTeacher : kTherapist;
            objective.start = semester.start;
            objective.end = deadline;
            objective.scale = bank.scale;
            objective.direction = bank.direction;
            objective.goalValue = kGoal;
            goal.objectives.append(objective);
        }
        const bool sameDomain = std::any_of(content.presentLevels.cbegin(), content.presentLevels.cend(),
                                            [&](const PresentLevel &p) { return p.domain == goal.domain; });
        if (!sameDomain)
            content.presentLevels.append({goal.domain, u"在教师提示下完成约四成，独立完成较少，注意力维持约5分钟。"_s});
        content.goals.append(goal);
    }
    content.services = {{ServiceType::IndividualTraining, 80, kResourceTeacher, setting.rooms.value(u"资源教室"_s)},
                        {ServiceType::Rehabilitation, 40, kTherapist, setting.rooms.value(u"个训室"_s)}};
    content.accommodations = {{AccommodationKind::Classroom, u"座位安排在前排，教师个别提示"_s},
                              {AccommodationKind::Homework, u"作业适当减量，保留基础题"_s}};
    content.meetingMinutes = u"主持：马晓燕\n参加：马晓燕、%1、孙静、%2\n"
                             "一、资源教师介绍%3上学期的训练情况和本学期的评估结果。\n"
                             "二、小组讨论并确定本学期的长期目标、短期目标和服务安排，%4前完成期末评估。"_s
                                 .arg(student.headTeacherName, parent, student.name, chineseDate(deadline));
    return content;
}

// The two weekdays of the student's sessions and the period they take.
struct Rhythm {
    int weekdays[2];
    QTime start;
};

Rhythm rhythmOf(int index)
{
    Rhythm r{{1 + index % 5, 1 + (index + 2) % 5}, QTime(8, 0).addSecs(50 * 60 * ((index / 5) % 8))};
    return r;
}

double probe(int week, int weeks, int index, int objective)
{
    const double climb = (kGoal - kBaseline) * std::min(1.0, double(week) / std::max(1, weeks));
    const double jitter = double((index * 7 + week * 13 + objective * 5) % 11) - 5;
    return std::clamp(std::round(kBaseline + climb + jitter), 0.0, 100.0);
}

} // namespace

QList<QList<BankGoal>> benchGoalGroups()
{
    QMap<QString, QList<BankGoal>> byGoal;
    for (const BankGoal &g : GoalBank::shipped().goals())
        if (g.scale == MeasurementScale::Accuracy && g.direction == Direction::Increase)
            byGoal[g.longTermText].append(g);
    QList<QList<BankGoal>> groups;
    for (const QList<BankGoal> &group : std::as_const(byGoal))
        if (group.size() >= 2)
            groups.append(group);
    return groups;
}

Result<BenchSemesterCounts> addBenchSemester(Transaction &tx, const BenchSetting &setting, const Student &student,
                                             int index, const Semester &semester, qint64 previousIep)
{
    BenchSemesterCounts counts;
    const int serial = semester.schoolYear * 2 + (semester.kind == SemesterKind::Spring ? 1 : 0);
    auto content = contentFor(setting, student, index, semester, serial);
    if (!content)
        return content.error();
    auto iepId = IepRepository::create(tx, student.id, semester.id, *content, previousIep);
    if (!iepId)
        return iepId.error();
    if (auto active = IepRepository::activate(tx, *iepId, kResourceTeacher); !active)
        return active.error();
    auto iep = iepstore::load(tx, *iepId);
    if (!iep)
        return iep.error();
    counts.iepId = *iepId;

    const DemoTopicTexts &texts = demoTopicTexts(static_cast<DemoTopic>(index % (int(DemoTopic::YangSafety) + 1)));
    const Rhythm rhythm = rhythmOf(index);
    const int weeks = teachingWeekCount(semester);
    const bool current = semester.contains(setting.today);
    int lesson = 0;
    for (int week = 1; week <= weeks && lesson < kSessionsPerSemester; ++week) {
        for (int turn = 0; turn < 2 && lesson < kSessionsPerSemester; ++turn) {
            const QDate day = weekStart(semester, week).addDays(rhythm.weekdays[turn] - 1);
            if (!semester.contains(day) || !isSchoolDay(semester, day) || day >= setting.today)
                continue;
            const bool resource = turn == 0;
            const QString instructor = resource ? kResourceTeacher : kTherapist;
            TrainingSession s;
            s.date = day;
            s.start = rhythm.start;
            s.end = rhythm.start.addSecs(40 * 60);
            s.roomId = setting.rooms.value(resource ? u"资源教室"_s : u"个训室"_s);
            s.instructorId = setting.staff.value(instructor);
            s.service = resource ? ServiceType::IndividualTraining : ServiceType::Rehabilitation;
            s.topic = resource ? u"个别化训练"_s : u"康复训练"_s;
            s.content = demoPick(texts.contents, lesson);
            s.method = demoPick(texts.methods, lesson);
            if (!texts.equipment.isEmpty())
                for (const QString &name : texts.equipment.at(lesson % texts.equipment.size()))
                    s.equipment.append({0, name});
            s.problems = demoPick(texts.problems, lesson);
            s.nextSteps = demoPick(texts.nextSteps, lesson);
            SessionStudent st;
            st.studentId = student.id;
            if ((lesson + index) % 23 == 22) {
                st.attendance = Attendance::Leave;
                st.absenceReason = u"病假"_s;
            } else {
                st.arrival = s.start;
                st.departure = s.end;
                st.handedOverTo = u"班主任"_s + student.headTeacherName;
                st.rating = 3 + (lesson + index) % 3;
                st.prompt = st.rating == 5 ? PromptLevel::Independent : PromptLevel::Verbal;
                st.performance = demoPick(texts.performances, lesson);
                st.results = demoPick(texts.results, lesson);
                const IepGoal &goal = iep->content.goals.at(resource ? 0 : 1);
                for (int o = 0; o < goal.objectives.size(); ++o) {
                    ObjectiveWork work;
                    work.objectiveId = goal.objectives.at(o).id;
                    work.value = probe(week, weeks, index, o);
                    st.objectives.append(work);
                    ++counts.points;
                }
            }
            s.students.append(st);
            auto id = SessionRepository::create(tx, s);
            if (!id)
                return id.error();
            ++counts.sessions;
            ++lesson;
            // The current week's records wait for their signature.
            if (current && day.daysTo(setting.today) <= 7)
                continue;
            const QDateTime signedAt(day, s.end.addSecs(30 * 60));
            if (auto signedOff = SessionRepository::sign(tx, *id, s.instructorId, signedAt); !signedOff)
                return signedOff.error();
        }
    }
    if (current || semester.end >= setting.today)
        return counts;

    // The end-of-semester evaluation, then 归档.
    if (auto started = IepRepository::startEvaluation(tx, *iepId); !started)
        return started.error();
    QList<ObjectiveEvaluation> results;
    for (const IepGoal &goal : iep->content.goals)
        for (const IepObjective &o : goal.objectives) {
            ObjectiveEvaluation e;
            e.objectiveId = o.id;
            const bool reached = (index + o.id) % 3 != 0;
            e.result = reached ? ProgressMark::Pass : ProgressMark::Continue;
            e.achievement = reached ? Achievement::Achieved : Achievement::MostlyAchieved;
            e.gasLevel = reached ? 0 : -1;
            e.comment = reached ? u"期末测评达到标准。"_s : u"有明显进步，尚未稳定达到标准，下学期继续。"_s;
            results.append(e);
        }
    if (auto recorded = IepRepository::recordEvaluation(tx, *iepId, results); !recorded)
        return recorded.error();
    if (auto archived = IepRepository::archive(tx, *iepId); !archived)
        return archived.error();
    return counts;
}

} // namespace rr
