#pragma once
// 设备维修保养记录: the inspections, maintenance and repairs of the ledger's
// items in a period, with what each cost and their total (issue 13, Forms).
#include "print/FormRegistry.h"

namespace rr {

// The period as for the loan register (ledgerFormPeriod).
Result<FormDocument> buildLedgerMaintenanceForm(const FormContext &context);

} // namespace rr
