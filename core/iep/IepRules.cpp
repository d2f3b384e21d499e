#include "iep/IepRules.h"

#include <QCoreApplication>
#include <algorithm>

namespace rr {

QStringList activationProblems(const IepContent &content, const QString &author)
{
    QStringList problems;
    if (!content.meetingDate.isValid())
        problems << QCoreApplication::translate("rr::Iep", "The date of the IEP meeting is missing.");
    // A plan is the team's: the author alone is not a team.
    const QString writer = author.trimmed();
    const bool othersInTeam = std::any_of(content.team.cbegin(), content.team.cend(), [&](const IepTeamMember &m) {
        return !m.name.trimmed().isEmpty() && m.name.trimmed() != writer;
    });
    if (content.team.isEmpty())
        problems << QCoreApplication::translate("rr::Iep", "The team has no members.");
    else if (!othersInTeam)
        problems << QCoreApplication::translate("rr::Iep", "The team has no member besides the author (%1).").arg(writer);
    QList<GoalDomain> described;
    for (const PresentLevel &level : content.presentLevels)
        if (!level.text.trimmed().isEmpty())
            described.append(level.domain);
    QList<GoalDomain> undescribed;
    for (const IepGoal &goal : content.goals)
        if (!described.contains(goal.domain) && !undescribed.contains(goal.domain))
            undescribed.append(goal.domain);
    for (GoalDomain domain : undescribed)
        problems << QCoreApplication::translate("rr::Iep", "The domain %1 has a goal but no present level.")
                        .arg(goalDomainLabel(domain));
    const bool anyService = std::any_of(content.services.cbegin(), content.services.cend(),
                                        [](const IepService &s) { return s.minutesPerWeek > 0; });
    if (!anyService)
        problems << QCoreApplication::translate("rr::Iep", "There is no service with minutes per week.");
    if (content.goals.isEmpty())
        problems << QCoreApplication::translate("rr::Iep", "There is no long-term goal.");
    bool anyComplete = false;
    const qsizetype beforeGoals = problems.size();
    for (int g = 0; g < content.goals.size(); ++g) {
        const IepGoal &goal = content.goals.at(g);
        if (goal.objectives.isEmpty())
            problems << QCoreApplication::translate("rr::Iep", "Goal %1 has no short-term objective.").arg(g + 1);
        for (int o = 0; o < goal.objectives.size(); ++o) {
            const IepObjective &obj = goal.objectives.at(o);
            // An objective must be measurable: without a criterion and a
            // deadline nobody can say at the end whether it was reached.
            const bool hasCriterion = !obj.criterion.trimmed().isEmpty();
            if (!hasCriterion)
                problems << QCoreApplication::translate("rr::Iep", "Objective %1.%2 has no criterion.").arg(g + 1).arg(o + 1);
            if (!obj.deadline.isValid())
                problems << QCoreApplication::translate("rr::Iep", "Objective %1.%2 has no deadline.").arg(g + 1).arg(o + 1);
            anyComplete = anyComplete || (hasCriterion && obj.deadline.isValid());
        }
    }
    if (!content.goals.isEmpty() && !anyComplete && problems.size() == beforeGoals)
        problems << QCoreApplication::translate("rr::Iep", "There is no complete short-term objective.");
    return problems;
}

Result<void> validateIepContent(const IepContent &content)
{
    auto invalid = [](const QString &message) { return makeError(ErrorCode::InvalidInput, message); };
    for (const IepTeamMember &m : content.team)
        if (m.name.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("rr::Iep", "Every team member needs a name."));
    for (const PresentLevel &p : content.presentLevels)
        if (p.text.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("rr::Iep", "A present level needs a description."));
    for (int g = 0; g < content.goals.size(); ++g) {
        const IepGoal &goal = content.goals.at(g);
        if (goal.longTerm.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("rr::Iep", "Goal %1 has no text.").arg(g + 1));
        for (int o = 0; o < goal.objectives.size(); ++o) {
            const IepObjective &obj = goal.objectives.at(o);
            const QString where = QStringLiteral("%1.%2").arg(g + 1).arg(o + 1);
            if (obj.behaviour.trimmed().isEmpty())
                return invalid(QCoreApplication::translate("rr::Iep", "Objective %1 has no behaviour.").arg(where));
            if (!isValidMethodLetters(obj.methods))
                return invalid(QCoreApplication::translate("rr::Iep", "Objective %1: the evaluation methods are O, W, T, V and P.").arg(where));
            if (obj.start.isValid() && obj.end.isValid() && obj.start > obj.end)
                return invalid(QCoreApplication::translate("rr::Iep", "Objective %1 ends before it starts.").arg(where));
            if (obj.gasLevel && (*obj.gasLevel < -2 || *obj.gasLevel > 2))
                return invalid(QCoreApplication::translate("rr::Iep", "Objective %1: the GAS level is from -2 to +2.").arg(where));
        }
    }
    for (const IepService &s : content.services)
        if (s.minutesPerWeek <= 0 || s.minutesPerWeek > 3000)
            return invalid(QCoreApplication::translate("rr::Iep", "A service needs its minutes per week (1 to 3000)."));
    for (const IepAccommodation &a : content.accommodations)
        if (a.text.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("rr::Iep", "An accommodation needs a description."));
    return {};
}

IepContent shiftedIepDates(IepContent content, qint64 days, const QDate &first, const QDate &last)
{
    auto move = [&](const QDate &d) {
        if (!d.isValid())
            return d;
        return std::clamp(d.addDays(days), first, last);
    };
    for (QDate &d : content.reviewDates)
        d = move(d);
    for (IepGoal &goal : content.goals)
        for (IepObjective &obj : goal.objectives) {
            obj.deadline = move(obj.deadline);
            obj.start = move(obj.start);
            obj.end = move(obj.end);
        }
    return content;
}

IepContent withoutResults(IepContent content)
{
    for (IepGoal &goal : content.goals) {
        goal.id = 0;
        for (IepObjective &obj : goal.objectives) {
            obj.id = 0;
            obj.result = ProgressMark::None;
            obj.achievement = Achievement::None;
            obj.resultComment.clear();
            obj.gasLevel.reset();
        }
    }
    return content;
}

} // namespace rr
