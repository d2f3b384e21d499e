#pragma once
// The 待核对 flags of the students: raised inside another action's
// transaction (the import), listed per student and for the whole school,
// and marked as checked with a date and who checked.
#include "common/Result.h"
#include "students/ReviewFlag.h"

#include <QSet>
#include <memory>

namespace rr {

class Database;
class Transaction;

class ReviewFlagRepository {
public:
    explicit ReviewFlagRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    static Result<qint64> add(Transaction &tx, const ReviewFlag &flag);
    // Every flag of the student, open ones first, newest first.
    Result<QList<ReviewFlag>> forStudent(qint64 studentId) const;
    // The open flags of all students (the 待核对 list).
    Result<QList<PendingReview>> pending() const;
    Result<QSet<qint64>> studentsWithOpenFlags() const;
    // Marks the flag as checked; refuses a flag already checked or unknown.
    Result<void> resolve(qint64 flagId, const QString &checkedBy, const QDate &on);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
