#pragma once
// The goals teachers add to the bank themselves (custom = true). They are
// kept as one JSON list in the data file's settings, so they travel with a
// backup and need no table of their own; the shipped bank stays read-only.
#include "common/Result.h"
#include "goalbank/BankGoal.h"

#include <QByteArray>
#include <QList>
#include <memory>

namespace rr {

class Database;

inline constexpr char kCustomGoalsSetting[] = "goalbank.custom";

// What a goal needs before it may enter the bank: a sub-area, the long-term
// goal and an objective holding {标准} exactly once.
Result<void> validateBankGoal(const BankGoal &goal);

QByteArray customGoalsToJson(const QList<BankGoal> &goals);
QList<BankGoal> customGoalsFromJson(const QByteArray &json);   // unreadable entries are skipped

class CustomGoalRepository {
public:
    explicit CustomGoalRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<QList<BankGoal>> all() const;   // in the order they were added
    // Refused when invalid or when the bank (shipped or custom) already
    // holds the same objective in the same domain.
    Result<void> add(BankGoal goal);
    Result<void> remove(const BankGoal &goal);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
