#pragma once
// Turning a bank template into the child's objective. The criterion is what
// makes an objective measurable, so a vague one ("较好", "有所进步") or none
// at all is refused: nothing vague enters an IEP from the bank.
#include "common/Result.h"
#include "goalbank/BankGoal.h"

namespace rr {

// Accepted: the criterion holds a digit (80%, 3, ８０), or a Chinese numeral
// or a measurable word (独立, 口头提示, 全部 …) and no vague word (一些, 较好,
// 基本 …). The text is trimmed before use.
bool isMeasurableCriterion(const QString &criterion);

Result<QString> fillObjective(const BankGoal &goal, const QString &criterion);

} // namespace rr
