#pragma once
// 评估报告摘要: every assessment of one student on file, on portrait A4 — the
// student, a table per school year (date, instrument, assessor, key results,
// band), each conclusion, the 教育建议 from the IEP's accommodations, and the
// signatures. The requested semester picks the plan and the age.
#include "assessment/Assessment.h"
#include "print/FormRegistry.h"

namespace rr {

// The assessments dated within `schoolYear` (1 September to 31 August),
// oldest first: the order a report summary reads in.
QList<Assessment> assessmentsOfSchoolYear(const QList<Assessment> &assessments, int schoolYear);

// Needs context.request.studentId; the semester is the requested one or the
// current one. A student without assessments prints blank rows to fill in.
Result<FormDocument> buildAssessmentSummaryForm(const FormContext &context);

} // namespace rr
