#pragma once
// A consistent copy of an open data file, made through SQLite's online
// backup API from a connection that has it open — never a copy of the file's
// bytes, which would miss what still sits in the -wal or catch a write
// half-done. Used by "Save as" when the file was replaced or deleted under
// the program (the connection still holds the old one) and by backups.
#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace rr {

// Called now and then with the pages copied and the pages in all; false cancels.
using CopyProgress = std::function<bool(qint64 done, qint64 total)>;

// Writes the copy to a temporary file beside `target`, then renames it into
// place: `target` is either the complete copy or as it was before.
Result<void> copyOpenDatabase(const QSqlDatabase &source, const QString &target, const CopyProgress &progress = {});

} // namespace rr
