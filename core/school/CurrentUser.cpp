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

Result<qint64> CurrentUser::id() const
{
    // On a protected file the person signed in is the current user.
    if (const Principal signedIn = m_db->principal(); !signedIn.isOpen())
        return signedIn.staffId;
    auto text = SettingsRepository(m_db).value(settingsKey());
    if (!text)
        return text.error();
    return text->toLongLong();
}

Result<std::optional<StaffMember>> CurrentUser::member() const
{
    const auto staffId = id();
    if (!staffId)
        return staffId.error();
    if (*staffId <= 0)
        return std::optional<StaffMember>();
    auto who = StaffRepository(m_db).byId(*staffId);
    if (!who)
        return who.error();
    return std::optional<StaffMember>(*who);
}

Result<QString> CurrentUser::name() const
{
    const auto who = member();
    if (!who)
        return who.error();
    if (*who)
        return (*who)->name;
    auto profile = SettingsRepository(m_db).profile();
    if (!profile)
        return profile.error();
    return profile->teacherName;
}

Result<QList<StaffMember>> CurrentUser::candidates() const
{
    auto staff = StaffRepository(m_db).all();
    if (!staff)
        return staff;
    QList<StaffMember> list;
    for (const StaffMember &m : std::as_const(*staff))
        if (m.isActive() && m.hasRole(StaffRole::ResourceTeacher))
            list << m;
    return list;
}

Result<void> CurrentUser::set(Transaction &tx, qint64 staffId)
{
    struct Candidate {
        QString name;
        bool left = false;
        bool resourceTeacher = false;
    };
    auto found = readOne(tx, u"SELECT name, to_date IS NOT NULL, "
                             "EXISTS (SELECT 1 FROM staff_roles r WHERE r.staff_id = s.id AND r.role = :role) "
                             "FROM staff s WHERE s.id = :id"_s,
                         {{":id", staffId}, {":role", staffRoleKey(StaffRole::ResourceTeacher)}}, [](const SqlRows &q) {
                             return Candidate{q.value(0).toString(), q.value(1).toBool(), q.value(2).toBool()};
                         });
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Staff", "The staff member no longer exists."));
    const QString name = (*found)->name;
    if ((*found)->left)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Staff", "%1 has left and cannot be the current user.").arg(name));
    if (!(*found)->resourceTeacher)
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
