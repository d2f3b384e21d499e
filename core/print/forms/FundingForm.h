#pragma once
// 经费投入登记表: the semester's funding entries with their total and the
// totals of the calendar years the semester touches (附件6 一 7).
#include "print/FormRegistry.h"

namespace rr {

Result<FormDocument> buildFundingForm(const FormContext &context);

} // namespace rr
