#include "demo/DemoTimetable.h"

#include "calendar/SchoolCalendar.h"
#include "timetable/ProtectedPeriodRepository.h"
#include "timetable/TimetableRepository.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

struct SlotSeed {
    int weekday;
    const char16_t *start;
    int minutes;
    const char16_t *room;
    const char16_t *instructor;
    QList<const char16_t *> students;
    ServiceType service;
    const char16_t *content;
    DemoTopic topic;
    const char16_t *protectedClass = nullptr;
    bool timetabled = true;
};

struct PeriodSeed {
    const char16_t *student;
    int weekday;
    const char16_t *start;
    const char16_t *end;
    const char16_t *label;
};

using S = ServiceType;
using T = DemoTopic;

// The school's periods: 8:00, 8:50, 10:00 (after the long break), 10:50,
// 14:30, 15:20, 16:10. Individual training takes a period or half of one.
QList<SlotSeed> slotSeeds()
{
    return {
        // 马晓燕, resource teacher
        {1, u"10:00", 40, u"个训室", u"马晓燕", {u"张小明"}, S::IndividualTraining, u"数的分与合、注意力训练", T::ZhangCognition},
        {1, u"10:50", 30, u"个训室", u"马晓燕", {u"刘子轩"}, S::IndividualTraining, u"注意力训练", T::LiuAttention},
        {1, u"14:30", 30, u"个训室", u"马晓燕", {u"李思雨"}, S::IndividualTraining, u"社交沟通训练", T::LiSocial},
        {2, u"08:50", 40, u"资源教室", u"马晓燕", {u"王浩然"}, S::IndividualTraining, u"识字与阅读训练", T::WangReading},
        {2, u"14:30", 40, u"资源教室", u"马晓燕", {u"周宇航"}, S::IndividualTraining, u"情绪管理训练", T::ZhouEmotion},
        {3, u"10:00", 40, u"个训室", u"马晓燕", {u"张小明"}, S::IndividualTraining, u"数的分与合、注意力训练", T::ZhangCognition},
        {3, u"10:50", 40, u"资源教室", u"马晓燕", {u"陈佳怡"}, S::IndividualTraining, u"听理解与看图写话", T::ChenListening},
        {3, u"14:30", 30, u"个训室", u"马晓燕", {u"刘子轩"}, S::IndividualTraining, u"注意力训练", T::LiuAttention},
        {4, u"08:50", 40, u"资源教室", u"马晓燕", {u"王浩然"}, S::IndividualTraining, u"识字与阅读训练", T::WangReading,
         u"语文（已与班主任协商，每周占用一次）"},
        {4, u"10:00", 40, u"个训室", u"马晓燕", {u"赵欣怡"}, S::IndividualTraining, u"书写训练", T::ZhaoWriting},
        {4, u"14:30", 30, u"个训室", u"马晓燕", {u"李思雨"}, S::IndividualTraining, u"社交沟通训练", T::LiSocial},
        {5, u"08:50", 30, u"资源教室", u"马晓燕", {u"杨一诺"}, S::IndividualTraining, u"安全常识与生活技能", T::YangSafety},
        {5, u"10:00", 40, u"资源教室", u"马晓燕", {u"阿依古丽·努尔兰"}, S::IndividualTraining, u"视知觉与查字典训练",
         T::AyiguliVisual},
        {5, u"14:30", 90, u"送教上门", u"马晓燕", {u"吴梓涵"}, S::IndividualTraining, u"送教上门：生活数学与认知", T::WuHome},
        // 孙静, therapist
        {1, u"15:20", 30, u"个训室", u"孙静", {u"陈佳怡"}, S::SpeechTraining, u"言语训练（平翘舌音）", T::ChenSpeech},
        {2, u"10:00", 40, u"个训室", u"孙静", {u"买买提·艾力"}, S::SpeechTraining, u"构音训练", T::MaimaitiSpeech},
        {2, u"10:50", 40, u"感统训练室", u"孙静", {u"赵欣怡"}, S::Rehabilitation, u"上肢精细动作康复", T::ZhaoRehab},
        {2, u"15:20", 40, u"感统训练室", u"孙静", {u"李思雨", u"刘子轩"}, S::SensoryTraining, u"感统训练（小组）",
         T::SensoryGroup},
        {3, u"14:30", 90, u"送教上门", u"孙静", {u"吴梓涵"}, S::Rehabilitation, u"送教上门：康复训练", T::WuRehab},
        {4, u"10:50", 40, u"感统训练室", u"孙静", {u"赵欣怡"}, S::Rehabilitation, u"上肢精细动作康复", T::ZhaoRehab},
        {4, u"15:20", 30, u"个训室", u"孙静", {u"陈佳怡"}, S::SpeechTraining, u"言语训练（平翘舌音）", T::ChenSpeech},
        {5, u"10:00", 40, u"个训室", u"孙静", {u"买买提·艾力"}, S::SpeechTraining, u"构音训练", T::MaimaitiSpeech},
        {5, u"15:20", 40, u"感统训练室", u"孙静", {u"李思雨", u"刘子轩"}, S::SensoryTraining, u"感统训练（小组）",
         T::SensoryGroup},
        // 杨帆, maths teacher
        {4, u"14:30", 40, u"资源教室", u"杨帆", {u"张小明"}, S::SubjectTutoring, u"数学辅导（10以内加法）", T::ZhangMaths},
        {2, u"15:20", 40, u"资源教室", u"杨帆", {u"黄子豪"}, S::SubjectTutoring, u"数学辅导（计算与应用题）", T::HuangMaths,
         nullptr, false},
    };
}

QList<PeriodSeed> periodSeeds()
{
    return {
        {u"张小明", 1, u"08:00", u"08:40", u"语文"},
        {u"陈佳怡", 2, u"08:00", u"08:40", u"语文"},
        {u"李思雨", 3, u"08:00", u"08:40", u"数学"},
        // The one the timetable takes, with the head teacher's consent: a warning.
        {u"王浩然", 4, u"08:50", u"09:30", u"语文"},
    };
}

QTime timeOf(const char16_t *text) { return QTime::fromString(QString::fromUtf16(text), u"HH:mm"_s); }

} // namespace

int demoCurrentWeek(const Semester &semester, const QDate &today)
{
    if (today > semester.end)
        return teachingWeekCount(semester) + 1;
    return teachingWeek(semester, today);
}

Result<DemoTimetable> addDemoTimetable(Transaction &tx, const DemoIds &ids, const Semester &semester)
{
    for (const PeriodSeed &seed : periodSeeds()) {
        ProtectedPeriod period;
        period.studentId = ids.students.value(QString::fromUtf16(seed.student));
        period.semesterId = semester.id;
        period.weekday = seed.weekday;
        period.start = timeOf(seed.start);
        period.end = timeOf(seed.end);
        period.label = QString::fromUtf16(seed.label);
        if (auto added = ProtectedPeriodRepository::add(tx, period); !added)
            return added.error();
    }
    DemoTimetable timetable;
    qint64 outside = 0;
    for (const SlotSeed &seed : slotSeeds()) {
        TimetableSlot slot;
        slot.semesterId = semester.id;
        slot.weekday = seed.weekday;
        slot.start = timeOf(seed.start);
        slot.end = slot.start.addSecs(seed.minutes * 60);
        slot.roomId = ids.rooms.value(QString::fromUtf16(seed.room));
        slot.instructorId = ids.staff.value(QString::fromUtf16(seed.instructor));
        for (const char16_t *name : seed.students)
            slot.studentIds.append(ids.students.value(QString::fromUtf16(name)));
        slot.service = seed.service;
        slot.content = QString::fromUtf16(seed.content);
        if (seed.protectedClass)
            slot.protectedClass = QString::fromUtf16(seed.protectedClass);
        if (seed.timetabled) {
            auto id = TimetableRepository::addSlot(tx, slot);
            if (!id)
                return id.error();
            slot.id = *id;
        } else {
            slot.id = --outside;
        }
        timetable.append({slot, seed.topic});
    }
    return timetable;
}

} // namespace rr
