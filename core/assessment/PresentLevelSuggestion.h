#pragma once
// From an assessment to a line of the IEP's present levels (现有能力水平):
// the domain it informs and a Chinese sentence the team can edit.
#include "assessment/Assessment.h"
#include "goalbank/GoalDomain.h"

namespace rr {

struct PresentLevelSuggestion {
    GoalDomain domain = GoalDomain::Cognition;
    QString text;
    bool operator==(const PresentLevelSuggestion &) const = default;
};

PresentLevelSuggestion presentLevelSuggestion(const Assessment &assessment);

} // namespace rr
