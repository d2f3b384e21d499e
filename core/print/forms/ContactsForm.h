#pragma once
// 家校联系记录表: every contact with one student's family in a semester, one
// row each (date, way, teacher, family members, content, the family's
// views, the follow-up with its due date), with blank rows to add by hand.
#include "print/FormRegistry.h"

namespace rr {

struct FamilyContact;
struct Student;
struct Semester;

// Needs context.request.studentId; the semester is the requested or current one.
Result<FormDocument> buildContactsForm(const FormContext &context);

FormDocument contactsDocument(const Student &student, const Semester &semester, const QList<FamilyContact> &contacts,
                              const QString &schoolName);

} // namespace rr
