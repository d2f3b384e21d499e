#pragma once
#include <QStringList>

namespace rr {

class Database;

struct IntegrityReport {
    int schemaVersion = 0;
    int latestVersion = 0;
    QStringList problems;     // empty when the file is sound
    bool sound() const { return problems.isEmpty(); }
};

// SQLite's integrity and foreign-key checks plus the schema version.
IntegrityReport checkIntegrity(const Database &db);

} // namespace rr
