#pragma once
// 检查, 保养, 维修, 损坏, 调拨 and 报废 of items, each dated with who and why.
#include "common/Result.h"
#include "ledger/ItemEvent.h"
#include "ledger/LedgerItem.h"

#include <QList>
#include <memory>
#include <optional>

namespace rr {

class Database;
class SqlExecutor;
class Transaction;

class ItemEventRepository {
public:
    explicit ItemEventRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<QList<ItemEvent>> forItem(qint64 itemId) const;   // newest first
    // Every event of a kind, oldest first (the printed records).
    Result<QList<ItemEvent>> ofKind(EventKind kind) const;
    static Result<QList<ItemEvent>> ofKind(const SqlExecutor &sql, EventKind kind);
    Result<ItemEvent> byId(qint64 id) const;

    // Records an event in one action, with what follows from it:
    // - 检查: needs its result; a schedule named in it moves on.
    // - 保养/维修: needs what was done; cost optional; a schedule moves on.
    // - 损坏: needs the cause; the item becomes 损坏; compensation and the
    //   person answerable are optional; paid later (markPaid).
    // - 调拨: to another room (toRoomId); the item moves there.
    // - 报废: a request (reason, quantity); effective when approved — at once
    //   when the event already carries approvedBy and approvedOn.
    // `condition`, when given, is the item's condition afterwards (not 报废).
    Result<qint64> record(const ItemEvent &event, std::optional<ItemCondition> condition = std::nullopt);
    static Result<qint64> record(Transaction &tx, const ItemEvent &event, std::optional<ItemCondition> condition);
    // The compensation of a damage paid on `date`.
    Result<void> markPaid(qint64 eventId, const QDate &date);
    // The scrapping approved: the quantity leaves the stock (报废 movement);
    // with nothing left the item is 报废.
    Result<void> approveScrap(qint64 eventId, const QString &approvedBy, const QDate &date);
    static Result<void> approveScrap(Transaction &tx, qint64 eventId, const QString &approvedBy, const QDate &date);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
