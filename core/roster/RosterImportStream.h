#pragma once
// Importing a roster file without holding it: rows are read, checked and —
// for an import — written one at a time, in the import's one transaction.
// Memory is bounded by the file's bytes (TableLimits) and the duplicate keys,
// not by its rows; time is linear in the rows. The CLI's import-roster runs
// on this; the GUI's preview (RosterImport.h) keeps the rows so that cells
// can be corrected.
#include "common/Result.h"
#include "roster/RosterImport.h"
#include "roster/TableLimits.h"

#include <functional>
#include <memory>

namespace rr {

class Clock;
class Database;

// What became of one row, small enough to keep for every row until the
// commit has been reported.
struct ImportRowReport {
    int line = 0;
    QString name;                 // as it would be stored
    ImportRowStatus status = ImportRowStatus::Ready;
    QStringList problems;
    QStringList warnings;
    bool imported = false;
};

struct ImportCounts {
    int rows = 0;                 // below the header
    int ready = 0;                // importable, flagged ones included
    int flagged = 0;
};

// The dry run: every row checked as the preview would, handed to `onRow` as
// soon as it is checked; nothing is written.
Result<ImportCounts> checkRosterFile(const std::shared_ptr<Database> &db, const QString &path,
                                     const std::function<void(const ImportRowReport &)> &onRow, const TableLimits &limits = {});

struct StreamedImport {
    ImportOutcome outcome;
    QList<ImportRowReport> rows;  // for the report, once committed
};

// The import: every importable row is written in one transaction; on any
// failure nothing is. The flags are dated by `clock`.
Result<StreamedImport> importRosterFile(const std::shared_ptr<Database> &db, const QString &path, const Clock &clock,
                                        const TableLimits &limits = {});

} // namespace rr
