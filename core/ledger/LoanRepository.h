#pragma once
// 借出/归还. A loan is refused when the item may not leave its room (the
// room's NoLending rule, quoted), is marked not loanable, is not in good
// condition, or when fewer than asked for are in the room.
#include "common/Result.h"
#include "ledger/ItemLoan.h"

#include <QList>
#include <memory>

namespace rr {

class Database;
class SqlExecutor;
class Transaction;

class LoanRepository {
public:
    explicit LoanRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<QList<ItemLoan>> forItem(qint64 itemId) const;          // newest first
    Result<QList<ItemLoan>> list(LoanScope scope) const;           // by due date
    static Result<QList<ItemLoan>> list(const SqlExecutor &sql, LoanScope scope);
    Result<ItemLoan> byId(qint64 id) const;

    Result<qint64> lend(const ItemLoan &loan);
    static Result<qint64> lend(Transaction &tx, const ItemLoan &loan);
    // The loan back on `date`, taken by `receivedBy`.
    Result<void> giveBack(qint64 loanId, const QDate &date, const QString &receivedBy, const QString &note = {});
    static Result<void> giveBack(Transaction &tx, qint64 loanId, const QDate &date, const QString &receivedBy,
                                 const QString &note);
    // The item's one open loan back (the CLI's `ledger return --item`); when
    // several are open, the one due first.
    Result<qint64> returnItem(qint64 itemId, const QDate &date, const QString &receivedBy, const QString &note = {});

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
