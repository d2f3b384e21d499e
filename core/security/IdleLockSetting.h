#pragma once
// After how many idle minutes the program locks a protected file's session
// (default 10), kept in the data file's settings so it is the school's choice.
#include "common/Result.h"

#include <memory>

namespace rr {

class Database;

inline constexpr int kDefaultLockMinutes = 10;
inline constexpr int kMinLockMinutes = 1;
inline constexpr int kMaxLockMinutes = 120;

Result<int> idleLockMinutes(const std::shared_ptr<Database> &db);
// Refused outside kMinLockMinutes–kMaxLockMinutes.
Result<void> setIdleLockMinutes(const std::shared_ptr<Database> &db, int minutes);

} // namespace rr
