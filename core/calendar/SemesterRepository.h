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

private:
    QList<CalendarDay> daysOf(qint64 semesterId) const;
    std::shared_ptr<Database> m_db;
};

} // namespace rr
