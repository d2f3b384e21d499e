#pragma once
// The IEP workflow: 草稿 → 生效 → 期末评估 → 归档. Pure rules here, like
// LrcWorkflow; IepRepository refuses what the table does not allow.
#include <QList>
#include <QString>

namespace rr {

enum class IepStatus { Draft, Active, Evaluation, Archived };

QList<IepStatus> allIepStatuses();
QList<IepStatus> allowedIepTransitions(IepStatus from);
bool isIepTransitionAllowed(IepStatus from, IepStatus to);
// Only a draft is edited freely; an active plan changes by revision only.
bool isIepEditable(IepStatus status);

QString iepStatusKey(IepStatus status);
IepStatus iepStatusFromKey(const QString &key);
QString iepStatusChinese(IepStatus status);   // 草稿 …
QString iepStatusLabel(IepStatus status);      // translated

} // namespace rr
