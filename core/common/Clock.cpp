#include "Clock.h"

namespace rr {

std::shared_ptr<const Clock> systemClock()
{
    static const auto clock = std::make_shared<SystemClock>();
    return clock;
}

} // namespace rr
