#pragma once
// The shipped goal bank: goals_zh.tsv, compiled in as :/goalbank/goals_zh.tsv.
// File format, UTF-8, one goal per line, tab-separated, '#' starts a comment:
//   domain key, sub-area, long-term goal, objective template ({标准} once),
//   scale key (accuracy/count/duration/prompt/attainment), direction key
//   (increase/decrease).
#include "common/Result.h"
#include "goalbank/BankGoal.h"

#include <QList>

namespace rr {

class GoalBank {
public:
    GoalBank() = default;
    explicit GoalBank(QList<BankGoal> goals) : m_goals(std::move(goals)) {}

    // Loaded from the resource on first use, then shared. A broken resource
    // is a build error caught by test_goal_bank, so it yields an empty bank.
    static const GoalBank &shipped();
    // Any line that does not parse refuses the whole text, naming the line.
    static Result<GoalBank> parse(const QString &tsv);

    const QList<BankGoal> &goals() const { return m_goals; }
    QList<BankGoal> inDomain(GoalDomain domain) const;
    QStringList areas(GoalDomain domain) const;   // in file order, each once

private:
    QList<BankGoal> m_goals;
};

} // namespace rr
