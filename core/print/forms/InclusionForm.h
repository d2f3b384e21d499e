#pragma once
// 普特融合活动记录: the semester's inclusion and themed activities with plan,
// participants, summary and the photos kept with them, the first two of each
// printed (附件6 四 1、2).
#include "print/FormRegistry.h"

namespace rr {

Result<FormDocument> buildInclusionForm(const FormContext &context);

} // namespace rr
