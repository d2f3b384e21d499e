#pragma once
// Stock movements: the only way an item's quantity changes. A movement that
// would leave less than what is lent out (or below zero) is refused.
#include "common/Result.h"
#include "ledger/StockMovement.h"

#include <QList>
#include <memory>

namespace rr {

class Database;
class SqlExecutor;
class Transaction;

class StockRepository {
public:
    explicit StockRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<QList<StockMovement>> forItem(qint64 itemId) const;   // oldest first
    static Result<int> stock(const SqlExecutor &sql, qint64 itemId);
    Result<int> stock(qint64 itemId) const;

    // 入库 of `quantity` (> 0).
    Result<void> receive(qint64 itemId, int quantity, const QDate &date, const QString &person, const QString &reason);
    // 领用/出库 of `quantity` (> 0), consumables and medicines only.
    Result<void> issue(qint64 itemId, int quantity, const QDate &date, const QString &person, const QString &reason);
    // Any movement inside another action (stocktake adjustments, scrapping):
    // the checks of every movement — who, when, never below what is out on loan or zero.
    static Result<void> record(Transaction &tx, const StockMovement &movement);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
