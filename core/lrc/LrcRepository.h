#pragma once
#include "common/Result.h"
#include "lrc/LrcWorkflow.h"

#include <QHash>
#include <memory>

namespace rr {

class Database;
class Transaction;

// A student whose application still has to reach the centre.
struct PendingReport {
    qint64 studentId = 0;
    QString studentName;
    LrcState state = LrcState::None;
    QDate appliedOn;
    QDate deadline;
    int daysLeft = 0;          // negative once the deadline has passed
};

class LrcRepository {
public:
    explicit LrcRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    QList<LrcEvent> history(qint64 studentId) const;        // oldest first
    LrcState state(qint64 studentId) const;
    QHash<qint64, LrcState> allStates() const;              // students without steps are absent

    // Adds the next step. Refused, with the reason, when the step does not
    // follow from the current state or is dated before the previous step.
    Result<qint64> addStep(const LrcEvent &event);
    static Result<qint64> addStep(Transaction &tx, const LrcEvent &event);

    // The report deadline (default 1 October), kept in the data file's settings.
    QPair<int, int> deadlineMonthDay() const;
    Result<void> setDeadline(int month, int day);
    QList<PendingReport> pendingReports(const QDate &today) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
