#pragma once
// Stores training sessions and their records. A record is a draft until it
// is signed (签字); a signed record is read-only — it changes only by an
// amendment with a reason, date and author, and its history keeps every
// version (the database's triggers refuse any other change, raw SQL
// included). Room rules are held to account here, quoting their words:
// TeacherLeads and MaxStudents when a session is made or saved,
// NoLeavingAlone when it is signed or amended.
//
// Each public write is one user action; the static Transaction& variants
// let bigger actions include these steps.
#include "common/Clock.h"
#include "common/Result.h"
#include "training/SessionHistory.h"
#include "training/TrainingSession.h"

#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace rr {

class Database;
class Transaction;

// What "today's sessions" did: the records made, the occurrences that had
// one already, and those a room rule refused (with the rule's words).
struct FromTimetable {
    QList<qint64> created;
    int alreadyRecorded = 0;
    QStringList refused;
    bool operator==(const FromTimetable &) const = default;
};

class SessionRepository {
public:
    explicit SessionRepository(std::shared_ptr<Database> db, std::shared_ptr<const Clock> clock = systemClock())
        : m_db(std::move(db)), m_clock(std::move(clock))
    {
    }

    Result<TrainingSession> byId(qint64 sessionId) const;     // NotFound: "There is no such training record."
    // Sessions from `from` to `to` inclusive, by date, start, id; roomId 0 = every room.
    Result<QList<TrainingSession>> between(const QDate &from, const QDate &to, qint64 roomId = 0) const;
    Result<QList<TrainingSession>> forStudent(qint64 studentId, const QDate &from, const QDate &to) const;
    Result<std::optional<TrainingSession>> forOccurrence(qint64 slotId, const QDate &occurrenceDate) const;
    // Unsigned records dated up to `until`, oldest first.
    Result<QList<TrainingSession>> unsignedUntil(const QDate &until) const;

    Result<QList<SessionAmendment>> amendments(qint64 sessionId) const;    // oldest first
    // The record as signed, then each amendment with what it changed; empty while unsigned.
    Result<QList<RecordVersion>> history(qint64 sessionId) const;

    // The date of the latest record on or before `onOrBefore`: of a student
    // (studentId > 0, present or not), else in a room (roomId > 0), else any.
    // Empty when there is none. What the forms' default periods start from.
    Result<std::optional<QDate>> latestRecordDate(const QDate &onOrBefore, qint64 studentId = 0, qint64 roomId = 0) const;
    // The student's latest record before `before` in which they were present.
    Result<std::optional<TrainingSession>> previousRecord(qint64 studentId, const QDate &before) const;
    // "Same as last time" for one student of a draft (see SameAsLastTime.h);
    // the draft unchanged when the student has no earlier record.
    Result<TrainingSession> sameAsLastTime(const TrainingSession &draft, qint64 studentId) const;

    // "Today's sessions" in one action: a draft record (draftFromOccurrence)
    // for each timetable occurrence on `date` that has none yet. Occurrences
    // a room rule refuses are reported, not made.
    Result<FromTimetable> createFromTimetable(const QDate &date);
    static Result<FromTimetable> createFromTimetable(Transaction &tx, const QDate &date);

    // A new draft (ad hoc, or from an occurrence when slotId is set). The
    // session's own id, signature and version are ignored. Progress data of
    // present students are written to their objectives in the same action.
    Result<qint64> create(const TrainingSession &session);
    static Result<qint64> create(Transaction &tx, const TrainingSession &session);
    // Replaces a draft whole (its data points too). A signed record is refused.
    Result<void> saveDraft(const TrainingSession &session);
    static Result<void> saveDraft(Transaction &tx, const TrainingSession &session);
    // Deletes a draft and the data points it wrote. A signed record is refused.
    Result<void> removeDraft(qint64 sessionId);
    static Result<void> removeDraft(Transaction &tx, qint64 sessionId);

    // Signs the record as `signerId` (staff) at the clock's now. Refused when
    // already signed, before the session's date, or breaking NoLeavingAlone.
    Result<void> sign(qint64 sessionId, qint64 signerId);
    static Result<void> sign(Transaction &tx, qint64 sessionId, qint64 signerId, const QDateTime &at);
    // Saves the draft as given and signs it, one action: when the signature is
    // refused, the changes are not saved either.
    Result<void> saveAndSign(const TrainingSession &draft, qint64 signerId);

    // Before signing `draft` (as the inputs hold it): an error when a room
    // rule refuses the signature (see checkSignOffRules), otherwise what the
    // signer is only warned about (signOffWarnings), empty when complete.
    Result<QStringList> signOffCheck(const TrainingSession &draft) const;
    // Only the warnings, whether or not a rule refuses the signature.
    Result<QStringList> signOffWarnings(const TrainingSession &draft) const;

    // Corrects a signed record: `corrected` (same id) is the whole record as
    // it should read. The version it replaces is kept with the reason, date
    // and author; refused when nothing changed or without reason or author.
    // Returns the new version number.
    Result<int> amend(const TrainingSession &corrected, const QString &reason, const QString &author, const QDate &date);
    static Result<int> amend(Transaction &tx, const TrainingSession &corrected, const QString &reason,
                             const QString &author, const QDate &date);

private:
    std::shared_ptr<Database> m_db;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace rr
