#include "iep/IepVocabulary.h"

#include "common/EnumLabels.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr EnumLabels<TeamRole, 8> kRoles{"rr::Iep", {{
    {TeamRole::ItinerantTeacher, "itinerant_teacher", u"巡回指导教师", QT_TRANSLATE_NOOP("rr::Iep", "Itinerant teacher")},
    {TeamRole::ResourceTeacher, "resource_teacher", u"资源教师", QT_TRANSLATE_NOOP("rr::Iep", "Resource teacher")},
    {TeamRole::Therapist, "therapist", u"康复治疗师", QT_TRANSLATE_NOOP("rr::Iep", "Therapist")},
    {TeamRole::HeadTeacher, "head_teacher", u"班主任", QT_TRANSLATE_NOOP("rr::Iep", "Head teacher")},
    {TeamRole::SubjectTeacher, "subject_teacher", u"任课教师", QT_TRANSLATE_NOOP("rr::Iep", "Subject teacher")},
    {TeamRole::Parent, "parent", u"家长", QT_TRANSLATE_NOOP("rr::Iep", "Parent")},
    {TeamRole::Student, "student", u"学生本人", QT_TRANSLATE_NOOP("rr::Iep", "The student")},
    {TeamRole::Other, "other", u"其他", QT_TRANSLATE_NOOP("rr::Iep", "Other")},
}}};

constexpr EnumLabels<ServiceType, 7> kServices{"rr::Iep", {{
    {ServiceType::IndividualTraining, "individual_training", u"个别化训练", QT_TRANSLATE_NOOP("rr::Iep", "Individual training")},
    {ServiceType::Rehabilitation, "rehabilitation", u"康复训练", QT_TRANSLATE_NOOP("rr::Iep", "Rehabilitation")},
    {ServiceType::SubjectTutoring, "subject_tutoring", u"学科辅导", QT_TRANSLATE_NOOP("rr::Iep", "Subject tutoring")},
    {ServiceType::Counselling, "counselling", u"心理辅导", QT_TRANSLATE_NOOP("rr::Iep", "Counselling")},
    {ServiceType::SensoryTraining, "sensory_training", u"感统训练", QT_TRANSLATE_NOOP("rr::Iep", "Sensory integration training")},
    {ServiceType::SpeechTraining, "speech_training", u"言语训练", QT_TRANSLATE_NOOP("rr::Iep", "Speech training")},
    {ServiceType::Other, "other", u"其他", QT_TRANSLATE_NOOP("rr::Iep", "Other")},
}}};

constexpr EnumLabels<AccommodationKind, 3> kAccommodations{"rr::Iep", {{
    {AccommodationKind::Classroom, "classroom", u"课堂", QT_TRANSLATE_NOOP("rr::Iep", "In class")},
    {AccommodationKind::Homework, "homework", u"作业", QT_TRANSLATE_NOOP("rr::Iep", "Homework")},
    {AccommodationKind::Exam, "exam", u"考试", QT_TRANSLATE_NOOP("rr::Iep", "Exams")},
}}};

constexpr EnumLabels<EvaluationMethod, 5> kMethods{"rr::Iep", {{
    {EvaluationMethod::Observation, "O", u"观察", QT_TRANSLATE_NOOP("rr::Iep", "Observation")},
    {EvaluationMethod::Work, "W", u"作品", QT_TRANSLATE_NOOP("rr::Iep", "Work sample")},
    {EvaluationMethod::Test, "T", u"测验", QT_TRANSLATE_NOOP("rr::Iep", "Test")},
    {EvaluationMethod::Verbal, "V", u"口头", QT_TRANSLATE_NOOP("rr::Iep", "Oral answer")},
    {EvaluationMethod::Performance, "P", u"实作", QT_TRANSLATE_NOOP("rr::Iep", "Performance task")},
}}};

constexpr EnumLabels<ProgressMark, 6> kMarks{"rr::Iep", {{
    {ProgressMark::Pass, "P", u"通过", QT_TRANSLATE_NOOP("rr::Iep", "Passed")},
    {ProgressMark::Continue, "C", u"继续", QT_TRANSLATE_NOOP("rr::Iep", "Continue")},
    {ProgressMark::Drop, "D", u"放弃", QT_TRANSLATE_NOOP("rr::Iep", "Dropped")},
    {ProgressMark::Simplify, "S", u"简化", QT_TRANSLATE_NOOP("rr::Iep", "Simplified")},
    {ProgressMark::Extend, "E", u"加深", QT_TRANSLATE_NOOP("rr::Iep", "Extended")},
    {ProgressMark::None, "", u"", QT_TRANSLATE_NOOP("rr::Iep", "Not evaluated")},
}}};

constexpr EnumLabels<Achievement, 4> kAchievements{"rr::Iep", {{
    {Achievement::Achieved, "achieved", u"达成", QT_TRANSLATE_NOOP("rr::Iep", "Achieved")},
    {Achievement::MostlyAchieved, "mostly_achieved", u"基本达成", QT_TRANSLATE_NOOP("rr::Iep", "Mostly achieved")},
    {Achievement::NotAchieved, "not_achieved", u"未达成", QT_TRANSLATE_NOOP("rr::Iep", "Not achieved")},
    {Achievement::None, "", u"", QT_TRANSLATE_NOOP("rr::Iep", "Not evaluated")},
}}};

template <typename E, std::size_t N>
QList<E> valuesOf(const EnumLabels<E, N> &labels)
{
    QList<E> values;
    for (const auto &entry : labels.entries())
        values.append(entry.value);
    return values;
}

} // namespace

GoalDomain storedDomain(const QString &key)
{
    GoalDomain d = GoalDomain::Cognition;
    goalDomainFromKey(key, &d);
    return d;
}

MeasurementScale storedScale(const QString &key)
{
    MeasurementScale s = MeasurementScale::Accuracy;
    scaleFromKey(key, &s);
    return s;
}

Direction storedDirection(const QString &key)
{
    Direction d = Direction::Increase;
    directionFromKey(key, &d);
    return d;
}

QList<TeamRole> allTeamRoles() { return valuesOf(kRoles); }
QString teamRoleKey(TeamRole r) { return kRoles.key(r); }
TeamRole teamRoleFromKey(const QString &key) { return kRoles.fromKey(key); }
QString teamRoleChinese(TeamRole r) { return kRoles.chinese(r); }
QString teamRoleLabel(TeamRole r) { return kRoles.label(r); }

QList<ServiceType> allServiceTypes() { return valuesOf(kServices); }
QString serviceTypeKey(ServiceType t) { return kServices.key(t); }
ServiceType serviceTypeFromKey(const QString &key) { return kServices.fromKey(key); }
QString serviceTypeChinese(ServiceType t) { return kServices.chinese(t); }
QString serviceTypeLabel(ServiceType t) { return kServices.label(t); }

QString accommodationKindKey(AccommodationKind k) { return kAccommodations.key(k); }
AccommodationKind accommodationKindFromKey(const QString &key) { return kAccommodations.fromKey(key); }
QString accommodationKindChinese(AccommodationKind k) { return kAccommodations.chinese(k); }
QString accommodationKindLabel(AccommodationKind k) { return kAccommodations.label(k); }

QList<EvaluationMethod> allEvaluationMethods() { return valuesOf(kMethods); }
QChar evaluationMethodLetter(EvaluationMethod m) { return kMethods.key(m).at(0); }
QString evaluationMethodChinese(EvaluationMethod m) { return kMethods.chinese(m); }
QString evaluationMethodLabel(EvaluationMethod m) { return kMethods.label(m); }

bool isValidMethodLetters(const QString &letters)
{
    for (QChar c : letters)
        if (!u"OWTVP"_s.contains(c))
            return false;
    return true;
}

QString progressMarkKey(ProgressMark m) { return kMarks.key(m); }
ProgressMark progressMarkFromKey(const QString &key) { return key.isEmpty() ? ProgressMark::None : kMarks.fromKey(key); }
QString progressMarkChinese(ProgressMark m) { return kMarks.chinese(m); }
QString progressMarkLabel(ProgressMark m) { return kMarks.label(m); }

QString achievementKey(Achievement a) { return kAchievements.key(a); }
Achievement achievementFromKey(const QString &key) { return key.isEmpty() ? Achievement::None : kAchievements.fromKey(key); }
QString achievementChinese(Achievement a) { return kAchievements.chinese(a); }
QString achievementLabel(Achievement a) { return kAchievements.label(a); }

} // namespace rr
