#pragma once
// IEP content as JSON: the snapshot a revision keeps of what it replaced.
// Keys are the stored vocabulary keys, so old snapshots stay readable.
#include "iep/Iep.h"

#include <QByteArray>

namespace rr {

QByteArray iepContentToJson(const IepContent &content);
IepContent iepContentFromJson(const QByteArray &json);

} // namespace rr
