#pragma once
// The roster for the centre (随班就读学生花名册) as .xlsx or .csv. Sensitive
// columns (ID number, certificate number, medical history) only on request;
// without them, ID numbers inside any other cell are masked as well.
#include "common/Result.h"

#include <QList>
#include <QStringList>
#include <memory>

namespace rr {

class Database;

struct RosterTable {
    QStringList headers;
    QList<QStringList> rows;
};

Result<RosterTable> rosterTable(const std::shared_ptr<Database> &db, bool withSensitive);

// Writes a table by the file's suffix (.xlsx or .csv); atomic: a failure
// leaves no file. CSV cells that a spreadsheet would run as formulas are
// neutralised; .xlsx cells are written as strings.
Result<void> writeRosterTable(const RosterTable &table, const QString &path);

// The roster of the data file, written as above; a failed read writes no file.
Result<int> exportRoster(const std::shared_ptr<Database> &db, const QString &path, bool withSensitive);

} // namespace rr
