#include "staff/StaffMember.h"

#include "common/EnumLabels.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr EnumLabels<StaffRole, 8> kRoles{"rr::Staff", {{
    {StaffRole::ResourceTeacher, "resource_teacher", u"资源教师", QT_TRANSLATE_NOOP("rr::Staff", "Resource teacher")},
    {StaffRole::HeadTeacher, "head_teacher", u"班主任", QT_TRANSLATE_NOOP("rr::Staff", "Head teacher")},
    {StaffRole::SubjectTeacher, "subject_teacher", u"任课教师", QT_TRANSLATE_NOOP("rr::Staff", "Subject teacher")},
    {StaffRole::ItinerantTeacher, "itinerant_teacher", u"巡回指导教师", QT_TRANSLATE_NOOP("rr::Staff", "Itinerant teacher")},
    {StaffRole::Therapist, "therapist", u"康复治疗师", QT_TRANSLATE_NOOP("rr::Staff", "Therapist")},
    {StaffRole::SchoolDoctor, "school_doctor", u"校医", QT_TRANSLATE_NOOP("rr::Staff", "School doctor")},
    {StaffRole::Leader, "leader", u"分管领导", QT_TRANSLATE_NOOP("rr::Staff", "School leader")},
    {StaffRole::Other, "other", u"其他", QT_TRANSLATE_NOOP("rr::Staff", "Other")},
}}};
} // namespace

QString staffRoleKey(StaffRole role) { return kRoles.key(role); }

StaffRole staffRoleFromKey(const QString &key) { return kRoles.fromKey(key); }

QString staffRoleChinese(StaffRole role) { return kRoles.chinese(role); }

QString staffRoleLabel(StaffRole role) { return kRoles.label(role); }

} // namespace rr
