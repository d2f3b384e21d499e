#pragma once
// Checks both family records (contacts, counselling) make before a write:
// the date is a real day that has happened, and the student and staff
// member exist. Refusals are translated sentences.
#include "common/Result.h"

#include <QDate>

namespace rr {

class SqlExecutor;

// A date from 2000 on and not after `today`: these are records of what happened.
Result<void> checkRecordDate(const QDate &date, const QDate &today);
// The student exists; `staffId` (0: nobody) is on the staff list.
Result<void> checkStudentAndStaff(const SqlExecutor &sql, qint64 studentId, qint64 staffId);
// NotFound when the row `id` of `table` does not exist or belongs to another student.
Result<void> checkOwnedBy(const SqlExecutor &sql, const char *table, qint64 id, qint64 studentId, const QString &notFound);

} // namespace rr
