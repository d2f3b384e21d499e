#include "storage/IntegrityCheck.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SchemaCheck.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

IntegrityReport checkIntegrity(const Database &db)
{
    IntegrityReport report;
    report.schemaVersion = db.schemaVersion();
    report.latestVersion = latestSchemaVersion();
    if (report.schemaVersion != report.latestVersion)
        report.problems << QCoreApplication::translate("rr::Database", "Data version %1 differs from the program's %2.")
                               .arg(report.schemaVersion)
                               .arg(report.latestVersion);
    report.problems << schemaDifferences(db.connection(), report.schemaVersion);
    if (auto q = db.exec(u"PRAGMA integrity_check"_s)) {
        while (q->next())
            if (q->value(0).toString() != u"ok"_s)
                report.problems << QCoreApplication::translate("rr::Database", "Integrity: %1").arg(q->value(0).toString());
    } else {
        report.problems << q.error().message;
    }
    if (auto q = db.exec(u"PRAGMA foreign_key_check"_s)) {
        while (q->next())
            report.problems << QCoreApplication::translate("rr::Database", "Broken reference in table %1, row %2").arg(q->value(0).toString(), q->value(1).toString());
    } else {
        report.problems << q.error().message;
    }
    return report;
}

} // namespace rr
