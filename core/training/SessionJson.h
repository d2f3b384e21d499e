#pragma once
// A training record as JSON: the snapshot an amendment keeps of the version
// it replaced. Keys are the stored vocabulary keys, so old snapshots stay
// readable whatever the language.
#include "training/TrainingSession.h"

#include <QByteArray>

namespace rr {

QByteArray sessionToJson(const TrainingSession &session);
TrainingSession sessionFromJson(const QByteArray &json);

} // namespace rr
