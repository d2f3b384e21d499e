#pragma once
// The staff combo of the family dialogs: serving staff (and the one already
// chosen, even if retired), "nobody" first. A failed read is returned.
#include "common/Result.h"
#include "shell/Session.h"

class QComboBox;

namespace rr {

Result<void> fillStaffCombo(QComboBox *combo, const Session &session, qint64 selected);

} // namespace rr
