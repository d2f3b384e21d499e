#pragma once
// 随班就读学生花名册: the LRC students of one semester (SemesterRoster) on landscape A4, for the
// school archive and the centre (seed 002 附件6). A printed list may lie
// around: it leaves out ID and certificate numbers, addresses and medical
// history, and keeps the confidentiality mark.
#include "print/FormRegistry.h"

namespace rr {

// context.request.semesterId names the semester of the heading; empty: the current one.
Result<FormDocument> buildRosterForm(const FormContext &context);

} // namespace rr
