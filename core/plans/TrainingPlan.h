#pragma once
// The individual training plan (个别化训练方案, seed 001): one per student and
// semester — goals (tied to the IEP's short-term objectives where they come
// from it), content, methods, duration, frequency and expected results.
#include <QList>
#include <QString>

namespace rr {

struct TrainingPlanGoal {
    qint64 id = 0;
    QString text;
    qint64 objectiveId = 0;        // the IEP objective it serves, 0 for none
    bool operator==(const TrainingPlanGoal &) const = default;
};

struct TrainingPlan {
    qint64 id = 0;
    qint64 studentId = 0;
    qint64 semesterId = 0;
    qint64 instructorId = 0;       // staff id, 0 for none yet
    QList<TrainingPlanGoal> goals;
    QString content;               // 训练内容
    QString methods;               // 训练方法
    int minutesPerSession = 0;     // 时长
    int sessionsPerWeek = 0;       // 频率
    QString expectedResults;       // 预期成效
    QString note;
    bool operator==(const TrainingPlan &) const = default;

    int minutesPerWeek() const { return minutesPerSession * sessionsPerWeek; }
};

} // namespace rr
