#pragma once
// The demo's records beyond the people: LRC workflow steps and archive files.
#include "common/Clock.h"
#include "common/Result.h"

#include <QHash>

namespace rr {

class Transaction;

// `students` maps names to ids; `schoolYear` is the current one.
Result<void> addDemoLrcSteps(Transaction &tx, const QHash<QString, qint64> &students, int schoolYear,
                             const Clock &clock);
Result<void> addDemoArchiveFiles(Transaction &tx, const QHash<QString, qint64> &students, int schoolYear);

} // namespace rr
