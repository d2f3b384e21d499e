#pragma once
#include <QString>

namespace rr {

// People who appear in records; keys are stable, labels come from staffRoleLabel().
enum class StaffRole {
    ResourceTeacher,   // 资源教师
    HeadTeacher,       // 班主任
    SubjectTeacher,    // 任课教师
    ItinerantTeacher,  // 巡回指导教师
    Therapist,         // 康复治疗师
    SchoolDoctor,      // 校医
    Leader,            // 分管领导
    Other,
};

struct StaffMember {
    qint64 id = 0;
    QString name;
    StaffRole role = StaffRole::Other;
    QString phone;
    QString note;
    bool active = true;
    bool operator==(const StaffMember &) const = default;
};

QString staffRoleKey(StaffRole role);
StaffRole staffRoleFromKey(const QString &key);
QString staffRoleChinese(StaffRole role);   // for printed forms
QString staffRoleLabel(StaffRole role);     // for screens (translated)

} // namespace rr
