#pragma once
// The demo's school side of the archive: two guidance visits, the
// leadership and working groups, the centre, 残联 and hospital contacts,
// research and inclusion activities, funding, and archive documents with files.
#include "calendar/Semester.h"
#include "common/Result.h"

#include <QHash>

namespace rr {

class Transaction;

// `staff` maps names to ids. Everything is dated on or before `today`: in
// the current semester where it has begun far enough, else in the previous one.
Result<void> addDemoSchoolWork(Transaction &tx, const QHash<QString, qint64> &staff, const Semester &current,
                               const Semester &previous, const QDate &today);

} // namespace rr
