#include "storage/Migrations.h"

#include "audit/AuditSchema.h"
#include "storage/FileInspection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace rr {

const std::vector<Migration> &allMigrations()
{
    static const std::vector<Migration> migrations{
        {1, "foundation: settings, calendar, staff, rooms, students", migration0001Foundation()},
        {2, "student archive files and the LRC status workflow", migration0002StudentArchive()},
        {3, "assessments, IEPs with goals, objectives, revisions and progress data", migration0003Iep()},
        {4, "room rules, protected class periods, training plans and the timetable", migration0004TrainingSetup()},
        {5, "training sessions and records with sign-off and amendments, room usage log, record inspections", migration0005TrainingRecords()},
        {6, "staff with several roles, classes and subjects; the current user", migration0006Staff()},
        {7, "timetable slots with a validity period; the school calendar", migration0007SchoolCalendar()},
        {8, "weighty decisions with reason and who decided; correction entries", migration0008Decisions()},
        {9, "import warnings kept per student for review", migration0009RosterReview()},
        {10, "the equipment and materials ledger", migration0010Ledger()},
        {11, "contacts with families and counselling sessions", migration0011Family()},
        {12, "the school's archive: guidance visits, groups, contacts, documents with files, activities, funding", migration0012SchoolWork()},
        {13, "a guardian's education and occupation", migration0013GuardianDetails()},
        {14, "accounts with roles and password hashes; whether the file is protected", migration0014Accounts()},
        {15, "the audit trail: actions, row changes and reads of sensitive records", migration0015Audit()},
        {16, "the place inside the room of a ledger transfer", migration0016TransferPlaces()},
    };
    return migrations;
}

int latestSchemaVersion()
{
    return allMigrations().back().version;
}

int readUserVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

static Error migrationError(int version, const QString &detail)
{
    return makeError(ErrorCode::Storage,
                     QCoreApplication::translate("rr::Database", "Upgrading the data file to version %1 failed: %2")
                         .arg(version)
                         .arg(detail));
}

static Result<void> applyOne(QSqlDatabase &db, const Migration &migration)
{
    if (!db.transaction())
        return migrationError(migration.version, db.lastError().text());
    QSqlQuery query(db);
    QStringList statements = migration.statements;
    statements << QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
    if (migration.version == 1)
        statements << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            const QString detail = query.lastError().text();
            db.rollback();
            return migrationError(migration.version, detail);
        }
    }
    if (migration.version >= kAuditSchemaVersion) {
        if (auto synced = syncAuditTriggers(db); !synced) {
            db.rollback();
            return migrationError(migration.version, synced.error().message);
        }
    }
    // Foreign keys must still hold after the step, or the step is undone.
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")) || query.next()) {
        db.rollback();
        return migrationError(migration.version, QStringLiteral("foreign_key_check"));
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return migrationError(migration.version, detail);
    }
    return {};
}

Result<void> migrate(QSqlDatabase &db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestSchemaVersion();
    const int current = readUserVersion(db);
    if (current < 0)
        return migrationError(0, db.lastError().text());
    for (const Migration &migration : allMigrations()) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        if (auto applied = applyOne(db, migration); !applied)
            return applied;
    }
    return {};
}

} // namespace rr
