#include "demo/DemoIeps.h"

#include "assessment/AssessmentRepository.h"
#include "calendar/ChineseDate.h"
#include "calendar/SchoolCalendar.h"
#include "goalbank/FillObjective.h"
#include "goalbank/GoalBank.h"
#include "iep/IepRepository.h"
#include "iep/IepStore.h"
#include "iep/ObjectiveData.h"
#include "progress/AimLine.h"
#include "progress/Baseline.h"
#include "progress/FourPointRule.h"
#include "storage/Database.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// Who answers for an objective or a service.
enum class Who { Resource, HeadTeacher, Therapist, Itinerant, Maths };

struct ObjectiveSeed {
    const char16_t *bankText;   // a piece of the goal bank's objective template
    double goal;                // the criterion's value
    double baseline;            // where the child stood in September
    double rate;                // 1 = on the aim line, < 1 behind, > 1 ahead
    const char16_t *methods;
    Who who;
};

struct GoalSeed {
    const char16_t *presentLevel;
    QList<ObjectiveSeed> objectives;
};

struct ServiceSeed {
    ServiceType type;
    int minutes;
    Who who;
    const char16_t *room;
};

struct AccommodationSeed {
    AccommodationKind kind;
    const char16_t *text;
};

struct AssessmentSeed {
    Instrument instrument;
    int monthsAgo;
    Who who;
    QList<std::pair<const char *, double>> results;
};

struct PlanSeed {
    const char16_t *student;
    bool therapist;
    bool itinerant;
    bool mathsTeacher;
    bool previousSemester;
    QList<GoalSeed> goals;
    QList<ServiceSeed> services;
    QList<AccommodationSeed> accommodations;
    QList<AssessmentSeed> assessments;
};

using A = AccommodationKind;
using S = ServiceType;

QList<PlanSeed> plans()
{
    return {
        {u"张小明", true, true, true, true,
         {{u"数学：能唱数到50，能点数10以内的物品；10以内加法依赖数手指，正确率约40%，减法尚未掌握。",
           {{u"能独立完成10以内加法", 80, 40, 0.1, u"TW", Who::Maths},
            {u"能说出10以内各数的分与合", 90, 45, 1.3, u"VT", Who::Resource}}},
          {u"认知：注意力持续时间短，个训课中约4分钟后开始东张西望；能复述3位数字串。",
           {{u"能持续专注完成桌面操作任务", 12, 4, 1.0, u"O", Who::Resource},
            {u"顺背长度达到", 5, 3, 0.9, u"V", Who::Resource}}}},
         {{S::IndividualTraining, 80, Who::Resource, u"个训室"}, {S::SubjectTutoring, 40, Who::Maths, u"资源教室"}},
         {{A::Classroom, u"座位安排在第一排靠近讲台处，便于教师个别提示"},
          {A::Homework, u"数学作业减量一半，保留基础计算题"},
          {A::Exam, u"数学考试延长20分钟，由教师读题"}},
         {{Instrument::Wisc4, 14, Who::Itinerant, {{"fsiq", 62}, {"vci", 66}, {"pri", 70}, {"wmi", 61}, {"psi", 68}}},
          {Instrument::AdaptiveBehaviour, 2, Who::Resource, {{"adq", 68}}}}},
        {u"李思雨", true, true, false, false,
         {{u"社会交往：能回应熟悉成人的问候，但很少主动接近同伴；课间多独自排列文具，与同学对话不超过1轮。",
           {{u"能在课间与{标准}名同学进行3轮对话互动", 2, 0, 1.0, u"O", Who::HeadTeacher},
            {u"能从面部表情图片中识别", 80, 50, 1.1, u"T", Who::Resource}}},
          {u"情绪与行为：课堂上摇晃身体、拍手较多；课程临时变动时会尖叫，需要成人陪同才能进入下一项活动。",
           {{u"摇晃身体、拍手等刻板行为", 2, 8, 1.0, u"O", Who::HeadTeacher},
            {u"根据视觉日程表进入下一项活动", 4, 1, 1.0, u"OP", Who::Therapist}}}},
         {{S::IndividualTraining, 60, Who::Resource, u"个训室"}, {S::SensoryTraining, 60, Who::Therapist, u"感统训练室"}},
         {{A::Classroom, u"教室前方张贴当日视觉日程表，活动变动提前告知"},
          {A::Classroom, u"允许情绪紧张时到教室后方安静角休息5分钟"},
          {A::Exam, u"考试在资源教室单独进行，提供降噪耳罩"}},
         {{Instrument::AdaptiveBehaviour, 3, Who::Resource, {{"adq", 74}}}}},
        {u"王浩然", false, false, false, false,
         {{u"语文：识字量明显低于年级水平，约认识600个常用字；朗读速度每分钟约70字，常漏字、加字，抄写有镜像字。",
           {{u"每周新学会认读", 15, 6, 1.0, u"T", Who::Resource},
            {u"将阅读速度提升至每分钟", 120, 70, 1.35, u"T", Who::Resource},
            {u"朗读课文时不加字、不漏字", 90, 60, 1.0, u"V", Who::HeadTeacher}}}},
         {{S::IndividualTraining, 80, Who::Resource, u"资源教室"}},
         {{A::Homework, u"语文抄写作业减半，允许家长代写部分听写内容"},
          {A::Exam, u"语文考试放大字号，阅读题由教师读题一遍"}},
         {{Instrument::Crt, 6, Who::Itinerant, {{"raw", 38}, {"percentile", 45}, {"iq", 98}}}}},
        {u"陈佳怡", true, true, false, true,
         {{u"语言与沟通：佩戴助听器后能听懂课堂常用指令；平舌音与翘舌音混淆，听短故事后回答问题正确率约50%。",
           {{u"能区分平舌音z、c、s与翘舌音", 85, 50, 1.0, u"VT", Who::Therapist},
            {u"听完一段100字左右的短故事后", 80, 50, 1.0, u"V", Who::Resource}}},
          {u"语文：能写简单句子，看图写话约60字，句子常缺少成分。",
           {{u"能看图写一段不少于", 150, 60, 1.0, u"W", Who::HeadTeacher}}}},
         {{S::SpeechTraining, 60, Who::Therapist, u"个训室"}, {S::IndividualTraining, 40, Who::Resource, u"资源教室"}},
         {{A::Classroom, u"座位安排在第二排中间，教师讲课时面向学生，配合板书"},
          {A::Classroom, u"使用调频（FM）无线传输设备"},
          {A::Exam, u"听力题改为书面阅读题"}},
         {{Instrument::AdaptiveBehaviour, 5, Who::Resource, {{"adq", 92}}}}},
        {u"刘子轩", false, true, false, false,
         {{u"情绪与行为：集体教学中坐定约3分钟即离座，每周离座约10次；需教师多次提醒才能回到座位。",
           {{u"课堂离座行为减少至每周不超过", 2, 10, 1.0, u"O", Who::HeadTeacher},
            {u"文化课连续坐定时间延长至", 8, 3, 1.0, u"O", Who::HeadTeacher}}},
          {u"认知：划消练习正确率约55%，容易漏划。",
           {{u"在划消练习中", 80, 55, 1.0, u"T", Who::Resource}}}},
         {{S::IndividualTraining, 60, Who::Resource, u"个训室"}, {S::SensoryTraining, 40, Who::Resource, u"感统训练室"}},
         {{A::Classroom, u"座位远离门窗，同桌安排安静、乐于助人的同学"},
          {A::Classroom, u"每节课安排1次发本子、擦黑板等合理走动的任务"},
          {A::Homework, u"作业分段完成，每段10分钟"}},
         {}},
        {u"买买提·艾力", true, false, false, true,
         {{u"语言与沟通：舌根音g、k、h及卷舌音发音不清，21个声母中能正确发出13个；言语清晰度约65%，能与熟悉的教师进行2轮对话。",
           {{u"能正确发出声母b、p、m、f", 90, 60, 1.0, u"V", Who::Therapist},
            {u"能区分平舌音z、c、s与翘舌音", 80, 40, 1.0, u"V", Who::Therapist},
            {u"能围绕一个熟悉的话题与教师进行", 5, 2, 1.0, u"O", Who::Resource}}}},
         {{S::SpeechTraining, 80, Who::Therapist, u"个训室"}},
         {{A::Classroom, u"课堂发言给予充足时间，不催促，不当众纠正发音"},
          {A::Exam, u"口语测试允许用书面方式作答"}},
         {{Instrument::Articulation, 1, Who::Therapist,
           {{"correct", 13}, {"substitution", 5}, {"distortion", 2}, {"omission", 1}, {"intelligibility", 65}}}}},
        {u"阿依古丽·努尔兰", false, true, false, false,
         {{u"感知觉与运动：借助放大镜阅读大字课本，视觉追踪慢，走纸上迷宫常迷失方向。",
           {{u"能用笔走出10格以内的纸上迷宫", 80, 40, 1.0, u"P", Who::Resource}}},
          {u"语文：书写速度慢，5分钟抄写约12个字；尚未掌握音序查字法。",
           {{u"能在5分钟内在田字格中抄写汉字", 25, 12, 1.0, u"W", Who::HeadTeacher},
            {u"能用音序查字法在3分钟内查到指定汉字", 80, 30, 1.0, u"P", Who::Resource}}}},
         {{S::IndividualTraining, 60, Who::Resource, u"资源教室"}},
         {{A::Classroom, u"使用大字课本和放大镜，座位靠窗采光好的第一排"},
          {A::Homework, u"作业本使用加粗行线的大格本"},
          {A::Exam, u"试卷放大至A3，延长考试时间30分钟"}},
         {}},
        {u"赵欣怡", true, false, false, false,
         {{u"感知觉与运动：右手精细动作受限，书写时常忘记用右手扶纸，5分钟抄写约15个字。",
           {{u"书写时能一手扶纸一手写字", 80, 40, 1.0, u"O", Who::Therapist},
            {u"能在5分钟内在田字格中抄写汉字", 30, 15, 1.0, u"W", Who::HeadTeacher}}},
          {u"生活自理：能独立穿脱外套，扣5颗纽扣需约6分钟。",
           {{u"能扣上外衣的5颗纽扣", 3, 6, 1.0, u"P", Who::Therapist}}}},
         {{S::Rehabilitation, 80, Who::Therapist, u"感统训练室"}, {S::IndividualTraining, 40, Who::Resource, u"个训室"}},
         {{A::Classroom, u"体育课调整为上肢及平衡练习，由体育教师个别指导"},
          {A::Exam, u"书写量大的考试延长20分钟，可口述部分答案"}},
         {}},
        {u"周宇航", false, true, false, false,
         {{u"情绪与行为：遇到挫折易哭闹、摔东西，每周推打同学约5次；生气时需教师肢体辅助才能平静下来。",
           {{u"推、打、踢同学的行为", 1, 5, 1.0, u"O", Who::HeadTeacher},
            {u"生气时能使用深呼吸、数到10", 4, 1, 1.0, u"O", Who::Resource}}},
          {u"社会交往：游戏输了时常推翻游戏，每周约4次。",
           {{u"游戏输了时能平静接受", 1, 4, 1.0, u"O", Who::Resource}}}},
         {{S::Counselling, 40, Who::Itinerant, u"资源教室"}, {S::IndividualTraining, 40, Who::Resource, u"资源教室"}},
         {{A::Classroom, u"设置冷静角，允许情绪激动时在教师同意后前往"},
          {A::Classroom, u"每日放学前与班主任进行2分钟表现回顾，表现好给予代币奖励"}},
         {}},
        {u"吴梓涵", true, true, false, false,
         {{u"生活自理：穿开衫外套需成人示范并辅助拉拉链。",
           {{u"能独立穿脱开衫外套并拉好拉链", 4, 2, 1.0, u"P", Who::Therapist}}},
          {u"数学：能点数5以内的物品，点数超过10时手口不一致。",
           {{u"能手口一致地点数20以内的物品", 80, 30, 1.0, u"P", Who::Resource}}},
          {u"感知觉与运动：手指力量弱，1分钟能串起约3颗珠子。",
           {{u"能在1分钟内串起直径1厘米的珠子", 10, 3, 1.0, u"P", Who::Therapist}}}},
         {{S::IndividualTraining, 90, Who::Resource, u"送教上门"},
          {S::Rehabilitation, 90, Who::Therapist, u"送教上门"}},
         {{A::Homework, u"作业以生活化操作任务为主，由家长拍照记录"},
          {A::Exam, u"以送教上门的日常观察和操作评价代替书面考试"}},
         {{Instrument::Wisc4, 20, Who::Itinerant, {{"fsiq", 48}, {"vci", 52}, {"pri", 50}, {"wmi", 55}, {"psi", 50}}}}},
        {u"黄子豪", false, false, true, false,
         {{u"数学：经复评已达到年级水平，但进位加法仍偶有错误，应用题列式正确率约70%。",
           {{u"能用竖式计算两位数加两位数", 95, 75, 1.0, u"T", Who::Maths},
            {u"能读懂一步计算的图文应用题并列出算式", 90, 70, 1.0, u"TW", Who::Maths}}}},
         {{S::SubjectTutoring, 40, Who::Maths, u"资源教室"}},
         {{A::Homework, u"数学作业中计算题要求写出竖式"}},
         {}},
        {u"杨一诺", false, false, false, false,
         {{u"感知觉与运动：体育课中活动约5分钟即需休息，需控制运动强度。",
           {{u"在体育课中能参与集体活动并坚持", 15, 5, 1.0, u"O", Who::HeadTeacher}}},
          {u"生活自理：能说出自己的姓名，尚不能准确说出家长电话和住址。",
           {{u"能说出自己的姓名、家长电话号码和家庭住址", 100, 40, 1.0, u"V", Who::HeadTeacher}}}},
         {{S::IndividualTraining, 30, Who::Resource, u"资源教室"}},
         {{A::Classroom, u"体育课免除长跑和剧烈对抗项目，安排计分、器材管理等任务"},
          {A::Classroom, u"教室内备有就医卡，班主任掌握紧急联系方式"}},
         {}},
    };
}

// Where the students with last semester's plan stood at its start.
QHash<QString, QString> earlierLevels()
{
    return {
        {u"张小明/数学"_s, u"能唱数到30，能点数5以内的物品；10以内加法需借助实物，正确率约20%。"_s},
        {u"张小明/认知"_s, u"个训课中约2分钟后注意力分散，需教师频繁提醒；能复述2位数字串。"_s},
        {u"陈佳怡/语言与沟通"_s, u"佩戴助听器后能听懂简短指令；平翘舌音基本不能区分，听短故事后回答问题正确率约30%。"_s},
        {u"陈佳怡/语文"_s, u"能写简短句子，看图写话约30字。"_s},
        {u"买买提·艾力/语言与沟通"_s, u"21个声母中能正确发出10个，b、p混淆；言语清晰度约50%，与教师对话仅1轮。"_s},
    };
}

const BankGoal *bankGoal(const QString &piece)
{
    for (const BankGoal &g : GoalBank::shipped().goals())
        if (g.objectiveTemplate.contains(piece))
            return &g;
    return nullptr;
}

QString number(double value) { return QString::number(value, 'g', 4); }

QString criterionFor(MeasurementScale scale, double goal)
{
    switch (scale) {
    case MeasurementScale::Accuracy: return number(goal) + u"%"_s;
    case MeasurementScale::PromptLevel: return promptLevelChinese(static_cast<PromptLevel>(int(goal)));
    default: return number(goal);
    }
}

// A value as the teacher writes it down: whole percent, counts and levels,
// half minutes; inside the scale.
double recorded(MeasurementScale scale, double value)
{
    switch (scale) {
    case MeasurementScale::Duration: value = std::round(value * 2) / 2; break;
    default: value = std::round(value); break;
    }
    const ScaleRange range = scaleRange(scale);
    return std::clamp(value, range.minimum, range.maximum);
}

// The weekly probe days of an objective: one school day a week (Tuesday to
// Thursday by `weekday`), from the first week up to `last`.
QList<QDate> probeDays(const Semester &semester, int weekday, const QDate &last)
{
    QList<QDate> days;
    for (int week = 1; week <= teachingWeekCount(semester); ++week) {
        const QDate monday = weekStart(semester, week);
        for (int d = weekday; d <= 5; ++d) {
            const QDate day = monday.addDays(d - 1);
            if (day < semester.start || day > last)
                continue;
            if (isSchoolDay(semester, day)) {
                days.append(day);
                break;
            }
        }
    }
    return days;
}

QDate objectiveDeadline(const Semester &semester) { return semester.end.addDays(-7); }

struct Names {
    QString headTeacher;
    QString parent;
};

QString nameOf(Who who, const Names &names)
{
    switch (who) {
    case Who::Resource: return u"马晓燕"_s;
    case Who::HeadTeacher: return names.headTeacher;
    case Who::Therapist: return u"孙静"_s;
    case Who::Itinerant: return u"周敏"_s;
    case Who::Maths: return u"杨帆"_s;
    }
    return {};
}

// The seed's values moved back by a semester: where the child stood then.
ObjectiveSeed earlier(const ObjectiveSeed &seed, MeasurementScale scale)
{
    ObjectiveSeed e = seed;
    const double step = seed.goal - seed.baseline;
    e.goal = recorded(scale, seed.baseline + step * 0.15);
    e.baseline = recorded(scale, seed.baseline - step * 0.5);
    if (scale == MeasurementScale::Accuracy)
        e.goal = std::round(e.goal / 5) * 5;
    if (e.goal == e.baseline)
        e.baseline = recorded(scale, e.baseline - (step > 0 ? 1 : -1));
    e.rate = seed.rate < 0.5 ? 0.8 : 1.05;
    return e;
}

struct BuiltObjective {
    IepObjective objective;
    ObjectiveSeed seed;
};

QString minutesFor(const Student &student, const IepContent &content, const Names &names, const Semester &semester)
{
    QStringList goals;
    for (const IepGoal &g : content.goals)
        goals << goalDomainChinese(g.domain) + u"：“"_s + g.longTerm + u"”"_s;
    int minutes = 0;
    for (const IepService &s : content.services)
        minutes += s.minutesPerWeek;
    QStringList roles;
    for (const IepTeamMember &m : content.team)
        roles << teamRoleChinese(m.role) + m.name;
    return u"地点：资源教室（教学楼一楼东侧 103室）\n"
            "主持：马晓燕\n"
            "记录：马晓燕\n"
            "参加：%1\n\n"
            "一、资源教师马晓燕介绍%2上学期的训练情况和开学初的评估结果，说明本学期各领域的现有能力水平。\n"
            "二、班主任%3介绍学生在班级的学习、交往和行为表现，提出课堂上最需要支持的方面。\n"
            "三、家长%4介绍孩子在家的情况，希望学校继续给予个别辅导，表示愿意配合完成家庭训练。\n"
            "四、小组逐条讨论长期目标和短期目标，确定评量方式、起止日期和负责人。\n\n"
            "决定：\n"
            "1. 本学期长期目标：%5。\n"
            "2. 每周安排个别化教育和康复训练共%6分钟，由负责人按课表实施。\n"
            "3. 课堂、作业和考试调整按计划执行，班主任负责告知各任课教师。\n"
            "4. 每周记录一次目标数据，第十周前后召开期中评估会议，%7前完成期末评估。\n"
            "5. 家长同意本计划，并签字确认。"_s
        .arg(roles.join(u"、"_s), student.name, names.headTeacher, names.parent, goals.join(u"；"_s))
        .arg(minutes)
        .arg(chineseDate(semester.end.addDays(-7)));
}

Result<qint64> addPlan(Transaction &tx, const PlanSeed &plan, const Student &student, const DemoIepSetting &setting,
                       const Semester &semester, bool previous, const QDate &today, qint64 createdFrom,
                       QList<BuiltObjective> *built)
{
    Names names;
    names.headTeacher = student.headTeacherName;
    for (const Guardian &g : student.guardians)
        if (g.isContact || names.parent.isEmpty())
            names.parent = g.name;

    IepContent content;
    const QDate weekTwo = weekStart(semester, 2).addDays(2);   // Wednesday of the second week
    content.meetingDate = std::min(weekTwo, today);
    content.reviewDates = {weekStart(semester, 10).addDays(3), objectiveDeadline(semester)};
    content.team.append({TeamRole::ResourceTeacher, u"马晓燕"_s});
    content.team.append({TeamRole::HeadTeacher, names.headTeacher});
    if (plan.mathsTeacher)
        content.team.append({TeamRole::SubjectTeacher, u"杨帆"_s});
    if (plan.itinerant)
        content.team.append({TeamRole::ItinerantTeacher, u"周敏"_s});
    if (plan.therapist)
        content.team.append({TeamRole::Therapist, u"孙静"_s});
    content.team.append({TeamRole::Parent, names.parent});

    const QDate deadline = objectiveDeadline(semester);
    for (const GoalSeed &goalSeed : plan.goals) {
        IepGoal goal;
        const QString level = QString::fromUtf16(goalSeed.presentLevel);
        for (const ObjectiveSeed &current : goalSeed.objectives) {
            const BankGoal *bank = bankGoal(QString::fromUtf16(current.bankText));
            if (!bank)
                return makeError(ErrorCode::InvalidInput, u"demo: no bank goal \"%1\""_s.arg(QString::fromUtf16(current.bankText)));
            const ObjectiveSeed seed = previous ? earlier(current, bank->scale) : current;
            if (goal.objectives.isEmpty()) {
                goal.domain = bank->domain;
                goal.longTerm = bank->longTermText;
            }
            const QString criterion = criterionFor(bank->scale, seed.goal);
            auto text = fillObjective(*bank, criterion);
            if (!text)
                return text.error();
            IepObjective o;
            o.behaviour = *text;
            o.criterion = criterion;
            o.deadline = deadline;
            o.methods = QString::fromUtf16(seed.methods);
            o.responsible = nameOf(seed.who, names);
            o.start = semester.start;
            o.end = deadline;
            o.scale = bank->scale;
            o.direction = bank->direction;
            o.goalValue = seed.goal;
            goal.objectives.append(o);
            built->append({o, seed});
        }
        // The level text names its domain before the colon.
        const QString earlierLevel = earlierLevels().value(student.name + u'/' + level.section(u'：', 0, 0));
        content.presentLevels.append({goal.domain, previous && !earlierLevel.isEmpty() ? earlierLevel : level.section(u'：', 1)});
        content.goals.append(goal);
    }
    for (const ServiceSeed &s : plan.services)
    {
        const QString room = QString::fromUtf16(s.room);
        // Home delivery has no room of the school: the place goes with the provider.
        const QString provider = setting.roomIds.contains(room) ? nameOf(s.who, names)
                                                                : nameOf(s.who, names) + u"（"_s + room + u"）"_s;
        content.services.append({s.type, s.minutes, provider, setting.roomIds.value(room)});
    }
    for (const AccommodationSeed &a : plan.accommodations)
        content.accommodations.append({a.kind, QString::fromUtf16(a.text)});
    content.meetingMinutes = minutesFor(student, content, names, semester);

    auto id = IepRepository::create(tx, student.id, semester.id, content, createdFrom);
    if (!id)
        return id.error();
    // The resource teacher writes the plan (the demo profile's teacher).
    if (auto active = IepRepository::activate(tx, *id, nameOf(Who::Resource, names)); !active)
        return active.error();
    return id;
}

// Probes on `days` (one a week): three baseline probes, then a noisy climb
// (or fall) towards the goal at the seed's rate.
QList<DataPoint> probeSeries(const IepObjective &objective, const ObjectiveSeed &seed, const QList<QDate> &days,
                             std::mt19937 &random, bool planted)
{
    if (days.isEmpty())
        return {};
    const double span = seed.goal - seed.baseline;
    const double noise = std::max(std::abs(span) * (planted ? 0.05 : 0.08), objective.scale == MeasurementScale::PromptLevel ? 0.4 : 0.6);
    auto jitter = [&] { return (double(random() % 2001) / 1000.0 - 1.0) * noise; };
    QList<DataPoint> series;
    const QDate aimStart = days.size() >= kBaselinePoints ? days.at(kBaselinePoints - 1) : days.last();
    const double weeks = std::max(1.0, aimStart.daysTo(objective.deadline) / 7.0);
    for (int i = 0; i < days.size(); ++i) {
        double expected = seed.baseline;
        if (i >= kBaselinePoints)
            expected += span * seed.rate * (aimStart.daysTo(days.at(i)) / 7.0) / weeks;
        double value = recorded(objective.scale, expected + jitter());
        // Apart from the planted one, no objective ends four probes on the
        // wrong side of its aim line: the demo shows one problem, clearly.
        if (!planted && series.size() >= kBaselinePoints + kDecisionMinimumPoints - 1) {
            QList<DataPoint> withThis = series;
            withThis.append({days.at(i), value, {}, 0});
            if (auto aim = aimLine(withThis, objective.deadline, *objective.goalValue)) {
                if (fourPointRule(withThis, *aim, objective.direction).decision == ProgressDecision::ChangeTeaching) {
                    const double onAim = aim->valueAt(days.at(i));
                    const double better = objective.direction == Direction::Increase ? 1 : -1;
                    value = recorded(objective.scale, onAim + better * noise);
                    if ((value - onAim) * better <= 0)
                        value = recorded(objective.scale, onAim + better * 1.0);
                }
            }
        }
        series.append({days.at(i), value, {}, 0});
    }
    return series;
}

Result<void> addAssessments(Transaction &tx, const PlanSeed &plan, const Student &student, const QDate &today)
{
    for (const AssessmentSeed &seed : plan.assessments) {
        Assessment a;
        a.studentId = student.id;
        a.instrument = seed.instrument;
        QDate date = today.addMonths(-seed.monthsAgo);
        while (date.dayOfWeek() > 5)
            date = date.addDays(-1);
        a.date = date;
        a.assessor = nameOf(seed.who, {student.headTeacherName, {}});
        for (const auto &[key, value] : seed.results)
            a.results.insert(QString::fromLatin1(key), value);
        if (auto added = AssessmentRepository::add(tx, a); !added)
            return added.error();
    }
    return {};
}

} // namespace

Result<void> addDemoIeps(Transaction &tx, const DemoIepSetting &setting, const Clock &clock, QList<qint64> *toArchive,
                         DemoSessionProbes *probes)
{
    const QDate today = clock.today();
    std::mt19937 random(20260901u);
    // Probes are entered after the session, never ahead of today.
    // `current`: this semester's plan, whose objectives measured in sessions
    // hand their probes to the session records.
    auto addData = [&](qint64 iepId, const QList<BuiltObjective> &built, const Semester &semester,
                       bool current) -> Result<void> {
        // The plan as stored, for the ids its objectives were given.
        const auto iep = iepstore::load(tx, iepId);
        if (!iep)
            return iep.error();
        if (current && probes)
            probes->plans.insert(iep->studentId, *iep);
        const QDate last = std::min(today, semester.end);
        int index = 0;
        for (const IepGoal &goal : iep->content.goals) {
            for (const IepObjective &objective : goal.objectives) {
                const BuiltObjective &b = built.at(index++);
                const bool planted = current && b.seed.rate < 0.5;
                const QList<QDate> weekly = probeDays(semester, 2 + int(random() % 3), last);
                std::optional<QList<QDate>> inSessions;
                if (current && probes && setting.sessionDays)
                    inSessions = setting.sessionDays(iep->studentId, objective.responsible);
                const QList<DataPoint> series =
                    probeSeries(objective, b.seed, inSessions ? *inSessions : weekly, random, planted);
                for (const DataPoint &p : series) {
                    if (inSessions) {
                        probes->values[objective.id].insert(p.date, p.value);
                    } else if (auto added = ObjectiveDataRepository::addPoint(tx, {0, objective.id, p.date, p.value, {}, 0});
                               !added) {
                        return added.error();
                    }
                }
            }
        }
        return {};
    };

    for (const PlanSeed &plan : plans()) {
        const QString name = QString::fromUtf16(plan.student);
        const auto student = std::find_if(setting.students.cbegin(), setting.students.cend(),
                                          [&](const Student &s) { return s.name == name; });
        if (student == setting.students.cend())
            return makeError(ErrorCode::NotFound, u"demo: no student %1"_s.arg(name));

        qint64 previousId = 0;
        if (plan.previousSemester) {
            QList<BuiltObjective> built;
            auto id = addPlan(tx, plan, *student, setting, setting.previous, true, today, 0, &built);
            if (!id)
                return id.error();
            if (auto data = addData(*id, built, setting.previous, false); !data)
                return data;
            previousId = *id;
            toArchive->append(previousId);
        }
        QList<BuiltObjective> built;
        auto id = addPlan(tx, plan, *student, setting, setting.current, false, today, previousId, &built);
        if (!id)
            return id.error();
        if (auto data = addData(*id, built, setting.current, true); !data)
            return data;
        if (auto assessed = addAssessments(tx, plan, *student, today); !assessed)
            return assessed;
    }
    return {};
}

Result<void> archiveDemoIeps(const std::shared_ptr<Database> &db, const QList<qint64> &iepIds)
{
    IepRepository ieps(db);
    const ObjectiveDataRepository data(db);
    for (qint64 id : iepIds) {
        if (auto started = ieps.startEvaluation(id); !started)
            return started;
        const auto iep = ieps.byId(id);
        if (!iep)
            return iep.error();
        QList<ObjectiveEvaluation> results;
        for (const IepGoal &goal : iep->content.goals) {
            for (const IepObjective &o : goal.objectives) {
                const auto stored = data.points(o.id);
                if (!stored)
                    return stored.error();
                const QList<DataPoint> points = toDataPoints(*stored);
                const auto base = baseline(points);
                const double start = base ? base->value : 0.0;
                const double last = points.isEmpty() ? start : points.constLast().value;
                const double span = o.goalValue.value_or(start) - start;
                const double reached = span == 0 ? 1.0 : (last - start) / span;
                ObjectiveEvaluation e;
                e.objectiveId = o.id;
                if (reached >= 1.0) {
                    e.result = ProgressMark::Pass;
                    e.achievement = Achievement::Achieved;
                    e.gasLevel = reached >= 1.3 ? 1 : 0;
                    e.comment = u"期末测评达到标准，下学期提高要求。"_s;
                } else if (reached >= 0.6) {
                    e.result = ProgressMark::Continue;
                    e.achievement = Achievement::MostlyAchieved;
                    e.gasLevel = -1;
                    e.comment = u"有明显进步，尚未稳定达到标准，下学期继续。"_s;
                } else {
                    e.result = ProgressMark::Simplify;
                    e.achievement = Achievement::NotAchieved;
                    e.gasLevel = -1;
                    e.comment = u"进步缓慢，下学期分解目标、降低难度。"_s;
                }
                results.append(e);
            }
        }
        if (auto recorded = ieps.recordEvaluation(id, results); !recorded)
            return recorded;
        if (auto archived = ieps.archive(id); !archived)
            return archived;
    }
    return {};
}

} // namespace rr
