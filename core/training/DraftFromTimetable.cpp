#include "training/DraftFromTimetable.h"

namespace rr {

TrainingSession draftFromOccurrence(const SlotOccurrence &occ)
{
    TrainingSession s;
    s.date = occ.date;
    s.start = occ.start;
    s.end = occ.end;
    s.roomId = occ.roomId;
    s.instructorId = occ.instructorId;
    s.slotId = occ.slotId;
    s.occurrenceDate = occ.date;
    s.kind = occ.studentIds.size() == 1 ? SessionKind::Individual : SessionKind::Group;
    s.service = occ.service;
    s.topic = occ.content;
    for (qint64 studentId : occ.studentIds) {
        SessionStudent student;
        student.studentId = studentId;   // present by default
        s.students.append(student);
    }
    return s;
}

} // namespace rr
