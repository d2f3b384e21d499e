#pragma once
// 随班就读工作领导小组名单: the leadership and working groups with their
// roles and periods, and the contacts outside the school (附件6 一 1).
#include "print/FormRegistry.h"

namespace rr {

Result<FormDocument> buildLeadershipForm(const FormContext &context);

} // namespace rr
