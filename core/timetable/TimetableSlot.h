#pragma once
// The weekly timetable (排课): recurring slots over the semester's teaching
// weeks, one-off changes to single dates, and the concrete occurrences the
// two produce. Sessions (core/training) are made from occurrences.
#include "iep/IepVocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace rr {

struct TimetableSlot {
    qint64 id = 0;
    qint64 semesterId = 0;
    int weekday = 1;                  // 1 = Monday … 7 = Sunday
    QTime start;
    QTime end;
    qint64 roomId = 0;
    qint64 instructorId = 0;          // staff id
    QList<qint64> studentIds;         // one for individual training, more for a group
    ServiceType service = ServiceType::IndividualTraining;
    QString content;                  // e.g. 数学个训, 感统训练
    QString protectedClass;           // optional note of the class period it takes
    // The slot meets from validFrom to validUntil inclusive, both inside its
    // semester. Invalid dates are stored as the semester's first/last day.
    QDate validFrom;
    QDate validUntil;
    bool operator==(const TimetableSlot &) const = default;

    bool validOn(const QDate &date) const
    {
        return (!validFrom.isValid() || date >= validFrom) && (!validUntil.isValid() || date <= validUntil);
    }
};

// A change to one date of a slot: cancelled, or moved (time, room, instructor).
struct SlotChange {
    qint64 id = 0;
    qint64 slotId = 0;
    QDate date;                       // the date the slot would have met
    bool cancelled = false;
    std::optional<QDate> newDate;
    std::optional<QTime> newStart;
    std::optional<QTime> newEnd;
    qint64 newRoomId = 0;             // 0 = unchanged
    qint64 newInstructorId = 0;       // 0 = unchanged
    QString reason;
    bool operator==(const SlotChange &) const = default;
};

// One meeting of a slot on a date, after holidays and changes.
struct SlotOccurrence {
    qint64 slotId = 0;
    QDate date;
    QTime start;
    QTime end;
    qint64 roomId = 0;
    qint64 instructorId = 0;
    QList<qint64> studentIds;
    ServiceType service = ServiceType::IndividualTraining;
    QString content;
    bool changed = false;             // a SlotChange moved it
    int minutes() const { return start.secsTo(end) / 60; }
    bool operator==(const SlotOccurrence &) const = default;
};

} // namespace rr
