#pragma once
// 心理辅导记录表: one student's one-to-one counselling sessions of a
// semester, one record each, under the 保密 mark: the notes are the most
// sensitive text the program prints. Blank when none is on file.
#include "print/FormRegistry.h"

namespace rr {

struct CounsellingSession;
struct Student;
struct Semester;

// Needs context.request.studentId; the semester is the requested or current one.
Result<FormDocument> buildCounsellingForm(const FormContext &context);

FormDocument counsellingDocument(const Student &student, const Semester &semester, const QList<CounsellingSession> &sessions,
                                 const QString &schoolName);

} // namespace rr
