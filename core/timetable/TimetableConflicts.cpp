#include "timetable/TimetableConflicts.h"
#include "calendar/ScreenDate.h"

#include "rooms/RuleCheck.h"
#include "timetable/Weekday.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

ConflictSeverity severityOf(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::InstructorDoubleBooked:
    case ConflictKind::StudentDoubleBooked:
    case ConflictKind::NoInstructor:
        return ConflictSeverity::Hard;
    case ConflictKind::RoomOverCapacity:
    case ConflictKind::ProtectedClass:
        break;
    }
    return ConflictSeverity::Warning;
}

QString conflictKindLabel(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::RoomOverCapacity: return QCoreApplication::translate("rr::Timetable", "Room over capacity");
    case ConflictKind::InstructorDoubleBooked: return QCoreApplication::translate("rr::Timetable", "Instructor double-booked");
    case ConflictKind::StudentDoubleBooked: return QCoreApplication::translate("rr::Timetable", "Student double-booked");
    case ConflictKind::ProtectedClass: return QCoreApplication::translate("rr::Timetable", "Over a protected class");
    case ConflictKind::NoInstructor: return QCoreApplication::translate("rr::Timetable", "No instructor");
    }
    return {};
}

namespace {

// A slot (one weekday of every week) or an occurrence (one date), for the checks.
struct Meeting {
    qint64 slotId = 0;
    qint64 semesterId = 0;     // 0 for occurrences: every period applies
    QDate date;                // invalid for slots
    int weekday = 1;
    QTime start;
    QTime end;
    qint64 roomId = 0;
    qint64 instructorId = 0;
    QList<qint64> students;
    QDate validFrom;           // slots: the validity period (invalid: open)
    QDate validUntil;

    bool sameDay(const Meeting &other) const
    {
        if (date.isValid())
            return date == other.date;
        // Two weekly slots only meet together while both are in effect.
        const bool apart = (validUntil.isValid() && other.validFrom.isValid() && validUntil < other.validFrom)
            || (other.validUntil.isValid() && validFrom.isValid() && other.validUntil < validFrom);
        return weekday == other.weekday && !apart;
    }
    bool overlaps(const Meeting &other) const
    {
        return sameDay(other) && start < other.end && other.start < end;
    }
    bool covers(const QTime &t) const { return start <= t && t < end; }
};

Meeting fromSlot(const TimetableSlot &slot)
{
    return {slot.id,           slot.semesterId,   {},         slot.weekday,       slot.start,
            slot.end,          slot.roomId,       slot.instructorId, slot.studentIds, slot.validFrom,
            slot.validUntil};
}

Meeting fromOccurrence(const SlotOccurrence &o)
{
    return {o.slotId, 0, o.date, o.date.dayOfWeek(), o.start, o.end, o.roomId, o.instructorId, o.studentIds, {}, {}};
}

QString timeRange(const Meeting &m)
{
    return u"%1–%2"_s.arg(m.start.toString(u"HH:mm"_s), m.end.toString(u"HH:mm"_s));
}

QString dayText(const Meeting &m)
{
    return m.date.isValid() ? screenDate(m.date) : weekdayLabel(m.weekday);
}

QString nameOf(const QHash<qint64, QString> &names, qint64 id)
{
    const QString name = names.value(id);
    return name.isEmpty() ? QCoreApplication::translate("rr::Timetable", "(unknown)") : name;
}

QString namesOf(const QHash<qint64, QString> &names, const QList<qint64> &ids)
{
    QStringList list;
    for (qint64 id : ids)
        list << nameOf(names, id);
    return list.join(u"、"_s);
}

QList<qint64> sortedIds(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Room roomOf(const ConflictContext &context, qint64 roomId)
{
    Room room = context.rooms.value(roomId);
    if (room.name.isEmpty())
        room.name = QCoreApplication::translate("rr::Timetable", "(unknown room)");
    return room;
}

void doubleBookings(const QList<Meeting> &meetings, const ConflictContext &context, QList<TimetableConflict> &out)
{
    for (qsizetype i = 0; i < meetings.size(); ++i) {
        for (qsizetype j = i + 1; j < meetings.size(); ++j) {
            const Meeting &a = meetings.at(i);
            const Meeting &b = meetings.at(j);
            if (!a.overlaps(b))
                continue;
            if (a.instructorId > 0 && a.instructorId == b.instructorId) {
                TimetableConflict c;
                c.kind = ConflictKind::InstructorDoubleBooked;
                c.slotIds = sortedIds({a.slotId, b.slotId});
                c.instructorId = a.instructorId;
                c.date = a.date;
                c.message = QCoreApplication::translate("rr::Timetable", "%1 would teach in two places on %2: %3 and %4.")
                                .arg(nameOf(context.staffNames, a.instructorId), dayText(a), timeRange(a), timeRange(b));
                out.append(c);
            }
            QList<qint64> common;
            for (qint64 student : a.students)
                if (b.students.contains(student))
                    common.append(student);
            if (!common.isEmpty()) {
                TimetableConflict c;
                c.kind = ConflictKind::StudentDoubleBooked;
                c.slotIds = sortedIds({a.slotId, b.slotId});
                c.studentIds = sortedIds(common);
                c.date = a.date;
                c.message = QCoreApplication::translate("rr::Timetable", "%1 would be in two places on %2: %3 and %4.")
                                .arg(namesOf(context.studentNames, c.studentIds), dayText(a), timeRange(a), timeRange(b));
                out.append(c);
            }
        }
    }
}

// The most students in a room at once: checked at each start time, since the
// number present only rises when a meeting starts.
void roomCapacity(const QList<Meeting> &meetings, const ConflictContext &context, QList<TimetableConflict> &out)
{
    QSet<QList<qint64>> reported;
    for (const Meeting &at : meetings) {
        QList<qint64> slotIds;
        QSet<qint64> present;
        for (const Meeting &m : meetings) {
            if (m.roomId != at.roomId || !m.sameDay(at) || !m.covers(at.start))
                continue;
            slotIds.append(m.slotId);
            for (qint64 student : m.students)
                present.insert(student);
        }
        const Room room = roomOf(context, at.roomId);
        const QList<RoomRule> rules = context.rules.value(at.roomId);
        auto check = checkStudentCount(room, rules, int(present.size()));
        slotIds = sortedIds(slotIds);
        if (check || reported.contains(slotIds))
            continue;
        reported.insert(slotIds);
        TimetableConflict c;
        c.kind = ConflictKind::RoomOverCapacity;
        c.slotIds = slotIds;
        c.studentIds = sortedIds(QList<qint64>(present.begin(), present.end()));
        c.roomId = at.roomId;
        c.date = at.date;
        c.message = QCoreApplication::translate("rr::Timetable", "%1 %2: %3")
                        .arg(dayText(at), at.start.toString(u"HH:mm"_s), check.error().message);
        out.append(c);
    }
}

void protectedClasses(const QList<Meeting> &meetings, const ConflictContext &context, QList<TimetableConflict> &out)
{
    for (const Meeting &m : meetings) {
        for (const ProtectedPeriod &p : context.protectedPeriods) {
            if (!m.students.contains(p.studentId) || !p.overlaps(m.weekday, m.start, m.end))
                continue;
            if (m.semesterId > 0 && !p.appliesTo(m.semesterId))
                continue;
            TimetableConflict c;
            c.kind = ConflictKind::ProtectedClass;
            c.slotIds = {m.slotId};
            c.studentIds = {p.studentId};
            c.date = m.date;
            c.message = QCoreApplication::translate("rr::Timetable",
                                                    "%1 must not miss %2 (%3 %4–%5); the slot runs %6.")
                            .arg(nameOf(context.studentNames, p.studentId), p.label, weekdayLabel(p.weekday),
                                 p.start.toString(u"HH:mm"_s), p.end.toString(u"HH:mm"_s), timeRange(m));
            out.append(c);
        }
    }
}

void missingInstructors(const QList<Meeting> &meetings, const ConflictContext &context, QList<TimetableConflict> &out)
{
    for (const Meeting &m : meetings) {
        auto check = checkInstructor(roomOf(context, m.roomId), context.rules.value(m.roomId), m.instructorId);
        if (check)
            continue;
        TimetableConflict c;
        c.kind = ConflictKind::NoInstructor;
        c.slotIds = {m.slotId};
        c.roomId = m.roomId;
        c.date = m.date;
        c.message = QCoreApplication::translate("rr::Timetable", "%1 %2 has no instructor. %3")
                        .arg(dayText(m), timeRange(m), check.error().message);
        out.append(c);
    }
}

QList<TimetableConflict> check(const QList<Meeting> &meetings, const ConflictContext &context, bool weekly)
{
    QList<TimetableConflict> out;
    doubleBookings(meetings, context, out);
    roomCapacity(meetings, context, out);
    if (weekly)
        protectedClasses(meetings, context, out);
    missingInstructors(meetings, context, out);
    return out;
}

} // namespace

QList<TimetableConflict> findConflicts(const QList<TimetableSlot> &slotList, const ConflictContext &context)
{
    QList<Meeting> meetings;
    for (const TimetableSlot &slot : slotList)
        meetings.append(fromSlot(slot));
    return check(meetings, context, true);
}

QList<TimetableConflict> conflictsWith(const TimetableSlot &candidate, const QList<TimetableSlot> &others,
                                       const ConflictContext &context)
{
    // A slot not yet saved has id 0; it is told apart from the others by an
    // id no stored row has.
    constexpr qint64 kUnsaved = -1;
    QList<Meeting> meetings;
    Meeting own = fromSlot(candidate);
    if (own.slotId == 0)
        own.slotId = kUnsaved;
    meetings.append(own);
    for (const TimetableSlot &slot : others)
        if (slot.id != candidate.id || candidate.id == 0)
            meetings.append(fromSlot(slot));
    QList<TimetableConflict> mine;
    for (TimetableConflict c : check(meetings, context, true)) {
        if (!c.slotIds.contains(own.slotId))
            continue;
        if (own.slotId == kUnsaved) {
            std::replace(c.slotIds.begin(), c.slotIds.end(), kUnsaved, qint64(0));
            c.slotIds = sortedIds(c.slotIds);
        }
        mine.append(c);
    }
    return mine;
}

QList<TimetableConflict> findOccurrenceConflicts(const QList<SlotOccurrence> &occurrences, const ConflictContext &context)
{
    QList<Meeting> meetings;
    for (const SlotOccurrence &o : occurrences)
        meetings.append(fromOccurrence(o));
    return check(meetings, context, false);
}

QList<TimetableConflict> hardConflicts(const QList<TimetableConflict> &conflicts)
{
    QList<TimetableConflict> hard;
    for (const TimetableConflict &c : conflicts)
        if (c.isHard())
            hard.append(c);
    return hard;
}

QString conflictMessages(const QList<TimetableConflict> &conflicts)
{
    QStringList lines;
    for (const TimetableConflict &c : conflicts)
        lines << c.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace rr
