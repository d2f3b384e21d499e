#pragma once
// The roles of an account (issue: accounts, roles and the audit trail). They
// are not the staff roles of core/staff: a staff member with the 班主任 role
// may hold the 查阅 account role only, and 管理员/查阅 are no staff roles.
// core/security/Policy decides what each role may read and write.
#include <QList>
#include <QString>
#include <optional>

namespace rr {

enum class AccountRole {
    Admin,            // 管理员: everything, including managing accounts
    ResourceTeacher,  // 资源教师: everything except accounts
    HeadTeacher,      // 班主任: the students of their own classes; adds contact records
    Itinerant,        // 巡回指导教师: reads; adds guidance records and comments
    Counsellor,       // 心理辅导教师: their counselling records
    Viewer,           // 查阅: read-only, for inspections
};

QList<AccountRole> allAccountRoles();
// The stored and CLI code: admin, resource, head, itinerant, counsellor, viewer.
QString accountRoleCode(AccountRole role);
std::optional<AccountRole> accountRoleFromCode(const QString &code);
// The Chinese (or English) label, translated.
QString accountRoleLabel(AccountRole role);

} // namespace rr
