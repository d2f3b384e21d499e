#include "roster/SemesterRoster.h"

#include "lrc/LrcRepository.h"
#include "students/StudentRepository.h"

#include <optional>

namespace rr {

int schoolYearOf(const QDate &day)
{
    return day.month() >= 9 ? day.year() : day.year() - 1;
}

int gradeInSchoolYear(int gradeNow, int schoolYearNow, int schoolYear)
{
    if (gradeNow <= 0)
        return 0;
    const int grade = gradeNow - (schoolYearNow - schoolYear);
    return grade >= 1 ? grade : 0;
}

Result<SemesterRoster> semesterRoster(const std::shared_ptr<Database> &db, const Semester &semester, const QDate &today)
{
    const StudentRepository students(db);
    const LrcRepository lrc(db);
    const auto summaries = students.summaries();
    if (!summaries)
        return summaries.error();
    const int yearNow = schoolYearOf(today);
    SemesterRoster roster;
    for (const StudentSummary &summary : *summaries) {
        const auto history = lrc.history(summary.id);
        if (!history)
            return history.error();
        // The steps that stand, as far as they had been taken by the semester's end.
        QList<LrcEvent> then;
        for (const LrcEvent &event : standingSteps(*history))
            if (event.date.isValid() && event.date <= semester.end)
                then.append(event);
        const QDate start = semester.start.isValid() ? semester.start : semester.end;
        // Confirmed on some day of the semester: a confirmation taken by its
        // end and not followed by another step before its first day.
        std::optional<qsizetype> confirmation;
        for (qsizetype i = 0; i < then.size(); ++i)
            if (stateAfter(then.at(i).step) == LrcState::Confirmed
                && (i + 1 == then.size() || then.at(i + 1).date >= start))
                confirmation = i;
        const LrcState state = confirmation ? LrcState::Confirmed : stateOf(then);
        if (!confirmation && !awaitsReport(state) && state != LrcState::Reported)
            continue;
        auto student = students.byId(summary.id);
        if (!student)
            return student.error();
        if (student->enrolmentDate.isValid() && student->enrolmentDate > semester.end)
            continue;
        if (student->grade > 0) {
            student->grade = gradeInSchoolYear(student->grade, yearNow, semester.schoolYear);
            if (student->grade == 0)
                continue;   // not yet at school in that semester
        }
        SemesterRosterEntry entry{*student, state, then.isEmpty() ? QDate() : then.constLast().date, {}};
        if (confirmation) {
            entry.since = then.at(*confirmation).date;
            if (*confirmation + 1 < then.size())
                entry.revokedOn = then.at(*confirmation + 1).date;
        }
        (confirmation ? roster.confirmed : roster.inProgress).append(entry);
    }
    return roster;
}

} // namespace rr
