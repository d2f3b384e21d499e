#pragma once
// The period a form covers when none is asked for: the latest that has data,
// so that a sheet printed on 1 December is not an empty December. The forms,
// the CLI (which passes no period) and the GUI's printing page share it.
#include "print/FormRegistry.h"

#include <QDate>
#include <utility>

namespace rr {

// StudentPeriod: the calendar month of the student's latest training record
// up to today (the current month when there is none, or no student yet).
// RoomPeriod and Inspection: the current semester so far; when it holds no
// record yet (in the requested room), the semester of the latest record, up
// to today. Read failures are returned, never taken for "no data".
Result<std::pair<QDate, QDate>> defaultFormPeriod(const FormContext &context, FormScope scope);

} // namespace rr
