#pragma once
// Creating a semester as one user action: the semester, the calendar entries
// chosen with it (usually the statutory holidays that fall inside it) and,
// if asked, making it the current semester — one transaction, used by the
// settings dialog and the CLI. Adding the statutory holidays to an existing
// semester is the calendar editor's and the CLI's second way in.
#include "calendar/Semester.h"
#include "common/Result.h"

#include <memory>

namespace rr {

class Database;
class Transaction;

struct StatutoryAdded {
    int added = 0;       // entries written
    int skipped = 0;     // already there, or overlapping an entry of the same kind
    bool operator==(const StatutoryAdded &) const = default;
};

class SemesterSetup {
public:
    explicit SemesterSetup(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // `semester.days` are saved with it (validated as calendar entries).
    Result<qint64> create(const Semester &semester, bool makeCurrent);
    static Result<qint64> create(Transaction &tx, const Semester &semester, bool makeCurrent);

    // The shipped statutory days inside `semester` (cut to it), for a new
    // semester's checked list.
    static QList<CalendarDay> statutoryOffer(const Semester &semester);

    // Adds the statutory entries inside the semester that it does not hold
    // yet; an entry overlapping one of the same kind is skipped, not refused.
    Result<StatutoryAdded> addStatutory(qint64 semesterId);
    static Result<StatutoryAdded> addStatutory(Transaction &tx, qint64 semesterId);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
