#pragma once
// Whether the acting principal may use an area of the program. The answer
// is security/Policy's: the window only maps its areas onto the policy's
// kinds of data and hides what the policy does not allow.
#include "security/Principal.h"
#include "shell/Area.h"

namespace rr {

bool mayUseArea(const Principal &principal, Area area);

} // namespace rr
