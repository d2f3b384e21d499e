#pragma once
#include "common/Result.h"
#include "timetable/ProtectedPeriod.h"

#include <QList>
#include <memory>

namespace rr {

class Database;
class SqlExecutor;
class Transaction;

class ProtectedPeriodRepository {
public:
    explicit ProtectedPeriodRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<QList<ProtectedPeriod>> forStudent(qint64 studentId) const;      // by weekday, start
    // Every student's periods that hold in the semester (its own and the
    // ones for every semester).
    Result<QList<ProtectedPeriod>> forSemester(qint64 semesterId) const;
    static Result<QList<ProtectedPeriod>> forSemester(const SqlExecutor &sql, qint64 semesterId);

    Result<qint64> add(const ProtectedPeriod &period);
    static Result<qint64> add(Transaction &tx, const ProtectedPeriod &period);
    Result<void> update(const ProtectedPeriod &period);
    Result<void> remove(qint64 periodId);
    // Replaces all of a student's periods (one user action).
    Result<void> replaceForStudent(qint64 studentId, const QList<ProtectedPeriod> &periods);

    static Result<void> validate(const ProtectedPeriod &period);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
