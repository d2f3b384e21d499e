#pragma once
// Conflicts in the timetable, found when they arise (a slot is added or
// changed, a one-off change moves a meeting). Pure functions over the slots
// and what they refer to; TimetableRepository loads the context.
//
// Severity, decided once here:
// - hard, the write is refused: an instructor or a student in two places at
//   once (nobody can be), and a slot without instructor in a room whose rules
//   say a teacher leads every session (训练需在老师指导下进行);
// - warning, saved but shown: a room over its capacity or its MaxStudents
//   rule (groups can be split later, the rule is checked again when the
//   session starts), and a slot over a protected class period (the head
//   teacher may agree to an exception for a week).
#include "rooms/Room.h"
#include "rooms/RoomRule.h"
#include "timetable/ProtectedPeriod.h"
#include "timetable/TimetableSlot.h"

#include <QHash>
#include <QList>
#include <QString>

namespace rr {

enum class ConflictKind {
    RoomOverCapacity,        // more students at once than the room's limit
    InstructorDoubleBooked,
    StudentDoubleBooked,
    ProtectedClass,          // over a class period the student must not miss
    NoInstructor,            // TeacherLeads applies and no instructor is set
};

enum class ConflictSeverity { Warning, Hard };

ConflictSeverity severityOf(ConflictKind kind);
QString conflictKindLabel(ConflictKind kind);   // translated

struct TimetableConflict {
    ConflictKind kind = ConflictKind::RoomOverCapacity;
    QList<qint64> slotIds;       // ascending
    QList<qint64> studentIds;    // the students concerned, ascending
    qint64 instructorId = 0;
    qint64 roomId = 0;
    QDate date;                  // set for conflicts between occurrences
    QString message;             // translated, names people, room, time, rule
    bool isHard() const { return severityOf(kind) == ConflictSeverity::Hard; }
    bool operator==(const TimetableConflict &) const = default;
};

// What the check needs besides the slots; names are for the messages.
struct ConflictContext {
    QHash<qint64, Room> rooms;
    QHash<qint64, QList<RoomRule>> rules;         // by room id
    QHash<qint64, QString> studentNames;
    QHash<qint64, QString> staffNames;
    QList<ProtectedPeriod> protectedPeriods;      // those holding in the semester
};

// Every conflict among the slots of one semester, each reported once.
QList<TimetableConflict> findConflicts(const QList<TimetableSlot> &slotList, const ConflictContext &context);
// The conflicts `candidate` would have with `others` (entries with the
// candidate's id are ignored) and on its own.
QList<TimetableConflict> conflictsWith(const TimetableSlot &candidate, const QList<TimetableSlot> &others,
                                       const ConflictContext &context);
// Conflicts between dated meetings (after one-off changes): double bookings
// and room capacity on the same date. Protected periods are a weekly matter
// and are left to the slot check.
QList<TimetableConflict> findOccurrenceConflicts(const QList<SlotOccurrence> &occurrences,
                                                 const ConflictContext &context);

QList<TimetableConflict> hardConflicts(const QList<TimetableConflict> &conflicts);
// The messages joined one per line, for an Error.
QString conflictMessages(const QList<TimetableConflict> &conflicts);

} // namespace rr
