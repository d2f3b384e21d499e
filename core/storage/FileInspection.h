#pragma once
// Looks at a database file's header bytes without opening it in SQLite, so a
// file we must refuse is never touched (no journal, no WAL, no lock).
#include <QString>

namespace rr {

struct FileInspection {
    bool exists = false;
    bool isEmpty = false;        // zero bytes: treated as a new database
    bool isSqlite = false;
    bool writable = false;       // the file and its folder accept writes
    quint32 userVersion = 0;     // PRAGMA user_version as stored in the header
    quint32 applicationId = 0;   // PRAGMA application_id as stored in the header
};

FileInspection inspectDatabaseFile(const QString &path);

// Marks our files (PRAGMA application_id): "RRM1".
constexpr quint32 kApplicationId = 0x52524D31;

} // namespace rr
