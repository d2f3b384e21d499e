#pragma once
// The audit trail (filtered) as .xlsx or .csv, with the roster export's
// writers (atomic, formulas neutralised). What the trail holds is already
// free of ID numbers and masked details, so nothing is added here.
#include "audit/AuditEntry.h"
#include "common/Result.h"

#include <memory>

namespace rr {

class Database;

Result<int> exportAuditTrail(const std::shared_ptr<Database> &db, const AuditFilter &filter, const QString &path);

} // namespace rr
