#include "assessment/PresentLevelSuggestion.h"

#include "assessment/Interpretation.h"
#include "calendar/ChineseDate.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

GoalDomain domainOf(const Assessment &a)
{
    switch (a.instrument) {
    case Instrument::Wisc4:
    case Instrument::Crt:
    case Instrument::Custom: return GoalDomain::Cognition;
    case Instrument::SocialLife: return GoalDomain::Social;
    case Instrument::AdaptiveBehaviour: return GoalDomain::SelfCare;
    case Instrument::SensoryIntegration: return GoalDomain::GrossMotor;   // 感知觉与运动
    case Instrument::Articulation: return GoalDomain::Communication;
    case Instrument::Academic: {
        const QString subject = a.results.value(u"subject"_s).toString();
        if (subject.contains(u"数学"_s))
            return GoalDomain::Mathematics;
        return subject.contains(u"语文"_s) ? GoalDomain::ChineseLanguage : GoalDomain::Cognition;
    }
    }
    return GoalDomain::Cognition;
}

} // namespace

PresentLevelSuggestion presentLevelSuggestion(const Assessment &a)
{
    const QString finding = interpretResults(a.instrument, a.results);
    return {domainOf(a), u"%1经%2评估：%3。"_s.arg(chineseDate(a.date), instrumentChinese(a.instrument), finding)};
}

} // namespace rr
