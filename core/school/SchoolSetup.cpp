#include "school/SchoolSetup.h"

#include "calendar/SemesterRepository.h"
#include "school/CurrentUser.h"
#include "school/SettingsRepository.h"
#include "security/AccountRepository.h"
#include "security/PasswordHash.h"
#include "security/RecoveryCode.h"
#include "security/SignIn.h"
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

Result<void> SchoolSetup::run(const SchoolProfile &profile, const Semester &semester)
{
    AccountChoice none;
    none.protect = false;
    auto done = run(profile, semester, none);
    if (!done)
        return done.error();
    return {};
}

Result<QString> SchoolSetup::run(const SchoolProfile &input, const Semester &semester, const AccountChoice &accounts)
{
    SchoolProfile profile = input;
    profile.schoolName = profile.schoolName.trimmed();
    profile.teacherName = profile.teacherName.simplified();
    if (auto valid = validate(profile, semester); !valid)
        return valid.error();
    Account admin;
    admin.userName = accounts.userName.trimmed().isEmpty() ? profile.teacherName : accounts.userName.trimmed();
    admin.roles = {AccountRole::Admin, AccountRole::ResourceTeacher};
    QString passwordHash;
    if (accounts.protect) {
        if (auto name = AccountRepository::validateUserName(admin.userName); !name)
            return name.error();
        if (const QString problem = accountPasswordProblem(accounts.adminPassword); !problem.isEmpty())
            return makeError(ErrorCode::InvalidInput, problem);
        // Argon2id takes a moment: outside the transaction.
        auto hash = hashPassword(accounts.adminPassword);
        if (!hash)
            return hash.error();
        passwordHash = *hash;
    }
    QString recoveryCode;

    // Absent is normal here (a fresh file); a failed read is not.
    const auto existingSemester = SemesterRepository(m_db).find(semester.name);
    if (!existingSemester && existingSemester.error().code != ErrorCode::NotFound)
        return existingSemester.error();
    const auto existingTeacher = StaffRepository(m_db).findByKey(profile.teacherName, RetiredStaff::Included);
    if (!existingTeacher && existingTeacher.error().code != ErrorCode::NotFound)
        return existingTeacher.error();
    auto done = m_db->write({u"school.setup"_s, u"first-run setup"_s}, [&](Transaction &tx) -> Result<void> {
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
        if (auto current = CurrentUser::set(tx, teacherId); !current)
            return current;
        if (!accounts.protect)
            return AccountRepository::setProtection(tx, false, {});
        admin.staffId = teacherId;
        auto id = AccountRepository::add(tx, admin, passwordHash);
        if (!id)
            return id.error();
        admin.id = *id;
        auto code = RecoveryCode::protect(tx);
        if (!code)
            return code.error();
        recoveryCode = *code;
        return {};
    });
    if (!done)
        return done.error();
    if (accounts.protect) {
        admin.staffName = profile.teacherName;
        m_db->setPrincipal(SignIn::principalOf(admin));
    }
    return recoveryCode;
}

} // namespace rr
