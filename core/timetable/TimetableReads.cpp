#include "timetable/TimetableReads.h"

#include "rooms/RoomRepository.h"
#include "rooms/RoomRuleRepository.h"
#include "timetable/ProtectedPeriodRepository.h"
#include "timetable/SqlTime.h"
#include "training/RoomContext.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

Result<QList<qint64>> semestersOverlapping(const SqlExecutor &sql, const QDate &from, const QDate &to)
{
    return readIds(sql, u"SELECT id FROM semesters WHERE start_date <= :to AND end_date >= :from ORDER BY start_date"_s,
                   {{":from", isoDate(from)}, {":to", isoDate(to)}});
}

Result<QList<TimetableSlot>> readSlots(const SqlExecutor &sql, const QString &where, const SqlParams &params)
{
    auto slotList = readList(
        sql,
        u"SELECT s.id, s.semester_id, s.weekday, s.start_time, s.end_time, s.room_id, s.instructor_id, "
        "s.service, s.content, s.protected_class, s.valid_from, s.valid_until FROM timetable_slots s WHERE "_s
            + where + u" ORDER BY s.weekday, s.start_time, s.id"_s,
        params, [](const SqlRows &q) {
            TimetableSlot slot;
            slot.id = q.value(0).toLongLong();
            slot.semesterId = q.value(1).toLongLong();
            slot.weekday = q.value(2).toInt();
            slot.start = timeFromSql(q.value(3));
            slot.end = timeFromSql(q.value(4));
            slot.roomId = q.value(5).toLongLong();
            slot.instructorId = q.value(6).toLongLong();
            slot.service = serviceTypeFromKey(q.value(7).toString());
            slot.content = q.value(8).toString();
            slot.protectedClass = q.value(9).toString();
            slot.validFrom = dateFromSql(q.value(10));
            slot.validUntil = dateFromSql(q.value(11));
            return slot;
        });
    if (!slotList || slotList->isEmpty())
        return slotList;
    // The students of every slot read, in one statement over the same rows.
    auto students = readList(sql,
                             u"SELECT ss.slot_id, ss.student_id FROM timetable_slot_students ss "
                             "JOIN timetable_slots s ON s.id = ss.slot_id WHERE "_s
                                 + where + u" ORDER BY ss.slot_id, ss.position, ss.student_id"_s,
                             params, [](const SqlRows &q) {
                                 return std::pair{q.value(0).toLongLong(), q.value(1).toLongLong()};
                             });
    if (!students)
        return students.error();
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < slotList->size(); ++i)
        index.insert(slotList->at(i).id, i);
    for (const auto &[slotId, studentId] : std::as_const(*students))
        if (auto at = index.constFind(slotId); at != index.constEnd())
            (*slotList)[*at].studentIds.append(studentId);
    return slotList;
}

Result<QList<SlotChange>> readChanges(const SqlExecutor &sql, const QString &where, const SqlParams &params)
{
    return readList(sql,
                    u"SELECT c.id, c.slot_id, c.change_date, c.cancelled, c.new_date, c.new_start, c.new_end, "
                    "c.new_room_id, c.new_instructor_id, c.reason FROM slot_changes c "
                    "JOIN timetable_slots s ON s.id = c.slot_id WHERE "_s
                        + where + u" ORDER BY c.change_date, c.slot_id"_s,
                    params, [](const SqlRows &q) {
                        SlotChange c;
                        c.id = q.value(0).toLongLong();
                        c.slotId = q.value(1).toLongLong();
                        c.date = dateFromSql(q.value(2));
                        c.cancelled = q.value(3).toBool();
                        if (!q.value(4).isNull())
                            c.newDate = dateFromSql(q.value(4));
                        if (!q.value(5).isNull())
                            c.newStart = timeFromSql(q.value(5));
                        if (!q.value(6).isNull())
                            c.newEnd = timeFromSql(q.value(6));
                        c.newRoomId = q.value(7).toLongLong();
                        c.newInstructorId = q.value(8).toLongLong();
                        c.reason = q.value(9).toString();
                        return c;
                    });
}

Result<ConflictContext> readConflictContext(const SqlExecutor &sql, qint64 semesterId)
{
    ConflictContext context;
    auto rooms = RoomRepository::all(sql);
    if (!rooms)
        return rooms.error();
    for (const Room &room : std::as_const(*rooms))
        context.rooms.insert(room.id, room);
    auto rules = RoomRuleRepository::allByRoom(sql);
    if (!rules)
        return rules.error();
    context.rules = *rules;
    auto names = trainingctx::sessionNames(sql);
    if (!names)
        return names.error();
    context.studentNames = names->students;
    context.staffNames = names->staff;
    auto periods = ProtectedPeriodRepository::forSemester(sql, semesterId);
    if (!periods)
        return periods.error();
    context.protectedPeriods = *periods;
    return context;
}

} // namespace rr
