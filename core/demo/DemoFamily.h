#pragma once
// The demo's contacts with families and counselling notes this semester:
// every family contacted each month of school (a home visit first, then
// calls, messages, a parent meeting, guidance for training at home), except
// 王浩然's, left without contact for the last two months of school that
// have ended (what the alerts and the record inspection find); and the confidential notes of
// 周宇航's one-to-one counselling, the one plan with counselling, on the days
// the timetable's counselling sessions were held.
#include "calendar/Semester.h"
#include "common/Result.h"
#include "demo/DemoSessionPlan.h"
#include "demo/DemoTimetable.h"

namespace rr {

class Transaction;

// The student the demo leaves without family contact for two months.
QString demoStudentWithoutContact();

Result<void> addDemoFamily(Transaction &tx, const DemoIds &ids, const Semester &semester, const QDate &today,
                           const QList<PlannedSession> &sessions);

} // namespace rr
