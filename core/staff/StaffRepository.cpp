#include "staff/StaffRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

static StaffMember readMember(const QSqlQuery &q)
{
    return StaffMember{q.value(0).toLongLong(), q.value(1).toString(), staffRoleFromKey(q.value(2).toString()),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toBool()};
}

QList<StaffMember> StaffRepository::all() const
{
    QList<StaffMember> list;
    auto q = m_db->query(u"SELECT id, name, role, phone, note, active FROM staff ORDER BY id"_s);
    while (q && q->next())
        list.append(readMember(*q));
    return list;
}

std::optional<StaffMember> StaffRepository::byId(qint64 id) const
{
    auto q = m_db->query(u"SELECT id, name, role, phone, note, active FROM staff WHERE id = :id"_s, {{":id", id}});
    if (!q || !q->next())
        return std::nullopt;
    return readMember(*q);
}

Result<qint64> StaffRepository::add(Transaction &tx, const StaffMember &m)
{
    if (m.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Staff", "A name is required."));
    return tx.insert(u"INSERT INTO staff(name, role, phone, note, active) VALUES (:n, :r, :p, :note, :a)"_s,
                     {{":n", m.name.trimmed()}, {":r", staffRoleKey(m.role)}, {":p", nullIfEmpty(m.phone)},
                      {":note", nullIfEmpty(m.note)}, {":a", m.active ? 1 : 0}});
}

} // namespace rr
