#pragma once
#include "common/Result.h"
#include "schoolwork/SchoolWork.h"

#include <memory>

namespace rr {

class Database;
class Transaction;
struct Semester;

// The count of a semester's guidance visits against the 2–3 expected (seed 000).
struct GuidanceCount {
    static constexpr int kExpectedMin = 2;
    static constexpr int kExpectedMax = 3;
    int visits = 0;
    bool enough() const { return visits >= kExpectedMin; }
};

// How long before a semester's end a shortfall of visits is reminded of:
// time enough to ask the centre for another visit.
constexpr int kGuidanceReminderDays = 30;
// Whether, on `today`, the semester nears its end (or ends today) with fewer
// visits than expected.
bool guidanceShortfallNearEnd(const Semester &semester, const GuidanceCount &count, const QDate &today);

class GuidanceVisitRepository {
public:
    explicit GuidanceVisitRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<QList<GuidanceVisit>> all() const;                              // by date
    Result<QList<GuidanceVisit>> inSemester(const Semester &semester) const;
    Result<GuidanceCount> count(const Semester &semester) const;
    Result<GuidanceVisit> byId(qint64 id) const;

    static Result<void> validate(const GuidanceVisit &visit);
    Result<qint64> add(const GuidanceVisit &visit);
    static Result<qint64> add(Transaction &tx, const GuidanceVisit &visit);
    Result<void> update(const GuidanceVisit &visit);
    Result<void> remove(qint64 id);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
