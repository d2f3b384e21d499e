#pragma once
// The change of one dated meeting of a weekly slot as one user action, for
// the timetable's dialog and the CLI alike. A slot has at most one change
// per date, and changes are not edited in place: setting the change of a
// date that has one already replaces it (the old one goes, the new one
// comes, in the same transaction, so a refused new change keeps the old).
#include "common/Result.h"
#include "timetable/TimetableSlot.h"

#include <memory>

namespace rr {

class Database;
class Transaction;

class SlotChanges {
public:
    explicit SlotChanges(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // Cancels or moves the meeting of `change.slotId` on `change.date` (see
    // TimetableRepository::addChange for what is refused); returns the id of
    // the change now in force.
    Result<qint64> set(const SlotChange &change);
    static Result<qint64> set(Transaction &tx, const SlotChange &change);
    // Undoes the change of that date: the meeting takes place as the slot
    // says. NotFound when the date has no change.
    Result<void> undo(qint64 slotId, const QDate &date);
    static Result<void> undo(Transaction &tx, qint64 slotId, const QDate &date);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
