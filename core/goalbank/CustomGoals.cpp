#include "goalbank/CustomGoals.h"

#include "goalbank/GoalBank.h"
#include "school/SettingsRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QString settingKey() { return QString::fromLatin1(kCustomGoalsSetting); }

Result<QList<BankGoal>> storedGoals(const SqlExecutor &sql)
{
    auto json = SettingsRepository::value(sql, settingKey());
    if (!json)
        return json.error();
    return customGoalsFromJson(json->toUtf8());
}

bool sameGoal(const BankGoal &a, const BankGoal &b)
{
    return a.domain == b.domain && a.objectiveTemplate.trimmed() == b.objectiveTemplate.trimmed();
}

} // namespace

Result<void> validateBankGoal(const BankGoal &goal)
{
    auto invalid = [](const QString &message) { return makeError(ErrorCode::InvalidInput, message); };
    if (goal.area.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("rr::GoalBank", "The goal needs a sub-area, for example 注意力."));
    if (goal.longTermText.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("rr::GoalBank", "The goal needs its long-term goal."));
    if (goal.objectiveTemplate.count(QString::fromUtf16(kCriterionPlaceholder)) != 1)
        return invalid(QCoreApplication::translate("rr::GoalBank",
                                                   "Write the objective with the placeholder {标准} exactly once, where "
                                                   "the child's criterion goes."));
    return {};
}

QByteArray customGoalsToJson(const QList<BankGoal> &goals)
{
    QJsonArray list;
    for (const BankGoal &g : goals)
        list.append(QJsonObject{{u"domain"_s, goalDomainKey(g.domain)}, {u"area"_s, g.area},
                                {u"longTerm"_s, g.longTermText}, {u"objective"_s, g.objectiveTemplate},
                                {u"scale"_s, scaleKey(g.scale)}, {u"direction"_s, directionKey(g.direction)}});
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QList<BankGoal> customGoalsFromJson(const QByteArray &json)
{
    QList<BankGoal> goals;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        BankGoal g;
        g.custom = true;
        g.area = o.value(u"area"_s).toString();
        g.longTermText = o.value(u"longTerm"_s).toString();
        g.objectiveTemplate = o.value(u"objective"_s).toString();
        if (!goalDomainFromKey(o.value(u"domain"_s).toString(), &g.domain)
            || !scaleFromKey(o.value(u"scale"_s).toString(), &g.scale)
            || !directionFromKey(o.value(u"direction"_s).toString(), &g.direction) || !validateBankGoal(g))
            continue;
        goals.append(g);
    }
    return goals;
}

Result<QList<BankGoal>> CustomGoalRepository::all() const
{
    return storedGoals(*m_db);
}

Result<void> CustomGoalRepository::add(BankGoal goal)
{
    goal.custom = true;
    goal.area = goal.area.trimmed();
    goal.longTermText = goal.longTermText.trimmed();
    goal.objectiveTemplate = goal.objectiveTemplate.trimmed();
    if (auto valid = validateBankGoal(goal); !valid)
        return valid;
    return m_db->write({u"goalbank.add"_s, u"goal added to the bank"_s}, [&](Transaction &tx) -> Result<void> {
        auto stored = storedGoals(tx);
        if (!stored)
            return stored.error();
        QList<BankGoal> goals = std::move(*stored);
        const QList<BankGoal> &shipped = GoalBank::shipped().goals();
        const auto same = [&](const BankGoal &g) { return sameGoal(g, goal); };
        if (std::any_of(goals.cbegin(), goals.cend(), same) || std::any_of(shipped.cbegin(), shipped.cend(), same))
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("rr::GoalBank", "The goal bank already holds this objective."));
        goals.append(goal);
        return SettingsRepository::setValue(tx, settingKey(), QString::fromUtf8(customGoalsToJson(goals)));
    });
}

Result<void> CustomGoalRepository::remove(const BankGoal &goal)
{
    return m_db->write({u"goalbank.remove"_s, u"goal removed from the bank"_s}, [&](Transaction &tx) -> Result<void> {
        auto stored = storedGoals(tx);
        if (!stored)
            return stored.error();
        QList<BankGoal> goals = std::move(*stored);
        const qsizetype removed = goals.removeIf([&](const BankGoal &g) { return sameGoal(g, goal); });
        if (removed == 0)
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("rr::GoalBank", "Only goals teachers added can be removed."));
        return SettingsRepository::setValue(tx, settingKey(), QString::fromUtf8(customGoalsToJson(goals)));
    });
}

} // namespace rr
