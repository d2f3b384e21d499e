#pragma once
#include "students/CitizenId.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rr {

// What a staff member does at school; keys are stable, labels come from staffRoleLabel().
enum class StaffRole {
    ResourceTeacher,   // 资源教师
    HeadTeacher,       // 班主任
    SubjectTeacher,    // 任课教师
    ItinerantTeacher,  // 巡回指导教师
    Therapist,         // 康复治疗师
    Counsellor,        // 心理辅导教师
    SchoolDoctor,      // 校医
    Leader,            // 校长/分管领导
    Other,
};

// A person who appears in records (教职工). Somebody who has left keeps
// their row with the date they left (toDate): records still name them.
struct StaffMember {
    qint64 id = 0;
    QString name;
    Gender gender = Gender::Unknown;
    QString phone;
    QList<StaffRole> roles;        // in the order of allStaffRoles()
    QStringList classesLed;        // 班主任 of, e.g. 三年级2班
    QStringList classesTaught;
    QStringList subjects;
    QDate fromDate;                // optional
    QDate toDate;                  // the day they left; null while serving
    QString note;
    bool operator==(const StaffMember &) const = default;

    static StaffMember withRole(const QString &name, StaffRole role);
    bool hasRole(StaffRole role) const { return roles.contains(role); }
    // The first of the roles (Other when none), for callers that show one.
    StaffRole primaryRole() const { return roles.isEmpty() ? StaffRole::Other : roles.first(); }
    bool isRetired() const { return toDate.isValid(); }
    bool isActive() const { return !isRetired(); }
};

// Limits, named in the validation messages.
inline constexpr int kStaffNameMax = 40;
inline constexpr int kStaffPhoneMax = 20;
inline constexpr int kStaffItemMax = 30;     // one class or subject
inline constexpr int kStaffListMax = 30;     // classes or subjects per person
inline constexpr int kStaffNoteMax = 500;

QList<StaffRole> allStaffRoles();
QString staffRoleKey(StaffRole role);
StaffRole staffRoleFromKey(const QString &key);
// A key or a Chinese or translated label (the CLI's --role); false when unknown.
bool staffRoleFromText(const QString &text, StaffRole *role);
QString staffRoleChinese(StaffRole role);   // for printed forms
QString staffRoleLabel(StaffRole role);     // for screens (translated)
QString staffRolesChinese(const QList<StaffRole> &roles);   // 资源教师、班主任
QString staffRolesLabel(const QList<StaffRole> &roles);
// Sorted into the order of allStaffRoles(), without repeats.
QList<StaffRole> orderedStaffRoles(const QList<StaffRole> &roles);

} // namespace rr
