#pragma once
// Numbered schema migrations. Each runs in its own transaction together with
// the PRAGMA user_version bump, so a file is always at one whole version.
// To add one: write core/storage/migrations/MigrationNNNN<Name>.cpp returning
// its statements, and append it to allMigrations() in Migrations.cpp.
// From version 15 on, every migration is followed (in its transaction) by the
// sync of the audit triggers (audit/AuditSchema.h): new tables and columns
// are audited without a trigger written by hand.
#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <vector>

namespace rr {

struct Migration {
    int version = 0;
    const char *description = "";
    QStringList statements;
};

const std::vector<Migration> &allMigrations();
int latestSchemaVersion();

// Brings `db` from its current user_version up to `targetVersion`
// (latest by default). Stops at the first failing step, rolled back whole.
Result<void> migrate(QSqlDatabase &db, int targetVersion = -1);

int readUserVersion(const QSqlDatabase &db);

// Statements of each migration, one function per file in migrations/.
QStringList migration0001Foundation();
QStringList migration0002StudentArchive();
QStringList migration0003Iep();
QStringList migration0004TrainingSetup();
QStringList migration0005TrainingRecords();
QStringList migration0006Staff();
QStringList migration0007SchoolCalendar();
QStringList migration0008Decisions();
QStringList migration0009RosterReview();
QStringList migration0010Ledger();
QStringList migration0011Family();
QStringList migration0012SchoolWork();
QStringList migration0013GuardianDetails();
QStringList migration0014Accounts();
QStringList migration0015Audit();
QStringList migration0016TransferPlaces();

} // namespace rr
