#pragma once
// The students of the benchmark school: the demo's children as templates
// (needs, family and medical texts), each with a name, ID number, class and
// years of enrolment of their own. Pure and deterministic.
#include "students/Student.h"

#include <QList>

namespace rr {

struct BenchStudent {
    Student student;        // headTeacherName names a demoStaff() head teacher
    int firstYear = 0;      // the first and last school year enrolled
    int lastYear = 0;
};

// `count` students for the school years firstYear … lastYear; those enrolled
// in lastYear are the current ones. Enrolments last up to six years and are
// spread so that every year has students.
QList<BenchStudent> benchStudents(int count, int firstYear, int lastYear);

} // namespace rr
