#pragma once
// The items of the ledger. An item's quantity is never written here: a new
// item's first quantity is its first 入库 movement, in the same action, and
// every later change is a movement (StockRepository).
#include "common/Result.h"
#include "ledger/LedgerItem.h"

#include <QByteArray>
#include <QList>
#include <memory>

namespace rr {

class Database;
class SqlExecutor;
class Transaction;

class LedgerItemRepository {
public:
    explicit LedgerItemRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // By room, category and ledger number.
    Result<QList<LedgerItem>> list(const ItemFilter &filter = {}) const;
    static Result<QList<LedgerItem>> list(const SqlExecutor &sql, const ItemFilter &filter = {});
    Result<LedgerItem> byId(qint64 id) const;   // NotFound: "The item is not in the ledger."
    static Result<LedgerItem> byId(const SqlExecutor &sql, qint64 id);
    // `key` is an id or a ledger number (the CLI's --item).
    Result<LedgerItem> find(const QString &key) const;

    // The next free number of a category: its code, a dash and three digits (KF-007).
    Result<QString> nextLedgerNumber(qint64 categoryId) const;
    static Result<QString> nextLedgerNumber(const SqlExecutor &sql, qint64 categoryId);

    // Registers an item with its first 入库 of `quantity` (none when 0) on
    // `receivedOn` by `person`. An empty ledger number is made automatically.
    Result<qint64> add(const LedgerItem &item, int quantity, const QDate &receivedOn, const QString &person);
    static Result<qint64> add(Transaction &tx, const LedgerItem &item, int quantity, const QDate &receivedOn,
                              const QString &person);
    // Every field but the quantity. The condition cannot become or stop being
    // 报废 here: scrapping is an approved event (ItemEventRepository).
    Result<void> update(const LedgerItem &item);
    static Result<void> update(Transaction &tx, const LedgerItem &item);
    // Only an item registered by mistake: refused once it has been lent,
    // inspected, serviced, counted or moved beyond its first 入库.
    Result<void> remove(qint64 id);

    // The photo's bytes (empty when none); a photo of up to 4 MB, JPEG or PNG.
    Result<QByteArray> photo(qint64 id) const;
    Result<void> setPhoto(qint64 id, const QByteArray &bytes);

    static Result<void> validate(const LedgerItem &item);
    static Result<void> checkQuantity(int quantity);

    // Used inside other ledger actions: the condition set directly (events, approval).
    static Result<void> setCondition(Transaction &tx, qint64 id, ItemCondition condition);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
