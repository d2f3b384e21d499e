#pragma once
// Which training sessions the demo school held this semester up to
// yesterday, worked out from its timetable before anything is written (the
// IEPs' session-measured probes fall on these dates): every occurrence,
// sessions lost to a holiday made up the same week (补训), 周宇航's monthly
// counselling, a few students on leave. And the gaps a record inspection
// over the half semester finds, nothing else:
//   - 黄子豪 has no maths tutoring three weeks ago (a week without a session);
//   - two of 孙静's records of two weeks ago are not signed (past the due days);
//   - 刘子轩's first record four weeks ago has no 训练效果;
//   - 王浩然's last session last week has no record (the room was used unrecorded);
//   - 周宇航 had no counselling last month;
//   - 阿依古丽·努尔兰 is timetabled 40 of her 60 minutes a week (too few minutes).
// Pure: the same semester, timetable and today always give the same plan.
#include "calendar/Semester.h"
#include "demo/DemoTimetable.h"
#include "training/TrainingSession.h"

#include <QHash>
#include <optional>

namespace rr {

struct PlannedAttendance {
    qint64 studentId = 0;
    Attendance attendance = Attendance::Present;
    QString reason;
};

struct PlannedSession {
    enum class Fate { Signed, Unsigned, Unrecorded };
    qint64 slotId = 0;              // the timetable slot; 0 for an ad hoc session
    QDate occurrenceDate;           // with slotId
    QDate date;
    QTime start;
    QTime end;
    qint64 roomId = 0;
    qint64 instructorId = 0;
    ServiceType service = ServiceType::IndividualTraining;
    QString topic;                  // 训练项目
    DemoTopic texts = DemoTopic::ZhangCognition;
    int lesson = 0;                 // how many sessions of this topic came before
    int week = 0;                   // teaching week
    QList<PlannedAttendance> students;
    Fate fate = Fate::Signed;
    bool missingResults = false;
    bool amended = false;
};

QList<PlannedSession> planDemoSessions(const Semester &semester, const DemoTimetable &timetable, const DemoIds &ids,
                                       const QDate &today);

// The probe days of a student's objectives measured by `instructorId`: the
// first session of each week the student attended with them (and that has
// a record); nullopt when they never train together.
std::optional<QList<QDate>> demoProbeDays(const QList<PlannedSession> &plan, qint64 studentId, qint64 instructorId);

} // namespace rr
