#include "staff/StaffMember.h"

#include "common/EnumLabels.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr EnumLabels<StaffRole, 9> kRoles{"rr::Staff", {{
    {StaffRole::ResourceTeacher, "resource_teacher", u"资源教师", QT_TRANSLATE_NOOP("rr::Staff", "Resource teacher")},
    {StaffRole::HeadTeacher, "head_teacher", u"班主任", QT_TRANSLATE_NOOP("rr::Staff", "Head teacher")},
    {StaffRole::SubjectTeacher, "subject_teacher", u"任课教师", QT_TRANSLATE_NOOP("rr::Staff", "Subject teacher")},
    {StaffRole::ItinerantTeacher, "itinerant_teacher", u"巡回指导教师", QT_TRANSLATE_NOOP("rr::Staff", "Itinerant teacher")},
    {StaffRole::Therapist, "therapist", u"康复治疗师", QT_TRANSLATE_NOOP("rr::Staff", "Therapist")},
    {StaffRole::Counsellor, "counsellor", u"心理辅导教师", QT_TRANSLATE_NOOP("rr::Staff", "School counsellor")},
    {StaffRole::SchoolDoctor, "school_doctor", u"校医", QT_TRANSLATE_NOOP("rr::Staff", "School doctor")},
    {StaffRole::Leader, "leader", u"校长/分管领导", QT_TRANSLATE_NOOP("rr::Staff", "Principal or school leader")},
    {StaffRole::Other, "other", u"其他", QT_TRANSLATE_NOOP("rr::Staff", "Other")},
}}};
} // namespace

StaffMember StaffMember::withRole(const QString &name, StaffRole role)
{
    StaffMember member;
    member.name = name;
    member.roles = {role};
    return member;
}

QList<StaffRole> allStaffRoles()
{
    QList<StaffRole> roles;
    for (const auto &entry : kRoles.entries())
        roles << entry.value;
    return roles;
}

QString staffRoleKey(StaffRole role) { return kRoles.key(role); }

StaffRole staffRoleFromKey(const QString &key) { return kRoles.fromKey(key); }

bool staffRoleFromText(const QString &text, StaffRole *role)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    if (kRoles.fromKey(wanted, role))
        return true;
    for (const auto &entry : kRoles.entries()) {
        if (wanted == kRoles.chinese(entry.value) || wanted.compare(kRoles.label(entry.value), Qt::CaseInsensitive) == 0) {
            *role = entry.value;
            return true;
        }
    }
    // 校长 or 分管领导 alone name the leader's role as well.
    if (kRoles.chinese(StaffRole::Leader).split(u'/').contains(wanted)) {
        *role = StaffRole::Leader;
        return true;
    }
    return false;
}

QString staffRoleChinese(StaffRole role) { return kRoles.chinese(role); }

QString staffRoleLabel(StaffRole role) { return kRoles.label(role); }

QString staffRolesChinese(const QList<StaffRole> &roles)
{
    QStringList names;
    for (StaffRole role : roles)
        names << staffRoleChinese(role);
    return names.join(u'、');
}

QString staffRolesLabel(const QList<StaffRole> &roles)
{
    QStringList names;
    for (StaffRole role : roles)
        names << staffRoleLabel(role);
    return names.join(QCoreApplication::translate("rr::Staff", ", "));
}

QList<StaffRole> orderedStaffRoles(const QList<StaffRole> &roles)
{
    QList<StaffRole> ordered;
    for (StaffRole role : allStaffRoles())
        if (roles.contains(role))
            ordered << role;
    return ordered;
}

} // namespace rr
