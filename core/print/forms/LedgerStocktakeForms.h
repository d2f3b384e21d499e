#pragma once
// 盘点表 and 盘点差异报告 of one stocktake (issue 13, Stocktake and Forms):
// the sheet lists what should be where, room by room, with what was found or
// counted; the report lists the differences with their reasons and the
// adjustments they became, for the school to confirm and sign.
#include "print/FormRegistry.h"

namespace rr {

// context.request.stocktakeId: the stocktake; empty: the latest one. A school
// that has not started one gets an empty sheet to fill in by hand.
Result<FormDocument> buildStocktakeSheetForm(const FormContext &context);
Result<FormDocument> buildStocktakeReportForm(const FormContext &context);

} // namespace rr
