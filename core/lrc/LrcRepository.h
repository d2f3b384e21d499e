#pragma once
#include "common/Clock.h"
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
    explicit LrcRepository(std::shared_ptr<Database> db, std::shared_ptr<const Clock> clock = systemClock())
        : m_db(std::move(db)), m_clock(std::move(clock))
    {
    }

    // Oldest first, corrected steps included (with their correction).
    Result<QList<LrcEvent>> history(qint64 studentId) const;
    Result<LrcState> state(qint64 studentId) const;
    Result<QHash<qint64, LrcState>> allStates() const;              // students without steps are absent

    // Adds the next step. Refused, with the reason, when the step does not
    // follow from the current state, is dated before the previous standing
    // step, or is 不予确认 / 撤销 without a reason or the 经办人 (actor).
    Result<qint64> addStep(const LrcEvent &event);
    static Result<qint64> addStep(Transaction &tx, const LrcEvent &event);

    // Voids a step recorded by mistake with a correction entry dated by the
    // clock: the step stays in the history, the state is computed without
    // it, and a replacement may then be recorded. Refused without a reason
    // or who, for a step already corrected, or when later steps depend on it.
    Result<qint64> correct(qint64 eventId, const QString &reason, const QString &by);
    static Result<qint64> correct(Transaction &tx, qint64 eventId, const QString &reason, const QString &by,
                                  const QDate &on);

    // The report deadline (default 1 October), kept in the data file's settings.
    Result<QPair<int, int>> deadlineMonthDay() const;
    Result<void> setDeadline(int month, int day);
    Result<QList<PendingReport>> pendingReports(const QDate &today) const;

private:
    std::shared_ptr<Database> m_db;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace rr
