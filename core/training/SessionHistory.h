#pragma once
// The history of a signed record: the version as signed, then each
// amendment with its date, author and reason, and what it changed.
#include "training/TrainingSession.h"

#include <QHash>

namespace rr {

enum class SessionField {
    Date, Start, End, Room, Instructor, Kind, Service, Topic, Content, Method, Equipment, Problems, NextSteps,
    Student,          // a student added to or removed from the record
    Attendance, AbsenceReason, Arrival, Departure, HandedOverTo, Rating, Prompt, Performance, Results, Objectives,
};
QString sessionFieldChinese(SessionField field);   // 训练日期 … as the record form names them
QString sessionFieldLabel(SessionField field);     // translated

struct FieldChange {
    SessionField field = SessionField::Content;
    qint64 studentId = 0;      // the student whose part changed; 0 for the session's own fields
    QString before;            // display text; empty when there was none
    QString after;
    bool operator==(const FieldChange &) const = default;
};

// Names for the display text of ids (rooms, staff, students); an id without
// a name is shown as its number.
struct SessionNames {
    QHash<qint64, QString> rooms;
    QHash<qint64, QString> staff;
    QHash<qint64, QString> students;
};

// What `after` changed against `before`, session fields first, then each
// student's in the order of `after` (removed students last). Sign-off
// fields and the version are not compared.
QList<FieldChange> sessionChanges(const TrainingSession &before, const TrainingSession &after, const SessionNames &names);

// An amendment as stored: `previous` is the record as it stood before it.
struct SessionAmendment {
    qint64 id = 0;
    qint64 sessionId = 0;
    int sequence = 0;          // 1, 2, … ; the record's version after it
    QDate date;
    QString author;
    QString reason;
    TrainingSession previous;
    bool operator==(const SessionAmendment &) const = default;
};

// One version as the history shows it. Version 0 is the record as signed
// (author: the signer, date: the signing date, no reason and no changes).
struct RecordVersion {
    int version = 0;
    QDate date;
    QString author;
    QString reason;
    TrainingSession record;
    QList<FieldChange> changes;   // against the version before
    bool operator==(const RecordVersion &) const = default;
};

// The versions of a signed record from its amendments (oldest first) and
// its current state; empty for an unsigned record.
QList<RecordVersion> recordHistory(const TrainingSession &current, const QList<SessionAmendment> &amendments,
                                   const SessionNames &names);

} // namespace rr
