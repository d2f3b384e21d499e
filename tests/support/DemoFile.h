#pragma once
// The demo school as a test's starting point, and ways to break its file
// the way a damaged or tampered copy would be broken, so that tests can see
// every read report the failure instead of showing nothing.
#include "storage/Database.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace rr::test {

// The demo school built around `today` in a temporary folder, and opened.
struct DemoFile {
    QTemporaryDir dir;
    QString path;
    std::shared_ptr<Database> db;
};
std::unique_ptr<DemoFile> openDemoSchool(const QDate &today);

// Drops `table` of the open file behind the repositories' back (foreign keys
// off): every read of it fails from then on.
void dropTable(const Database &db, const QString &table);

// Overwrites the root page of `table` in the closed file at `path`: SQLite
// opens the file, and reading that table fails with a damaged page.
void damageTable(const QString &path, const QString &table);

} // namespace rr::test
