#pragma once
// What every window and page works on: the open data file and the clock.
#include "common/Clock.h"
#include "storage/Database.h"

#include <memory>

namespace rr {

struct Session {
    std::shared_ptr<Database> db;
    std::shared_ptr<const Clock> clock;
};

} // namespace rr
