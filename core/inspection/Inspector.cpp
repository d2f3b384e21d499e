#include "inspection/Inspector.h"

#include "calendar/SemesterRepository.h"
#include "family/CounsellingRepository.h"
#include "family/FamilyChecks.h"
#include "iep/IepRepository.h"
#include "inspection/InspectionRepository.h"
#include "rooms/RoomRuleRepository.h"
#include "school/CurrentUser.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"
#include "timetable/TimetableRepository.h"
#include "training/RoomContext.h"
#include "training/SessionRepository.h"
#include "usage/RoomUsageRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace rr {

Result<InspectionInput> Inspector::gather(const QDate &from, const QDate &to) const
{
    InspectionInput in;
    in.from = from;
    in.to = to;
    in.today = m_clock->today();
    auto allSemesters = SemesterRepository(m_db).all();
    if (!allSemesters)
        return allSemesters.error();
    in.semesters = *allSemesters;
    // The plans of the semesters inspected, read a semester at a time (one
    // query per table, not per student), then put in roster order, each
    // student's oldest first.
    const IepRepository ieps(m_db);
    QHash<qint64, QList<Iep>> plansByStudent;
    for (const Semester &s : std::as_const(in.semesters)) {
        if (s.start > to || s.end < from)
            continue;
        auto plans = ieps.forSemester(s.id);
        if (!plans)
            return plans.error();
        for (const Iep &iep : std::as_const(*plans))
            plansByStudent[iep.studentId].append(iep);
    }
    const auto students = StudentRepository(m_db).summaries();
    if (!students)
        return students.error();
    for (const StudentSummary &student : *students)
        in.ieps.append(plansByStudent.value(student.id));
    auto sessions = SessionRepository(m_db, m_clock).between(inspectionSessionStart(from), to);
    if (!sessions)
        return sessions.error();
    in.sessions = *sessions;
    auto occurrences = TimetableRepository(m_db).occurrences(from, to);
    if (!occurrences)
        return occurrences.error();
    in.occurrences = *occurrences;
    auto manualUsage = RoomUsageRepository(m_db).manualEntries(from, to);
    if (!manualUsage)
        return manualUsage.error();
    in.manualUsage = *manualUsage;
    auto rules = RoomRuleRepository(m_db).allByRoom();
    if (!rules)
        return rules.error();
    in.rulesByRoom = *rules;
    const auto names = trainingctx::sessionNames(*m_db);
    if (!names)
        return names.error();
    in.studentNames = names->students;
    in.staffNames = names->staff;
    in.roomNames = names->rooms;
    auto counselling = CounsellingRepository::datesBetween(*m_db, inspectionSessionStart(from), to);
    if (!counselling)
        return counselling.error();
    in.counsellingRecords = *counselling;
    // Months that ended by `to`: the day after is their "today".
    auto family = familyShortfalls(m_db, from, to, to.addDays(1));
    if (!family)
        return family.error();
    // Keeping in touch with the families is the resource teacher's work: the
    // report names the teacher at the keyboard (the current user), if any.
    const auto teacher = CurrentUser(m_db).id();
    if (!teacher)
        return teacher.error();
    for (FamilyShortfall s : std::as_const(*family))
        if (s.check == FamilyCheck::Contact && s.ended) {
            s.staffId = *teacher;
            in.familyContactShortfalls.append(s);
        }
    return in;
}

Result<InspectionResult> Inspector::run(const QDate &from, const QDate &to, const InspectionRules &rules,
                                        const QString &inspector) const
{
    if (!from.isValid() || !to.isValid() || from > to)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Inspection", "An inspection needs a first and a last date, in order."));
    if (auto valid = validateInspectionRules(rules); !valid)
        return valid.error();
    const auto input = gather(from, to);
    if (!input)
        return input.error();
    InspectionResult result = inspect(*input, rules);
    result.inspector = inspector.trimmed();
    const auto previous = InspectionRepository(m_db).latest();
    if (!previous)
        return previous.error();
    if (*previous) {
        const auto recheck = gather((*previous)->from, (*previous)->to);
        if (!recheck)
            return recheck.error();
        compareWithPrevious(result, **previous, inspect(*recheck, rules).problems);
    }
    return result;
}

Result<InspectionResult> Inspector::run(const QDate &from, const QDate &to, const QString &inspector) const
{
    const auto rules = loadInspectionRules(m_db);
    if (!rules)
        return rules.error();
    return run(from, to, *rules, inspector);
}

} // namespace rr
