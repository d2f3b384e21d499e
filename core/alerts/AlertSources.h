#pragma once
// Every source of alerts, and all of their alerts together.
#include "alerts/Alert.h"

#include <vector>

namespace rr {

const std::vector<std::unique_ptr<AlertSource>> &alertSources();
// Every source's alerts, sorted; the first source that fails to read fails the whole.
Result<QList<Alert>> collectAlerts(const std::shared_ptr<Database> &db, const Clock &clock);

} // namespace rr
