#pragma once
// 借用登记表: every loan of the ledger's items in a period, with its due and
// return dates; a loan kept past its due date is marked 逾期 (issue 13, Forms).
#include "print/FormRegistry.h"

namespace rr {

// context.request.from/to: the period (a loan is listed when it was out on
// any day of it); empty: the requested or current semester up to its end,
// or the calendar year when the school has no semester.
Result<FormDocument> buildLedgerLoansForm(const FormContext &context);

} // namespace rr
