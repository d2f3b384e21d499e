#include "storage/IntegrityCheck.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

IntegrityReport checkIntegrity(const Database &db)
{
    IntegrityReport report;
    report.schemaVersion = db.schemaVersion();
    report.latestVersion = latestSchemaVersion();
    auto tr = [](const char *text) { return QCoreApplication::translate("rr::Database", text); };
    if (report.schemaVersion != report.latestVersion)
        report.problems << tr("Data version %1 differs from the program's %2.")
                               .arg(report.schemaVersion)
                               .arg(report.latestVersion);
    if (auto q = db.query(u"PRAGMA integrity_check"_s)) {
        while (q->next())
            if (q->value(0).toString() != u"ok"_s)
                report.problems << tr("Integrity: %1").arg(q->value(0).toString());
    } else {
        report.problems << q.error().message;
    }
    if (auto q = db.query(u"PRAGMA foreign_key_check"_s)) {
        while (q->next())
            report.problems << tr("Broken reference in table %1, row %2").arg(q->value(0).toString(), q->value(1).toString());
    } else {
        report.problems << q.error().message;
    }
    return report;
}

} // namespace rr
