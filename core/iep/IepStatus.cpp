#include "iep/IepStatus.h"

#include "common/EnumLabels.h"

namespace rr {

namespace {
constexpr EnumLabels<IepStatus, 4> kStatuses{"rr::Iep", {{
    {IepStatus::Draft, "draft", u"草稿", QT_TRANSLATE_NOOP("rr::Iep", "Draft")},
    {IepStatus::Active, "active", u"生效", QT_TRANSLATE_NOOP("rr::Iep", "In effect")},
    {IepStatus::Evaluation, "evaluation", u"期末评估", QT_TRANSLATE_NOOP("rr::Iep", "End-of-semester evaluation")},
    {IepStatus::Archived, "archived", u"归档", QT_TRANSLATE_NOOP("rr::Iep", "Archived")},
}}};
} // namespace

QList<IepStatus> allIepStatuses()
{
    return {IepStatus::Draft, IepStatus::Active, IepStatus::Evaluation, IepStatus::Archived};
}

QList<IepStatus> allowedIepTransitions(IepStatus from)
{
    // Strictly forward: an archived plan is a record of the past, and a plan
    // in effect is changed by revision, never sent back to draft.
    switch (from) {
    case IepStatus::Draft: return {IepStatus::Active};
    case IepStatus::Active: return {IepStatus::Evaluation};
    case IepStatus::Evaluation: return {IepStatus::Archived};
    case IepStatus::Archived: return {};
    }
    return {};
}

bool isIepTransitionAllowed(IepStatus from, IepStatus to) { return allowedIepTransitions(from).contains(to); }

bool isIepEditable(IepStatus status) { return status == IepStatus::Draft; }

QString iepStatusKey(IepStatus s) { return kStatuses.key(s); }
IepStatus iepStatusFromKey(const QString &key) { return kStatuses.fromKey(key); }
QString iepStatusChinese(IepStatus s) { return kStatuses.chinese(s); }
QString iepStatusLabel(IepStatus s) { return kStatuses.label(s); }

} // namespace rr
