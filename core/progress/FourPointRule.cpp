#include "progress/FourPointRule.h"

#include "common/EnumLabels.h"
#include "progress/Baseline.h"

#include <QCoreApplication>

namespace rr {

namespace {
constexpr EnumLabels<ProgressDecision, 4> kDecisions{"rr::Progress", {{
    {ProgressDecision::Continue, "continue", u"继续", QT_TRANSLATE_NOOP("rr::Progress", "Continue")},
    {ProgressDecision::ChangeTeaching, "change_teaching", u"调整教学", QT_TRANSLATE_NOOP("rr::Progress", "Change the teaching")},
    {ProgressDecision::RaiseGoal, "raise_goal", u"提高目标", QT_TRANSLATE_NOOP("rr::Progress", "Raise the goal")},
    {ProgressDecision::NotEnoughData, "not_enough_data", u"数据不足", QT_TRANSLATE_NOOP("rr::Progress", "Not enough data")},
}}};

DecisionResult make(ProgressDecision decision, QString reason)
{
    return {decision, decisionChinese(decision), std::move(reason)};
}
} // namespace

QString decisionKey(ProgressDecision decision) { return kDecisions.key(decision); }
QString decisionChinese(ProgressDecision decision) { return kDecisions.chinese(decision); }
QString decisionLabel(ProgressDecision decision) { return kDecisions.label(decision); }

DecisionResult fourPointRule(const QList<DataPoint> &points, const AimLine &aim, Direction direction,
                             const QList<QDate> &phaseChanges)
{
    const QList<DataPoint> phase = pointsInCurrentPhase(points, phaseChanges);
    if (phase.size() < kDecisionMinimumPoints)
        return make(ProgressDecision::NotEnoughData,
                    QCoreApplication::translate("rr::Progress",
                                                "There are %1 probes after the baseline in this phase; the four-point rule needs at least %2.")
                        .arg(phase.size()).arg(kDecisionMinimumPoints));

    int above = 0, below = 0;
    for (qsizetype i = phase.size() - kDecisionWindow; i < phase.size(); ++i) {
        const double aimValue = aim.valueAt(phase[i].date);
        if (phase[i].value > aimValue)
            ++above;
        else if (phase[i].value < aimValue)
            ++below;
    }
    // "Good side" is above the line for a skill, below it for a problem behaviour.
    const int better = direction == Direction::Increase ? above : below;
    const int worse = direction == Direction::Increase ? below : above;
    if (worse == kDecisionWindow)
        return make(ProgressDecision::ChangeTeaching,
                    direction == Direction::Increase
                        ? QCoreApplication::translate("rr::Progress", "The last 4 probes are all below the aim line: progress is too slow to reach the goal in time.")
                        : QCoreApplication::translate("rr::Progress", "The last 4 probes are all above the aim line: the behaviour is not decreasing fast enough to reach the goal in time."));
    if (better == kDecisionWindow)
        return make(ProgressDecision::RaiseGoal,
                    direction == Direction::Increase
                        ? QCoreApplication::translate("rr::Progress", "The last 4 probes are all above the aim line: the child is ahead of plan and the goal can be raised.")
                        : QCoreApplication::translate("rr::Progress", "The last 4 probes are all below the aim line: the behaviour is decreasing faster than planned and the goal can be raised."));
    return make(ProgressDecision::Continue,
                QCoreApplication::translate("rr::Progress", "The last 4 probes lie on both sides of the aim line: keep the current teaching."));
}

} // namespace rr
