#pragma once
// 学校档案目录: the semester's school archive documents by the items of 附件6
// with their files, and which expected items are still missing.
#include "print/FormRegistry.h"

namespace rr {

Result<FormDocument> buildSchoolArchiveIndexForm(const FormContext &context);

} // namespace rr
