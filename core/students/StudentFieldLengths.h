#pragma once
// The field-length limits (common/FieldLimits.h) applied to a student record,
// its needs and its guardians: by StudentRepository::validate on every write,
// and by the roster import for each row.
#include "students/Student.h"

#include <QStringList>

namespace rr {

// One message per field that is too long ("姓名不能超过 50 个字").
QStringList studentFieldLengthProblems(const Student &student);

} // namespace rr
