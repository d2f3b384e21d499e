#pragma once
// 巡回指导记录表: the semester's visits of the centre's teacher, each with
// what was guided, the problems found, the suggestions and the follow-up,
// and the count against the 2–3 expected (seed 000, 附件6 三).
#include "print/FormRegistry.h"

namespace rr {

Result<FormDocument> buildGuidanceVisitForm(const FormContext &context);

} // namespace rr
