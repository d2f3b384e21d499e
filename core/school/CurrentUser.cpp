#include "school/CurrentUser.h"

#include "school/SettingsRepository.h"
#include "staff/StaffRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QString CurrentUser::settingsKey()
{
    return u"user.current"_s;
}

qint64 CurrentUser::id() const
{
    return SettingsRepository(m_db).value(settingsKey()).toLongLong();
}

std::optional<StaffMember> CurrentUser::member() const
{
    const qint64 staffId = id();
    return staffId > 0 ? StaffRepository(m_db).byId(staffId) : std::nullopt;
}

QString CurrentUser::name() const
{
    if (const auto who = member())
        return who->name;
    return SettingsRepository(m_db).profile().teacherName;
}

QList<StaffMember> CurrentUser::candidates() const
{
    QList<StaffMember> list;
    for (const StaffMember &m : StaffRepository(m_db).all())
        if (m.isActive() && m.hasRole(StaffRole::ResourceTeacher))
            list << m;
    return list;
}

Result<void> CurrentUser::set(Transaction &tx, qint64 staffId)
{
    auto q = tx.exec(u"SELECT name, to_date IS NOT NULL, "
                     "EXISTS (SELECT 1 FROM staff_roles r WHERE r.staff_id = s.id AND r.role = :role) "
                     "FROM staff s WHERE s.id = :id"_s,
                     {{":id", staffId}, {":role", staffRoleKey(StaffRole::ResourceTeacher)}});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Staff", "The staff member no longer exists."));
    const QString name = q->value(0).toString();
    if (q->value(1).toBool())
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Staff", "%1 has left and cannot be the current user.").arg(name));
    if (!q->value(2).toBool())
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Staff", "Only a resource teacher can be the current user; %1 "
                                                                  "is not one.")
                             .arg(name));
    if (auto done = SettingsRepository::setValue(tx, settingsKey(), QString::number(staffId)); !done)
        return done;
    return SettingsRepository::setValue(tx, u"school.teacher"_s, name);
}

Result<void> CurrentUser::set(qint64 staffId)
{
    return m_db->write({u"user.current"_s, u"current user changed"_s},
                       [&](Transaction &tx) { return set(tx, staffId); });
}

} // namespace rr
