#pragma once
// Moves a finished file over another in one step: whoever looks at `target`
// sees the old file or the new one, never neither (a crash between a delete
// and a rename would leave no data file at all).
#include <QString>

namespace rr {

bool replaceFileAtomically(const QString &source, const QString &target);

} // namespace rr
