#pragma once
// 教研活动记录表: the semester's teaching-research activities, each with its
// topic, participants, content and outcome (附件6 三 1).
#include "print/FormRegistry.h"

namespace rr {

Result<FormDocument> buildResearchForm(const FormContext &context);

} // namespace rr
