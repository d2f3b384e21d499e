#pragma once
// The four-point decision rule of curriculum-based measurement: once the
// current phase has at least six probes beyond the baseline, the last four
// consecutive probes are compared with the aim line. All on the wrong side →
// the teaching is not working (调整教学); all on the good side → the goal is
// too easy (提高目标); mixed → carry on (继续).
#include "progress/AimLine.h"
#include "progress/DataPoint.h"

#include <QList>

namespace rr {

inline constexpr int kDecisionMinimumPoints = 6;
inline constexpr int kDecisionWindow = 4;

enum class ProgressDecision { NotEnoughData, Continue, ChangeTeaching, RaiseGoal };

QString decisionKey(ProgressDecision decision);
QString decisionChinese(ProgressDecision decision);   // 数据不足 / 继续 / 调整教学 / 提高目标
QString decisionLabel(ProgressDecision decision);     // translated

struct DecisionResult {
    ProgressDecision decision = ProgressDecision::NotEnoughData;
    QString chinese;   // as printed on the progress page
    QString reason;    // one sentence, translated
    bool operator==(const DecisionResult &) const = default;
};

// A probe exactly on the aim line counts as neither above nor below, so it
// always ends in "continue". Phase changes restart the count: only points on
// or after the last change (and after the baseline) are considered.
DecisionResult fourPointRule(const QList<DataPoint> &points, const AimLine &aim, Direction direction,
                             const QList<QDate> &phaseChanges = {});

} // namespace rr
