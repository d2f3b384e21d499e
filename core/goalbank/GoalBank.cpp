#include "goalbank/GoalBank.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace rr {

namespace {
Error lineError(int lineNumber, const QString &what)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("rr::GoalBank", "Goal bank line %1: %2").arg(lineNumber).arg(what));
}

Result<BankGoal> parseLine(const QString &line, int lineNumber)
{
    const QStringList fields = line.split(u'\t');
    if (fields.size() != 6)
        return lineError(lineNumber, QCoreApplication::translate("rr::GoalBank", "expected 6 tab-separated fields, found %1.")
                                         .arg(fields.size()));
    BankGoal goal;
    if (!goalDomainFromKey(fields[0].trimmed(), &goal.domain))
        return lineError(lineNumber, QCoreApplication::translate("rr::GoalBank", "unknown domain \"%1\".").arg(fields[0]));
    goal.area = fields[1].trimmed();
    goal.longTermText = fields[2].trimmed();
    goal.objectiveTemplate = fields[3].trimmed();
    if (goal.area.isEmpty() || goal.longTermText.isEmpty())
        return lineError(lineNumber, QCoreApplication::translate("rr::GoalBank", "the sub-area and the long-term goal are required."));
    if (goal.objectiveTemplate.count(QString::fromUtf16(kCriterionPlaceholder)) != 1)
        return lineError(lineNumber, QCoreApplication::translate("rr::GoalBank", "the objective must hold the placeholder {标准} exactly once."));
    if (!scaleFromKey(fields[4].trimmed(), &goal.scale))
        return lineError(lineNumber, QCoreApplication::translate("rr::GoalBank", "unknown scale \"%1\".").arg(fields[4]));
    if (!directionFromKey(fields[5].trimmed(), &goal.direction))
        return lineError(lineNumber, QCoreApplication::translate("rr::GoalBank", "unknown direction \"%1\".").arg(fields[5]));
    return goal;
}
} // namespace

Result<GoalBank> GoalBank::parse(const QString &tsv)
{
    QList<BankGoal> goals;
    const QStringList lines = tsv.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        Result<BankGoal> goal = parseLine(line, int(i + 1));
        if (!goal)
            return goal.error();
        goals.append(std::move(goal).value());
    }
    return GoalBank(std::move(goals));
}

const GoalBank &GoalBank::shipped()
{
    static const GoalBank bank = [] {
        QFile file(u":/goalbank/goals_zh.tsv"_s);
        if (!file.open(QIODevice::ReadOnly))
            return GoalBank();
        Result<GoalBank> parsed = parse(QString::fromUtf8(file.readAll()));
        return parsed ? std::move(parsed).value() : GoalBank();
    }();
    return bank;
}

QList<BankGoal> GoalBank::inDomain(GoalDomain domain) const
{
    QList<BankGoal> result;
    for (const BankGoal &goal : m_goals)
        if (goal.domain == domain)
            result.append(goal);
    return result;
}

QStringList GoalBank::areas(GoalDomain domain) const
{
    QStringList result;
    for (const BankGoal &goal : m_goals)
        if (goal.domain == domain && !result.contains(goal.area))
            result.append(goal.area);
    return result;
}

} // namespace rr
