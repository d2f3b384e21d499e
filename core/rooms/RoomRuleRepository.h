#pragma once
// Stores each room's rules (管理制度). The poster prints them in position
// order; RuleCheck reads them where they can be broken.
#include "common/Result.h"
#include "rooms/RoomRule.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <memory>
#include <optional>

namespace rr {

class Database;
class SqlExecutor;
class Transaction;

class RoomRuleRepository {
public:
    explicit RoomRuleRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<QList<RoomRule>> forRoom(qint64 roomId) const;          // in position order
    Result<QHash<qint64, QList<RoomRule>>> allByRoom() const;      // every room that has rules
    // The same inside a write (pass the Transaction) or outside it.
    static Result<QList<RoomRule>> forRoom(const SqlExecutor &sql, qint64 roomId);
    static Result<QHash<qint64, QList<RoomRule>>> allByRoom(const SqlExecutor &sql);

    // Replaces all rules of a room (one user action); positions are taken from
    // the list order. Refused when a rule has no text or a checked kind lacks
    // its number (days, students).
    // Writes the rules and dates them (制定日期) by the transaction's clock.
    Result<void> replace(qint64 roomId, const QList<RoomRule> &rules);
    static Result<void> replace(Transaction &tx, qint64 roomId, const QList<RoomRule> &rules);
    // Back to the shipped rules of the room's type, limit from its capacity.
    Result<void> resetToDefaults(qint64 roomId);
    static Result<void> resetToDefaults(Transaction &tx, qint64 roomId);

    static Result<void> validate(const QList<RoomRule> &rules);

    // The day the room's rules were last written; empty for the rules a new
    // data file was seeded with, never edited since.
    Result<std::optional<QDate>> madeOn(qint64 roomId) const;

private:
    static QString madeOnKey(qint64 roomId);
    std::shared_ptr<Database> m_db;
};

} // namespace rr
