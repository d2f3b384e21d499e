#include "staff/StaffMember.h"

#include <QCoreApplication>
#include <array>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
struct RoleInfo {
    StaffRole role;
    const char *key;
    const char16_t *chinese;
    const char *label;
};
constexpr std::array<RoleInfo, 8> kRoles{{
    {StaffRole::ResourceTeacher, "resource_teacher", u"资源教师", QT_TRANSLATE_NOOP("rr::Staff", "Resource teacher")},
    {StaffRole::HeadTeacher, "head_teacher", u"班主任", QT_TRANSLATE_NOOP("rr::Staff", "Head teacher")},
    {StaffRole::SubjectTeacher, "subject_teacher", u"任课教师", QT_TRANSLATE_NOOP("rr::Staff", "Subject teacher")},
    {StaffRole::ItinerantTeacher, "itinerant_teacher", u"巡回指导教师", QT_TRANSLATE_NOOP("rr::Staff", "Itinerant teacher")},
    {StaffRole::Therapist, "therapist", u"康复治疗师", QT_TRANSLATE_NOOP("rr::Staff", "Therapist")},
    {StaffRole::SchoolDoctor, "school_doctor", u"校医", QT_TRANSLATE_NOOP("rr::Staff", "School doctor")},
    {StaffRole::Leader, "leader", u"分管领导", QT_TRANSLATE_NOOP("rr::Staff", "School leader")},
    {StaffRole::Other, "other", u"其他", QT_TRANSLATE_NOOP("rr::Staff", "Other")},
}};

const RoleInfo &info(StaffRole role)
{
    for (const RoleInfo &r : kRoles)
        if (r.role == role)
            return r;
    return kRoles.back();
}
} // namespace

QString staffRoleKey(StaffRole role) { return QString::fromLatin1(info(role).key); }

StaffRole staffRoleFromKey(const QString &key)
{
    for (const RoleInfo &r : kRoles)
        if (key == QLatin1String(r.key))
            return r.role;
    return StaffRole::Other;
}

QString staffRoleChinese(StaffRole role) { return QString::fromUtf16(info(role).chinese); }

QString staffRoleLabel(StaffRole role) { return QCoreApplication::translate("rr::Staff", info(role).label); }

} // namespace rr
