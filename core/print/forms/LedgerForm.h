#pragma once
// 物资管理台账: every item of the ledger on landscape A4, grouped by room and
// then by category, with a 小计 under each category and each room and the
// 合计 at the end, in yuan to the fen (issue 13, Forms).
#include "print/FormRegistry.h"

namespace rr {

// context.request.roomId: only that room's items; empty: every room.
Result<FormDocument> buildLedgerForm(const FormContext &context);

} // namespace rr
