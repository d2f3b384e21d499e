#pragma once
// The demo's weekly timetable (排课) for the current semester: every student's
// individual training and therapy in the rooms, a sensory group, home
// delivery for 吴梓涵, a few class periods the head teachers protect. What
// does not fit a weekly slot is planned here too, as slots kept out of the
// timetable (id < 0): 黄子豪's maths tutoring (his 随班就读 status was revoked,
// so the timetable refuses him, yet his plan still runs this semester).
// Deliberately short: 阿依古丽·努尔兰 has 40 of her 60 minutes a week.
#include "calendar/Semester.h"
#include "common/Result.h"
#include "demo/DemoTrainingTexts.h"
#include "timetable/TimetableSlot.h"

#include <QHash>

namespace rr {

class Transaction;

// Names of the demo's people and rooms to their ids.
struct DemoIds {
    QHash<QString, qint64> staff;
    QHash<QString, qint64> rooms;
    QHash<QString, qint64> students;
};

struct DemoSlot {
    TimetableSlot slot;        // id < 0: kept out of the timetable, its sessions are ad hoc
    DemoTopic topic = DemoTopic::ZhangCognition;
};

using DemoTimetable = QList<DemoSlot>;

// The teaching week of `today` in the semester; past the end, the week after the last.
int demoCurrentWeek(const Semester &semester, const QDate &today);

// Writes the slots and protected periods of `semester` (stored, with its id).
Result<DemoTimetable> addDemoTimetable(Transaction &tx, const DemoIds &ids, const Semester &semester);

} // namespace rr
