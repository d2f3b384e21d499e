#pragma once
// How often the school holds itself to contact each family: contacts per
// calendar month (settings key family.contactsPerMonth, default 1, 0 turns
// the check off). Kept in the data file's settings so the choice travels
// with a backup. Counselling's monthly count is the inspection rules' one
// (InspectionRules::counsellingPerMonth): one number for one rule.
#include "common/Result.h"

#include <memory>

namespace rr {

class Database;
class SqlExecutor;

constexpr int kDefaultContactsPerMonth = 1;
constexpr int kMaxContactsPerMonth = 10;

Result<int> loadContactsPerMonth(const SqlExecutor &sql);
// Refused outside 0 … kMaxContactsPerMonth.
Result<void> saveContactsPerMonth(const std::shared_ptr<Database> &db, int perMonth);

} // namespace rr
