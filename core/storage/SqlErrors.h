#pragma once
// SQLite's own words never reach a user: every storage failure is mapped to
// a sentence in the user's language, with SQLite's code and text kept in
// Error::detail for a support person (shown under "details", never logged
// with user data).
#include "common/Result.h"

#include <QSqlError>

namespace rr {

// `doing` says what was being attempted, e.g. tr("Saving the change").
Error storageError(const QSqlError &error, const QString &doing);

// The message a waiting writer reads once the busy timeout has run out.
QString busyMessage();

} // namespace rr
