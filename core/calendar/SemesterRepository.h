#pragma once
#include "calendar/Semester.h"
#include "common/Result.h"

#include <memory>
#include <optional>

namespace rr {

class Clock;
class Database;
class SqlExecutor;
class Transaction;

class SemesterRepository {
public:
    explicit SemesterRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<QList<Semester>> all() const;                  // oldest first
    // A semester not on file is ErrorCode::NotFound.
    Result<Semester> byId(qint64 id) const;
    // `key` is an id or a name, as the CLI's --semester takes it; NotFound names it.
    Result<Semester> find(const QString &key) const;
    Result<std::optional<Semester>> containing(const QDate &date) const;

    // The current semester: the one chosen in the settings, or, while none
    // is chosen, the one holding the clock's today; nullopt when neither is.
    Result<std::optional<Semester>> current(const Clock &clock) const;
    // What a form, a command or a page is about: the requested semester, or
    // else the current one. NotFound, in words a teacher can act on, when
    // there is neither.
    Result<Semester> resolve(std::optional<qint64> requested, const Clock &clock) const;

    Result<qint64> add(const Semester &semester);
    static Result<qint64> add(Transaction &tx, const Semester &semester);

    static Result<void> validate(const Semester &semester);

    // The school calendar's entries (holidays, 调休 workdays) as ranges. An
    // entry lies inside its semester, first ≤ last, and does not overlap an
    // entry of the same kind (a holiday another holiday, a workday another
    // workday); `day.id` is left out of the comparison.
    static Result<void> validateDay(const Semester &semester, const CalendarDay &day);
    Result<qint64> addDay(qint64 semesterId, const CalendarDay &day);
    static Result<qint64> addDay(Transaction &tx, qint64 semesterId, const CalendarDay &day);
    Result<void> updateDay(qint64 semesterId, const CalendarDay &day);
    static Result<void> updateDay(Transaction &tx, qint64 semesterId, const CalendarDay &day);
    Result<void> removeDay(qint64 semesterId, qint64 dayId);
    static Result<void> removeDay(Transaction &tx, qint64 semesterId, qint64 dayId);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
