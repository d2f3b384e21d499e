#pragma once
// "Same as last time" (同上次): a new record starts from the student's
// previous one, so a routine session is written in a few clicks.
#include "training/TrainingSession.h"

#include <QSet>

namespace rr {

// The draft with, for `studentId`, the objectives worked on last time that
// are still in an IEP in effect (`objectivesInEffect`), without their values
// — data are measured anew each time — and the session's content, method and
// equipment where the draft has none yet. A student not in the draft is left out.
TrainingSession sameAsLastTime(TrainingSession draft, qint64 studentId, const TrainingSession &previous,
                               const QSet<qint64> &objectivesInEffect);

} // namespace rr
