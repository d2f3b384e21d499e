#include "security/AccountRole.h"

#include <QCoreApplication>

namespace rr {

QList<AccountRole> allAccountRoles()
{
    return {AccountRole::Admin,     AccountRole::ResourceTeacher, AccountRole::HeadTeacher,
            AccountRole::Itinerant, AccountRole::Counsellor,      AccountRole::Viewer};
}

QString accountRoleCode(AccountRole role)
{
    switch (role) {
    case AccountRole::Admin: return QStringLiteral("admin");
    case AccountRole::ResourceTeacher: return QStringLiteral("resource");
    case AccountRole::HeadTeacher: return QStringLiteral("head");
    case AccountRole::Itinerant: return QStringLiteral("itinerant");
    case AccountRole::Counsellor: return QStringLiteral("counsellor");
    case AccountRole::Viewer: return QStringLiteral("viewer");
    }
    return {};
}

std::optional<AccountRole> accountRoleFromCode(const QString &code)
{
    for (AccountRole role : allAccountRoles())
        if (accountRoleCode(role) == code.trimmed().toLower())
            return role;
    return std::nullopt;
}

QString accountRoleLabel(AccountRole role)
{
    switch (role) {
    case AccountRole::Admin: return QCoreApplication::translate("rr::AccountRole", "Administrator");
    case AccountRole::ResourceTeacher: return QCoreApplication::translate("rr::AccountRole", "Resource teacher");
    case AccountRole::HeadTeacher: return QCoreApplication::translate("rr::AccountRole", "Head teacher");
    case AccountRole::Itinerant: return QCoreApplication::translate("rr::AccountRole", "Itinerant teacher");
    case AccountRole::Counsellor: return QCoreApplication::translate("rr::AccountRole", "Counsellor");
    case AccountRole::Viewer: return QCoreApplication::translate("rr::AccountRole", "Viewer");
    }
    return {};
}

} // namespace rr
