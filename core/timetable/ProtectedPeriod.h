#pragma once
// A class period a student must not miss (e.g. 语文 on Monday 8:00–8:40):
// the head teacher and the resource teacher agree which lessons training may
// never take (班主任"协调学生的课堂学习与个别化训练时间", seed 001).
#include <QString>
#include <QTime>

namespace rr {

struct ProtectedPeriod {
    qint64 id = 0;
    qint64 studentId = 0;
    qint64 semesterId = 0;      // 0 = holds in every semester
    int weekday = 1;            // 1 = Monday … 7 = Sunday
    QTime start;
    QTime end;
    QString label;              // the lesson, e.g. 语文
    bool operator==(const ProtectedPeriod &) const = default;

    bool appliesTo(qint64 semester) const { return semesterId == 0 || semesterId == semester; }
    bool overlaps(int day, const QTime &from, const QTime &to) const
    {
        return day == weekday && from < end && start < to;
    }
};

} // namespace rr
