#pragma once
// What the resource teacher should look at soon, as data for the start page
// and the CLI: reviews coming up, objectives past their deadline without
// data, students without a plan in effect, assessments over a year old.
// computeReminders() is pure; iepReminders() gathers its input for the
// whole school in a fixed number of queries, however many students there are.
#include "assessment/Assessment.h"
#include "calendar/Semester.h"
#include "common/Result.h"
#include "iep/Iep.h"
#include "students/Student.h"

#include <QHash>
#include <memory>
#include <optional>

namespace rr {

class Clock;
class Database;

enum class ReminderKind { ReviewDue, ObjectiveWithoutData, NoActiveIep, AssessmentOutdated };

struct IepReminder {
    ReminderKind kind = ReminderKind::ReviewDue;
    qint64 studentId = 0;
    QString studentName;
    QString text;          // translated
    QDate date;            // the review, deadline, semester start or assessment date
    bool operator==(const IepReminder &) const = default;
};

struct ReminderInput {
    struct StudentRow {
        qint64 id = 0;
        QString name;
    };
    QList<StudentRow> students;
    std::optional<Semester> currentSemester;
    // The plans in effect and every plan of the current semester (the others
    // give no reminder), student by student in the order of `students`.
    QList<Iep> ieps;
    QHash<qint64, int> pointCounts;           // objective id → data points (none: 0)
    QList<Assessment> latestAssessments;      // newest per student and instrument, in the same order
};

constexpr int kReviewNoticeDays = 14;

QList<IepReminder> computeReminders(const ReminderInput &input, const QDate &today);   // by date
// The reminders of `students` (the overview has read them already), in their order.
Result<QList<IepReminder>> iepReminders(const std::shared_ptr<Database> &db, const QList<StudentSummary> &students,
                                        const QDate &today);
// The same for every student, on the clock's today.
Result<QList<IepReminder>> iepReminders(const std::shared_ptr<Database> &db, const Clock &clock);

} // namespace rr
