#pragma once
// 个别化训练周课表: the resource room's weekly timetable on landscape A4 —
// weekdays across, times down, each lesson with its time, content, students,
// instructor and room — and below it each student's minutes a week against
// the IEP (保证每个学生的个别化教育和康复训练时间). For one teaching week the
// dates are shown, holidays and one-off changes applied.
#include "print/FormRegistry.h"

namespace rr {

// context.request: semesterId (default: the current one), teachingWeek (optional).
Result<FormDocument> buildTimetableForm(const FormContext &context);

} // namespace rr
