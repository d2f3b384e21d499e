#include "training/StudentObjectives.h"

#include "calendar/SemesterRepository.h"
#include "iep/IepRepository.h"

namespace rr {

Result<StudentObjectives> StudentObjectives::load(const std::shared_ptr<Database> &db, qint64 studentId, const QDate &date)
{
    StudentObjectives result;
    const auto read = SemesterRepository(db).containing(date);
    if (!read)
        return read.error();
    const std::optional<Semester> semester = *read;
    const auto plans = IepRepository(db).forStudent(studentId);
    if (!plans)
        return plans.error();
    for (const Iep &plan : *plans) {
        const bool inEffect = semester && plan.semesterId == semester->id && plan.status == IepStatus::Active;
        result.hasPlanInEffect = result.hasPlanInEffect || inEffect;
        for (const IepGoal &goal : plan.content.goals)
            for (const IepObjective &objective : goal.objectives) {
                result.known.insert(objective.id, objective);
                if (inEffect)
                    result.inEffect.append(objective.id);
            }
    }
    return result;
}

const IepObjective *StudentObjectives::find(qint64 objectiveId) const
{
    const auto it = known.constFind(objectiveId);
    return it == known.cend() ? nullptr : &*it;
}

} // namespace rr
