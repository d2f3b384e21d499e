#include "school/SchoolSetup.h"

#include "calendar/SemesterRepository.h"
#include "school/CurrentUser.h"
#include "school/SettingsRepository.h"
#include "staff/StaffRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

SchoolSetup::Problem SchoolSetup::check(const SchoolProfile &profile, const Semester &semester)
{
    if (profile.schoolName.trimmed().isEmpty())
        return Problem::SchoolName;
    if (profile.teacherName.trimmed().isEmpty() || !StaffRepository::validate(StaffMember::withRole(
                                                        profile.teacherName, StaffRole::ResourceTeacher)))
        return Problem::TeacherName;
    if (!SemesterRepository::validate(semester))
        return Problem::Semester;
    return Problem::None;
}

Semester SchoolSetup::semesterOf(const QString &name, const QDate &start, const QDate &end)
{
    Semester s;
    s.name = name.trimmed();
    s.start = start;
    s.end = end;
    s.kind = start.isValid() && start.month() >= 8 ? SemesterKind::Autumn : SemesterKind::Spring;
    s.schoolYear = s.kind == SemesterKind::Autumn ? start.year() : start.year() - 1;
    return s;
}

Result<void> SchoolSetup::validate(const SchoolProfile &profile, const Semester &semester)
{
    switch (check(profile, semester)) {
    case Problem::SchoolName:
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Settings", "Please enter the name of the school."));
    case Problem::TeacherName:
        if (profile.teacherName.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("rr::Settings", "Please enter the resource teacher's name."));
        return StaffRepository::validate(StaffMember::withRole(profile.teacherName, StaffRole::ResourceTeacher));
    case Problem::Semester:
        return SemesterRepository::validate(semester);
    case Problem::None:
        break;
    }
    return {};
}

Result<void> SchoolSetup::run(const SchoolProfile &input, const Semester &semester)
{
    SchoolProfile profile = input;
    profile.schoolName = profile.schoolName.trimmed();
    profile.teacherName = profile.teacherName.simplified();
    if (auto valid = validate(profile, semester); !valid)
        return valid;

    // Absent is normal here (a fresh file); a failed read is not.
    const auto existingSemester = SemesterRepository(m_db).find(semester.name);
    if (!existingSemester && existingSemester.error().code != ErrorCode::NotFound)
        return existingSemester.error();
    const auto existingTeacher = StaffRepository(m_db).findByKey(profile.teacherName, RetiredStaff::Included);
    if (!existingTeacher && existingTeacher.error().code != ErrorCode::NotFound)
        return existingTeacher.error();
    return m_db->write({u"school.setup"_s, u"first-run setup"_s}, [&](Transaction &tx) -> Result<void> {
        if (existingSemester) {
            profile.currentSemesterId = existingSemester->id;
        } else {
            auto id = SemesterRepository::add(tx, semester);
            if (!id)
                return id.error();
            profile.currentSemesterId = *id;
        }
        qint64 teacherId = 0;
        if (existingTeacher && existingTeacher->name == profile.teacherName) {
            StaffMember teacher = *existingTeacher;
            teacher.roles = orderedStaffRoles(teacher.roles << StaffRole::ResourceTeacher);
            teacher.toDate = {};
            if (auto updated = StaffRepository::update(tx, teacher); !updated)
                return updated;
            teacherId = teacher.id;
        } else {
            auto id = StaffRepository::add(tx, StaffMember::withRole(profile.teacherName, StaffRole::ResourceTeacher));
            if (!id)
                return id.error();
            teacherId = *id;
        }
        if (auto saved = SettingsRepository::saveProfile(tx, profile); !saved)
            return saved;
        return CurrentUser::set(tx, teacherId);
    });
}

} // namespace rr
