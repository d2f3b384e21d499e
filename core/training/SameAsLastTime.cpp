#include "training/SameAsLastTime.h"

namespace rr {

TrainingSession sameAsLastTime(TrainingSession draft, qint64 studentId, const TrainingSession &previous,
                               const QSet<qint64> &objectivesInEffect)
{
    const SessionStudent *last = previous.student(studentId);
    for (SessionStudent &st : draft.students) {
        if (st.studentId != studentId || !last)
            continue;
        for (const ObjectiveWork &w : last->objectives) {
            const bool listed = std::any_of(st.objectives.cbegin(), st.objectives.cend(),
                                            [&](const ObjectiveWork &o) { return o.objectiveId == w.objectiveId; });
            if (listed || !objectivesInEffect.contains(w.objectiveId))
                continue;
            ObjectiveWork copy;
            copy.objectiveId = w.objectiveId;
            copy.objectiveText = w.objectiveText;
            st.objectives.append(copy);
        }
    }
    if (draft.content.trimmed().isEmpty())
        draft.content = previous.content;
    if (draft.method.trimmed().isEmpty())
        draft.method = previous.method;
    if (draft.equipment.isEmpty())
        draft.equipment = previous.equipment;
    return draft;
}

} // namespace rr
