#pragma once
// The school year the archive is checked for: that of the current semester,
// or, without one, the school year today falls in (it starts in September).
#include "common/Result.h"

#include <memory>

namespace rr {

class Clock;
class Database;

Result<int> currentSchoolYear(const std::shared_ptr<Database> &db, const Clock &clock);

} // namespace rr
