#pragma once
// 目标监测记录（进步曲线）: for the student's IEP of one semester, one section
// per short-term objective — the objective, its progress chart (baseline, aim
// line, trend line, phase lines), the four-point rule's hint, the weekly
// slopes and the raw data, which parents ask to see.
#include "print/FormRegistry.h"

namespace rr {

// Needs context.request.studentId; the semester is the requested one or the
// current one. A student without an IEP in that semester gives NotFound.
Result<FormDocument> buildProgressForm(const FormContext &context);

} // namespace rr
