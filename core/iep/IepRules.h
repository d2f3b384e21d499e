#pragma once
// Checks on IEP content that need no database: what a draft must hold to
// take effect, and what makes content unsavable at all.
#include "common/Result.h"
#include "iep/Iep.h"

#include <QStringList>

namespace rr {

// Field-level validity, checked on every save and revision.
Result<void> validateIepContent(const IepContent &content);

// Shifts every date of the content by `days` (copying a plan into a later
// semester), each kept within [first, last] of the target semester.
IepContent shiftedIepDates(IepContent content, qint64 days, const QDate &first, const QDate &last);

// The content with evaluation results removed and objective ids cleared:
// the starting point of a new plan.
IepContent withoutResults(IepContent content);

} // namespace rr
