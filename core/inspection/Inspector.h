#pragma once
// Runs a training record inspection over a date range on the school's data:
// gathers the records, plans, timetable and room uses, applies the rules
// (the school's saved rules unless given) and compares with the last saved
// inspection, so the report says what has been fixed (已整改). Nothing is
// saved until InspectionRepository::save.
#include "common/Clock.h"
#include "common/Result.h"
#include "inspection/Inspection.h"

#include <memory>

namespace rr {

class Database;

class Inspector {
public:
    explicit Inspector(std::shared_ptr<Database> db, std::shared_ptr<const Clock> clock = systemClock())
        : m_db(std::move(db)), m_clock(std::move(clock))
    {
    }

    Result<InspectionInput> gather(const QDate &from, const QDate &to) const;
    Result<InspectionResult> run(const QDate &from, const QDate &to, const QString &inspector = {}) const;
    Result<InspectionResult> run(const QDate &from, const QDate &to, const InspectionRules &rules,
                                 const QString &inspector = {}) const;

private:
    std::shared_ptr<Database> m_db;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace rr
