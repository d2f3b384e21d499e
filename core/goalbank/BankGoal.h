#pragma once
// One entry of the goal bank: a long-term goal and one measurable short-term
// objective under it whose criterion is left open ({标准}) because it depends
// on the child. Shipped goals come from goals_zh.tsv; goals a teacher writes
// herself carry custom = true and will be kept by the IEP repository.
#include "goalbank/GoalDomain.h"
#include "progress/DataPoint.h"
#include "progress/MeasurementScale.h"

#include <QString>

namespace rr {

// The one placeholder every objective template holds.
inline constexpr char16_t kCriterionPlaceholder[] = u"{标准}";

struct BankGoal {
    GoalDomain domain = GoalDomain::Cognition;
    QString area;                 // sub-area, e.g. 注意力, 加减法
    QString longTermText;         // 长期目标
    QString objectiveTemplate;    // 短期目标 with exactly one {标准}
    MeasurementScale scale = MeasurementScale::Accuracy;
    Direction direction = Direction::Increase;
    bool custom = false;
    bool operator==(const BankGoal &) const = default;
};

} // namespace rr
