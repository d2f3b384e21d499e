#pragma once
// Stores the weekly timetable (排课) and its one-off changes, and turns them
// into dated occurrences. Each public write is one user action; hard
// conflicts (TimetableConflicts.h) refuse the write, warnings do not.
#include "common/Result.h"
#include "timetable/TimetableConflicts.h"
#include "timetable/TimetableSlot.h"

#include <QDate>
#include <QList>
#include <memory>
#include <optional>

namespace rr {

class Database;
class SqlExecutor;
class Transaction;

class TimetableRepository {
public:
    explicit TimetableRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<QList<TimetableSlot>> slotsOf(qint64 semesterId) const;   // by weekday, start, id ("slots" is a Qt keyword macro)
    Result<TimetableSlot> slot(qint64 id) const;                      // NotFound: "The slot does not exist."
    Result<QList<TimetableSlot>> slotsOfStudent(qint64 semesterId, qint64 studentId) const;
    Result<QList<SlotChange>> changes(qint64 slotId) const;           // by date
    Result<QList<SlotChange>> changesInSemester(qint64 semesterId) const;
    Result<SlotChange> change(qint64 id) const;                       // NotFound: "The change does not exist."
    // The change of the slot's meeting on `date`, if it has one.
    Result<std::optional<SlotChange>> changeOn(qint64 slotId, const QDate &date) const;
    static Result<std::optional<SlotChange>> changeOn(const SqlExecutor &sql, qint64 slotId, const QDate &date);

    // The meetings between `from` and `to` (inclusive) of every semester
    // overlapping the range, ordered by date, start, slot id:
    // - a slot meets on each date of its validity period whose weekday is the
    //   slot's, except holidays (SchoolCalendar::isHoliday);
    // - a 调休 workday counts as its own weekday: a Saturday made a school day
    //   holds the Saturday slots (usually none). Which weekday's classes the
    //   school moves there is not recorded, so nothing is guessed; a one-off
    //   change moves a slot onto such a day when the school wants it;
    // - a change cancels its date or moves it (date, time, room, instructor);
    //   a moved meeting is listed on its new date, with changed = true.
    // An invalid or reversed range has no meetings.
    Result<QList<SlotOccurrence>> occurrences(const QDate &from, const QDate &to) const;
    static Result<QList<SlotOccurrence>> occurrences(const SqlExecutor &sql, const QDate &from, const QDate &to);
    // NotFound for a semester that does not exist; no meetings for a week outside it.
    Result<QList<SlotOccurrence>> occurrencesOfWeek(qint64 semesterId, int teachingWeek) const;

    // Conflicts of the whole semester's timetable, and those a slot would
    // have with the semester's other slots (a preview before saving; the
    // slot's own id is left out of the comparison).
    Result<QList<TimetableConflict>> conflicts(qint64 semesterId) const;
    Result<QList<TimetableConflict>> conflictsFor(const TimetableSlot &slot) const;

    // Validation: semester, room, instructor and students exist; at least one
    // student, none listed twice, none whose 随班就读 status was revoked;
    // weekday 1–7; end after start; the validity period inside the semester
    // (invalid dates: the whole semester). Hard conflicts refuse the write.
    Result<qint64> addSlot(const TimetableSlot &slot);
    static Result<qint64> addSlot(Transaction &tx, const TimetableSlot &slot);
    Result<void> updateSlot(const TimetableSlot &slot);
    static Result<void> updateSlot(Transaction &tx, const TimetableSlot &slot);
    // Ends the slot after `lastDay` (its last meeting day, inside its validity
    // period): its past meetings and their records stay, one-off changes
    // after that day go.
    Result<void> endSlot(qint64 slotId, const QDate &lastDay);
    static Result<void> endSlot(Transaction &tx, qint64 slotId, const QDate &lastDay);
    Result<void> removeSlot(qint64 slotId);                     // its changes go with it
    static Result<void> removeSlot(Transaction &tx, qint64 slotId);

    // A change to one date the slot meets on (not a holiday, inside the
    // semester); one change per slot and date. A move must land inside the
    // semester on a day that is not a holiday, end after it starts, and not
    // double-book the instructor or a student on the new date.
    Result<qint64> addChange(const SlotChange &change);
    static Result<qint64> addChange(Transaction &tx, const SlotChange &change);
    Result<void> removeChange(qint64 changeId);
    static Result<void> removeChange(Transaction &tx, qint64 changeId);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
