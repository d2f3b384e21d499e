#include "goalbank/GoalDomain.h"

#include "common/EnumLabels.h"

namespace rr {

namespace {
constexpr EnumLabels<GoalDomain, 9> kDomains{"rr::GoalBank", {{
    {GoalDomain::Cognition, "cognition", u"认知", QT_TRANSLATE_NOOP("rr::GoalBank", "Cognition")},
    {GoalDomain::Communication, "communication", u"语言与沟通", QT_TRANSLATE_NOOP("rr::GoalBank", "Language and communication")},
    {GoalDomain::GrossMotor, "gross_motor", u"感知觉与运动（粗大）", QT_TRANSLATE_NOOP("rr::GoalBank", "Perception and motor (gross)")},
    {GoalDomain::FineMotor, "fine_motor", u"感知觉与运动（精细）", QT_TRANSLATE_NOOP("rr::GoalBank", "Perception and motor (fine)")},
    {GoalDomain::SelfCare, "self_care", u"生活自理", QT_TRANSLATE_NOOP("rr::GoalBank", "Self-care")},
    {GoalDomain::Social, "social", u"社会交往", QT_TRANSLATE_NOOP("rr::GoalBank", "Social interaction")},
    {GoalDomain::EmotionBehaviour, "emotion_behaviour", u"情绪与行为", QT_TRANSLATE_NOOP("rr::GoalBank", "Emotion and behaviour")},
    {GoalDomain::ChineseLanguage, "chinese", u"语文", QT_TRANSLATE_NOOP("rr::GoalBank", "Chinese")},
    {GoalDomain::Mathematics, "mathematics", u"数学", QT_TRANSLATE_NOOP("rr::GoalBank", "Mathematics")},
}}};
} // namespace

QList<GoalDomain> allGoalDomains()
{
    QList<GoalDomain> domains;
    for (const auto &entry : kDomains.entries())
        domains.append(entry.value);
    return domains;
}

QString goalDomainKey(GoalDomain domain) { return kDomains.key(domain); }
bool goalDomainFromKey(const QString &key, GoalDomain *domain) { return kDomains.fromKey(key, domain); }
QString goalDomainChinese(GoalDomain domain) { return kDomains.chinese(domain); }
QString goalDomainLabel(GoalDomain domain) { return kDomains.label(domain); }

} // namespace rr
