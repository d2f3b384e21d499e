#pragma once
// The 花名册 of one semester: the 随班就读 students as they stood then. A
// student counts when the centre's confirmation stood on some day of the
// semester (a student revoked in June was still served that spring; LRC
// steps dated after the semester do not count, voided steps never). Those
// whose application was still on its way at the semester's end are listed
// apart; 不予确认, 撤销 before the semester and never-applied students not at
// all. A student enrolled after the semester is not on it.
#include "calendar/Semester.h"
#include "common/Result.h"
#include "lrc/LrcWorkflow.h"
#include "students/Student.h"

#include <QDate>
#include <QList>
#include <memory>

namespace rr {

class Database;

struct SemesterRosterEntry {
    Student student;              // grade as it was in the semester (see gradeInSchoolYear)
    LrcState state = LrcState::None;
    QDate since;                  // confirmed: the centre's confirmation; otherwise the last step's date
    QDate revokedOn;              // confirmed, then revoked within the semester
    bool operator==(const SemesterRosterEntry &) const = default;
};

struct SemesterRoster {
    QList<SemesterRosterEntry> confirmed;    // 已确认 on some day of the semester
    QList<SemesterRosterEntry> inProgress;   // 已申请, 待上报, 已上报 on that day
};

// The school year a day belongs to: one starting on 1 September.
int schoolYearOf(const QDate &day);

// The grade a student had in `schoolYear`, from the grade on record now:
// the data file keeps no grade history, and students move up one grade a
// school year, so the grade is counted back by the years in between. 0 when
// the grade is unknown or the student was not yet at school (below 一年级).
int gradeInSchoolYear(int gradeNow, int schoolYearNow, int schoolYear);

// `today` says which school year the grades on record belong to. A
// semester without a start (no semester set up) is the one day semester.end.
Result<SemesterRoster> semesterRoster(const std::shared_ptr<Database> &db, const Semester &semester, const QDate &today);

} // namespace rr
