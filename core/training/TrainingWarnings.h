#pragma once
// What the Today page warns about in the training records: today's
// timetabled sessions without a record yet, records waiting for a
// signature, records past the room's RecordDue days, and students whose
// weekly service (or monthly counselling) has no session yet this week
// (month). computeTrainingWarnings() is pure; trainingWarnings() gathers.
#include "calendar/Semester.h"
#include "common/Result.h"
#include "iep/Iep.h"
#include "rooms/RoomRule.h"
#include "timetable/TimetableSlot.h"
#include "training/TrainingSession.h"

#include <QDateTime>
#include <QHash>
#include <memory>

namespace rr {

class Clock;
class Database;

enum class TrainingWarningKind { NotYetRecorded, Unsigned, SignOverdue, WeeklyDue, CounsellingDue };

struct TrainingWarning {
    TrainingWarningKind kind = TrainingWarningKind::Unsigned;
    qint64 sessionId = 0;       // the record, for Unsigned and SignOverdue
    qint64 slotId = 0;          // the timetable slot, for NotYetRecorded
    qint64 studentId = 0;       // 0 for a group
    QString who;                // the student's name, or the group's names
    qint64 instructorId = 0;
    QDate date;                 // the session's date; the week's Monday or the month's first day
    QDate due;                  // the last day to sign, for Unsigned and SignOverdue
    QString text;               // translated
    bool operator==(const TrainingWarning &) const = default;
};

struct TrainingWarningInput {
    QDateTime now;
    std::optional<Semester> semester;          // the one containing today
    QList<Iep> ieps;                           // plans of that semester (only active ones count)
    QList<TrainingSession> sessions;           // from trainingWarningStart(today) to today
    QList<TrainingSession> unsignedSessions;   // every unsigned record up to today
    QList<SlotOccurrence> todaysOccurrences;
    QHash<qint64, QList<RoomRule>> rulesByRoom;
    QHash<qint64, QString> studentNames;
    QHash<qint64, QString> roomNames;
    int defaultSignDays = 3;                   // when a room has no RecordDue rule
};

QDate trainingWarningStart(const QDate &today);   // the earlier of this week's Monday and the month's first day

// Overdue first, then by date.
QList<TrainingWarning> computeTrainingWarnings(const TrainingWarningInput &input);
Result<QList<TrainingWarning>> trainingWarnings(const std::shared_ptr<Database> &db, const Clock &clock);

} // namespace rr
