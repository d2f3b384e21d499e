#pragma once
// 经费投入: funding entries with totals per semester and per calendar year.
#include "common/Result.h"
#include "schoolwork/SchoolWork.h"

#include <memory>

namespace rr {

class Database;
class Transaction;
struct Semester;

class FundingRepository {
public:
    explicit FundingRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<QList<FundingEntry>> all() const;   // by date
    Result<QList<FundingEntry>> between(const QDate &first, const QDate &last) const;
    Result<QList<FundingEntry>> inSemester(const Semester &semester) const;
    Result<FundingEntry> byId(qint64 id) const;
    // Sums in fen of the entries dated inside the semester / the calendar year.
    Result<qint64> totalFen(const Semester &semester) const;
    Result<qint64> totalFenOfYear(int year) const;

    static Result<void> validate(const FundingEntry &entry);
    Result<qint64> add(const FundingEntry &entry);
    static Result<qint64> add(Transaction &tx, const FundingEntry &entry);
    Result<void> update(const FundingEntry &entry);
    Result<void> remove(qint64 id);

private:
    Result<qint64> totalBetween(const QDate &first, const QDate &last) const;
    std::shared_ptr<Database> m_db;
};

} // namespace rr
