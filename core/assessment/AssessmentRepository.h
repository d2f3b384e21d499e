#pragma once
#include "assessment/Assessment.h"
#include "common/Result.h"

#include <QList>
#include <memory>

namespace rr {

class Database;
class Transaction;

class AssessmentRepository {
public:
    explicit AssessmentRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // NotFound when there is no such assessment.
    Result<Assessment> byId(qint64 id) const;
    Result<QList<Assessment>> forStudent(qint64 studentId) const;             // newest first
    // The newest assessment of each instrument the student has taken, newest first.
    Result<QList<Assessment>> latestPerInstrument(qint64 studentId) const;
    // The same for every student at once, by student id.
    Result<QList<Assessment>> latestPerInstrument() const;

    // Refused when a result is missing, unknown or out of its range.
    Result<qint64> add(const Assessment &assessment);
    static Result<qint64> add(Transaction &tx, const Assessment &assessment);
    // Replaces instrument, date, assessor, results, conclusion and attachment
    // of the stored assessment `assessment.id`, checked as add() checks them.
    Result<void> update(const Assessment &assessment);
    static Result<void> update(Transaction &tx, const Assessment &assessment);
    Result<void> remove(qint64 id);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
