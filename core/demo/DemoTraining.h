#pragma once
// The demo's resource-room work this semester, in two steps inside the
// demo's one transaction. Before the IEPs: the rules of the home-delivery
// "room", the weekly timetable and the plan of the sessions held (so the
// objectives measured in sessions get their probes on session dates). After
// the IEPs: a record for each session — content, method, equipment,
// attendance, arrival and handover, objectives with their values,
// performance, results — signed by its instructor, one corrected by an
// amendment, and a few other uses of the rooms (家长培训, 参观, 教研会议).
// The gaps planted for the record inspection are listed in DemoSessionPlan.h.
#include "calendar/Semester.h"
#include "common/Result.h"
#include "demo/DemoIeps.h"
#include "demo/DemoSessionPlan.h"
#include "demo/DemoTimetable.h"

namespace rr {

class Transaction;

class DemoTraining {
public:
    // `semester` is the current one, stored (with id and holidays).
    static Result<DemoTraining> prepare(Transaction &tx, const DemoIds &ids, const Semester &semester, const QDate &today);

    // For DemoIepSetting::sessionDays: the session dates probing the objectives
    // `responsible` (a staff name) answers for; nullopt when they do not
    // train the student.
    std::optional<QList<QDate>> probeDays(qint64 studentId, const QString &responsible) const;

    Result<void> addRecords(Transaction &tx, const DemoSessionProbes &probes, const QHash<qint64, QString> &headTeachers) const;

    const QList<PlannedSession> &plan() const { return m_plan; }

private:
    DemoIds m_ids;
    Semester m_semester;
    QDate m_today;
    DemoTimetable m_timetable;
    QList<PlannedSession> m_plan;
};

} // namespace rr
