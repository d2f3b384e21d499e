#pragma once
// 家访记录表: the home visits of one student in a semester, one record each
// (time, teacher, family members present, what was discussed, the family's
// situation and views, the follow-up agreed). With no visit on file the
// form is printed blank, to be filled in by hand on the visit.
#include "print/FormRegistry.h"

namespace rr {

struct FamilyContact;
struct Student;
struct Semester;

// Needs context.request.studentId; the semester is the requested or current one.
Result<FormDocument> buildHomeVisitForm(const FormContext &context);

FormDocument homeVisitDocument(const Student &student, const Semester &semester, const QList<FamilyContact> &visits,
                               const QString &schoolName);

} // namespace rr
