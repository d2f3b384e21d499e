#pragma once
// 报废申请表: the scrapping requests of a period with each item's value, the
// reason, and who approved it when (issue 13, Forms). A request without
// approval is printed 待审批, with its approval cell left to sign.
#include "print/FormRegistry.h"

namespace rr {

// The period as for the loan register (ledgerFormPeriod).
Result<FormDocument> buildLedgerScrapForm(const FormContext &context);

} // namespace rr
