#pragma once
// How far a training record has come, as the lists show it: not recorded
// yet, a draft, signed, or signed and amended N times.
#include "training/TrainingSession.h"

#include <QString>

namespace rr {

enum class RecordState { NotRecorded, Draft, Signed, Amended };

RecordState recordState(const TrainingSession *record);   // nullptr: no record yet
QString recordStateLabel(const TrainingSession *record);  // translated; "Amended 2 times"
// The students' names of a record or an occurrence, joined for a list cell.
QString joinedNames(const QStringList &names);

} // namespace rr
