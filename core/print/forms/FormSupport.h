#pragma once
// What the student forms share: reading the requested student with the usual
// errors, "today" from the context's clock, and the small texts every form
// prints the same way.
#include "calendar/Semester.h"
#include "print/FormRegistry.h"
#include "students/Student.h"

#include <QDate>

namespace rr {

// The student of context.request: InvalidInput without a data file or a
// student, NotFound for an unknown number.
Result<Student> requestedStudent(const FormContext &context);
// The requested semester, or else the current one (SemesterRepository::resolve).
Result<Semester> requestedSemester(const FormContext &context);

QDate formToday(const FormContext &context);

// 2026年3月2日, or empty for an unknown date (a blank cell to fill in by hand).
QString formDate(const QDate &date);

// The guardian to call: the one marked as contact, else the first; empty when none.
Guardian contactGuardian(const Student &student);

// 智力残疾四级（轻度）；孤独症谱系障碍 — with the notes in brackets when `withNotes`.
QString needsChinese(const QList<Need> &needs, bool withNotes);

} // namespace rr
