#pragma once
// 学生基本情况登记表: one student's whole record on paper, for the student's
// personal archive (入学登记表 / 家庭情况及成长史、治疗教育历史, seed 002 附件6).
// It is the student's own form, so the ID number is printed in full.
#include "print/FormRegistry.h"

namespace rr {

struct Student;

// Needs context.request.studentId; an unknown student gives NotFound.
Result<FormDocument> buildStudentInfoForm(const FormContext &context);

// The document for a student already read, printed on `today` at `schoolName`.
FormDocument studentInfoDocument(const Student &student, const QString &schoolName, const QDate &today);

} // namespace rr
