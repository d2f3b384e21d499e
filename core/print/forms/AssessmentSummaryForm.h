#pragma once
// 评估报告摘要: one student's assessments of one school year on portrait A4 —
// the student, a table of the assessments (date, instrument, assessor, key
// results, band), each conclusion, room for the team's recommendations and
// the signatures. The school year is that of the requested semester.
#include "assessment/Assessment.h"
#include "print/FormRegistry.h"

namespace rr {

// The assessments dated within `schoolYear` (1 September to 31 August),
// oldest first: the order a report summary reads in.
QList<Assessment> assessmentsOfSchoolYear(const QList<Assessment> &assessments, int schoolYear);

// Needs context.request.studentId; the semester is the requested one or the
// current one. A school year without assessments prints blank rows to fill in.
Result<FormDocument> buildAssessmentSummaryForm(const FormContext &context);

} // namespace rr
