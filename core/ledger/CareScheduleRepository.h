#pragma once
// The recurring inspections and maintenance of items.
#include "common/Result.h"
#include "ledger/CareSchedule.h"

#include <QList>
#include <memory>

namespace rr {

class Database;
class SqlExecutor;
class Transaction;

class CareScheduleRepository {
public:
    explicit CareScheduleRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<QList<CareSchedule>> forItem(qint64 itemId) const;   // by next due date
    // Every schedule of an item still in service, by next due date.
    Result<QList<CareSchedule>> all() const;
    static Result<QList<CareSchedule>> all(const SqlExecutor &sql);

    // The first due date is `startsOn`.
    Result<qint64> add(const CareSchedule &schedule);
    static Result<qint64> add(Transaction &tx, const CareSchedule &schedule);
    Result<void> remove(qint64 id);
    // Done on `date`: the next due date moves on from it.
    static Result<void> markDone(Transaction &tx, qint64 scheduleId, qint64 itemId, const QDate &date);

    static Result<void> validate(const CareSchedule &schedule);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
