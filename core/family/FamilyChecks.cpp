#include "family/FamilyChecks.h"

#include "calendar/SemesterRepository.h"
#include "family/CounsellingRepository.h"
#include "family/FamilyContactRepository.h"
#include "family/FamilySettings.h"
#include "iep/IepRepository.h"
#include "inspection/InspectionRules.h"
#include "security/StudentScope.h"
#include "storage/Database.h"
#include "training/SessionRepository.h"

#include <algorithm>

namespace rr {

namespace {

bool plansCounselling(const Iep &iep)
{
    // A draft is not agreed yet: only a plan the team put in effect binds the school.
    if (iep.status == IepStatus::Draft)
        return false;
    return std::any_of(iep.content.services.cbegin(), iep.content.services.cend(),
                       [](const IepService &s) { return s.type == ServiceType::Counselling; });
}

} // namespace

Result<FamilyCheckInput> gatherFamilyCheck(const std::shared_ptr<Database> &db, const QDate &from, const QDate &to,
                                           const QDate &today)
{
    FamilyCheckInput in;
    in.from = from;
    in.to = to;
    in.today = today;
    auto semesters = SemesterRepository(db).all();
    if (!semesters)
        return semesters.error();
    in.semesters = *semesters;
    auto students = FamilyContactRepository::studentsToCheck(*db);
    if (!students)
        return students.error();
    // A 班主任's checks cover the students of their own classes only.
    const auto scope = studentScope(*db, db->principal());
    if (!scope)
        return scope.error();
    students->removeIf([&](const FamilyCheckStudent &s) { return !scope->contains(s.id); });
    in.students = *students;
    // The whole calendar months the range touches.
    const QDate first(from.year(), from.month(), 1);
    const QDate last = QDate(to.year(), to.month(), 1).addMonths(1).addDays(-1);
    const IepRepository ieps(db);
    for (const Semester &s : std::as_const(in.semesters)) {
        if (s.end < first || s.start > last)
            continue;
        auto plans = ieps.forSemester(s.id);
        if (!plans)
            return plans.error();
        for (const Iep &iep : std::as_const(*plans))
            if (plansCounselling(iep))
                in.counsellingStudents[s.id].insert(iep.studentId);
    }
    auto contacts = FamilyContactRepository::datesBetween(*db, first, last);
    if (!contacts)
        return contacts.error();
    in.contacts = *contacts;
    auto counselling = CounsellingRepository::datesBetween(*db, first, last);
    if (!counselling)
        return counselling.error();
    in.counselling = *counselling;
    auto sessions = SessionRepository(db).between(first, last);
    if (!sessions)
        return sessions.error();
    for (const TrainingSession &s : std::as_const(*sessions)) {
        if (s.service != ServiceType::Counselling || s.kind != SessionKind::Individual)
            continue;
        for (const SessionStudent &st : s.students)
            if (st.present())
                in.counselling.append({st.studentId, s.date});
    }
    auto perMonth = loadContactsPerMonth(*db);
    if (!perMonth)
        return perMonth.error();
    in.contactsPerMonth = *perMonth;
    auto rules = loadInspectionRules(db);
    if (!rules)
        return rules.error();
    in.counsellingPerMonth = rules->monthlyCounselling ? rules->counsellingPerMonth : 0;
    return in;
}

Result<QList<FamilyShortfall>> familyShortfalls(const std::shared_ptr<Database> &db, const QDate &from, const QDate &to,
                                                const QDate &today)
{
    auto input = gatherFamilyCheck(db, from, to, today);
    if (!input)
        return input.error();
    return familyShortfalls(*input);
}

} // namespace rr
