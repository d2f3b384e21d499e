#pragma once
// The school's own list of ledger categories.
#include "common/Result.h"
#include "ledger/LedgerCategory.h"

#include <QList>
#include <memory>

namespace rr {

class Database;
class SqlExecutor;
class Transaction;

class LedgerCategoryRepository {
public:
    explicit LedgerCategoryRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<QList<LedgerCategory>> all() const;   // by position, then id
    Result<LedgerCategory> byId(qint64 id) const;
    static Result<QList<LedgerCategory>> all(const SqlExecutor &sql);
    static Result<LedgerCategory> byId(const SqlExecutor &sql, qint64 id);
    // `key` is an id, a name or a code (the CLI's --category); NotFound names it.
    Result<LedgerCategory> find(const QString &key) const;
    static Result<LedgerCategory> find(const SqlExecutor &sql, const QString &key);

    // A new category goes to the end of the list; an empty code is made from
    // the next free "C<n>".
    Result<qint64> add(const LedgerCategory &category);
    static Result<qint64> add(Transaction &tx, const LedgerCategory &category);
    // Name, code and position. The kind stays while items use the category
    // (their stock and fields depend on it).
    Result<void> update(const LedgerCategory &category);
    // Refused while an item is in the category.
    Result<void> remove(qint64 id);

    static Result<void> validate(const LedgerCategory &category);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
