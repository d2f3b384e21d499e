#pragma once
#include "calendar/Semester.h"
#include "common/Result.h"

#include <memory>
#include <optional>

namespace rr {

class Database;
class Transaction;

class SemesterRepository {
public:
    explicit SemesterRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    QList<Semester> all() const;                          // oldest first
    std::optional<Semester> byId(qint64 id) const;
    // `key` is an id or a name, as the CLI's --semester takes it.
    std::optional<Semester> find(const QString &key) const;
    std::optional<Semester> containing(const QDate &date) const;

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
    QList<CalendarDay> daysOf(qint64 semesterId) const;
    std::shared_ptr<Database> m_db;
};

} // namespace rr
