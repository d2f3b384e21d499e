#pragma once
// 盘点 sessions: start (the expected list), count, confirm.
#include "common/Result.h"
#include "ledger/Stocktake.h"

#include <QList>
#include <memory>

namespace rr {

class Database;
class SqlExecutor;
class Transaction;

class StocktakeRepository {
public:
    explicit StocktakeRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // Newest first, without their lines.
    Result<QList<Stocktake>> all() const;
    // With its lines, by room and ledger number.
    Result<Stocktake> byId(qint64 id) const;
    static Result<Stocktake> byId(const SqlExecutor &sql, qint64 id);

    // A new session over the items in service in `roomId` (0: all rooms):
    // each expected at its quantity less what is out on loan. Refused while
    // another stocktake of the same room is open.
    Result<qint64> start(const QString &title, qint64 roomId, const QDate &date, const QString &person);
    static Result<qint64> start(Transaction &tx, const QString &title, qint64 roomId, const QDate &date,
                                const QString &person);
    // Ticks or counts (counted -1 clears), with the reason of a difference; one action.
    Result<void> setCounts(qint64 stocktakeId, const QList<StocktakeLine> &lines);
    static Result<void> setCounts(Transaction &tx, qint64 stocktakeId, const QList<StocktakeLine> &lines);
    // Every difference becomes an adjustment (盘点调整) with its reason, in one
    // action; refused while a difference has no reason.
    Result<void> confirm(qint64 stocktakeId, const QDate &date, const QString &person);
    static Result<void> confirm(Transaction &tx, qint64 stocktakeId, const QDate &date, const QString &person);
    // An open stocktake may be discarded; a confirmed one is kept.
    Result<void> remove(qint64 stocktakeId);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
