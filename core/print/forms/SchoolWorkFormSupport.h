#pragma once
// What the school-work forms (巡回指导, 教研, 融合, 经费, 领导小组, 学校档案目录)
// share: the school's name and the requested semester in one read.
#include "calendar/Semester.h"
#include "print/FormRegistry.h"

namespace rr {

struct SchoolFormBasics {
    QString schoolName;
    Semester semester;   // empty for school-wide forms
};

// The school's name and, with `withSemester`, the requested (or current) semester.
Result<SchoolFormBasics> schoolFormBasics(const FormContext &context, bool withSemester);

} // namespace rr
