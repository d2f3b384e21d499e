#pragma once
// 家庭情况及成长史: the family, growth, treatment and education history of
// one student for the personal archive (seed 002 附件6 二.5). Filled from the
// record where it is typed in, with room to write where it is not, and
// signed by the resource teacher and a parent.
#include "print/FormRegistry.h"

namespace rr {

struct Student;

// Needs context.request.studentId; an unknown student gives NotFound.
Result<FormDocument> buildFamilyHistoryForm(const FormContext &context);

FormDocument familyHistoryDocument(const Student &student, const QString &schoolName, const QDate &today);

} // namespace rr
