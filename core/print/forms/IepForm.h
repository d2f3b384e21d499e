#pragma once
// 个别化教育计划表: one student's IEP of one semester on portrait A4 — the
// student, the team, present levels, each long-term goal with its short-term
// objectives (评量方式, 起止日期, 负责人, 进度标记), services, accommodations
// and the team's signatures. Marks stay blank while the plan is in effect.
#include "iep/Iep.h"
#include "print/FormRegistry.h"
#include "calendar/Semester.h"
#include "students/Student.h"

namespace rr {

// The IEP of context.request's student and semester (empty: the current
// one), with what its forms print around it.
struct IepFormData {
    Student student;
    Semester semester;
    Iep iep;
    QString schoolName;
};

// InvalidInput without a data file or a student; NotFound for an unknown
// student or semester, or when the student has no IEP that semester.
Result<IepFormData> requestedIep(const FormContext &context);

Result<FormDocument> buildIepForm(const FormContext &context);

} // namespace rr
