#pragma once
// 药品登记表: the medicines of the ledger (the items of a 药品 category) with
// batch, expiry date, storage condition and quantity; those expired or
// expiring within 30 days are marked (issue 13, Forms).
#include "print/FormRegistry.h"

namespace rr {

// context.request.roomId: one room's medicines; empty: all of them.
Result<FormDocument> buildLedgerMedicineForm(const FormContext &context);

} // namespace rr
