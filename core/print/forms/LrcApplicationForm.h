#pragma once
// 随班就读学生申报确认表: the LRC application that the parent, the school and
// the special-education resource centre sign in turn (seed 002 附件6 二.2).
// Printed in three copies (school, education bureau, parent) on one page;
// the steps already recorded in the LRC workflow fill in their opinions and
// dates, the rest stays blank for handwriting.
#include "assessment/Assessment.h"
#include "lrc/LrcWorkflow.h"
#include "print/FormRegistry.h"

namespace rr {

struct Student;

// Needs context.request.studentId; an unknown student gives NotFound.
Result<FormDocument> buildLrcApplicationForm(const FormContext &context);

// `history` oldest first; only the latest application (from the last 家长申请 on) is printed.
// 近一年评估情况 comes from `assessments` of the year before that application.
FormDocument lrcApplicationDocument(const Student &student, const QList<LrcEvent> &history,
                                    const QString &schoolName, const QString &district, const QDate &today,
                                    const QList<Assessment> &assessments = {});

} // namespace rr
