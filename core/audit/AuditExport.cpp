#include "audit/AuditExport.h"

#include "audit/AuditLabels.h"
#include "audit/AuditRepository.h"
#include "roster/RosterExport.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

Result<int> exportAuditTrail(const std::shared_ptr<Database> &db, const AuditFilter &filter, const QString &path)
{
    auto entries = AuditRepository(db).search(filter);
    if (!entries)
        return entries.error();
    RosterTable table;
    table.headers = {QCoreApplication::translate("rr::Audit", "Time"), QCoreApplication::translate("rr::Audit", "Person"),
                     QCoreApplication::translate("rr::Audit", "Action"), QCoreApplication::translate("rr::Audit", "Kind"),
                     QCoreApplication::translate("rr::Audit", "Summary"),
                     QCoreApplication::translate("rr::Audit", "Rows changed")};
    for (const AuditEntry &e : std::as_const(*entries))
        table.rows << QStringList{e.at.toString(u"yyyy-MM-dd HH:mm:ss"_s), e.actor, auditKindLabel(e.kind), e.kind, e.summary,
                                  QString::number(e.changeCount)};
    if (auto written = writeRosterTable(table, path); !written)
        return written.error();
    return int(entries->size());
}

} // namespace rr
