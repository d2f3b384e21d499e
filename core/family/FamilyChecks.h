#pragma once
// The monthly checks on the school's data: gathers the semesters, students,
// plans, records and the school's counts, and runs familyShortfalls.
#include "common/Result.h"
#include "family/MonthlyFamilyCheck.h"

#include <memory>

namespace rr {

class Database;

// Months due from `from` or begun by `to`; those due after `today` are open.
// Counselling counts the counselling records and the individual training
// sessions of the counselling service the student attended, so one rule
// gives one answer wherever the session was written down.
Result<FamilyCheckInput> gatherFamilyCheck(const std::shared_ptr<Database> &db, const QDate &from, const QDate &to,
                                           const QDate &today);
Result<QList<FamilyShortfall>> familyShortfalls(const std::shared_ptr<Database> &db, const QDate &from, const QDate &to,
                                                const QDate &today);

} // namespace rr
