#include "timetable/TimetableReads.h"

#include "rooms/RoomRule.h"
#include "storage/Database.h"
#include "timetable/ProtectedPeriod.h"
#include "timetable/SqlTime.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

SqlReader readerOf(const std::shared_ptr<Database> &db)
{
    return [db](const QString &sql, const SqlParams &params) { return db->exec(sql, params); };
}

SqlReader readerOf(Transaction &tx)
{
    return [&tx](const QString &sql, const SqlParams &params) { return tx.exec(sql, params); };
}

std::optional<Semester> readSemester(const SqlReader &read, qint64 semesterId)
{
    auto q = read(u"SELECT id, name, kind, school_year, start_date, end_date FROM semesters WHERE id = :id"_s,
                  {{":id", semesterId}});
    if (!q || !q->next())
        return std::nullopt;
    Semester s;
    s.id = q->value(0).toLongLong();
    s.name = q->value(1).toString();
    s.kind = semesterKindFromKey(q->value(2).toString());
    s.schoolYear = q->value(3).toInt();
    s.start = dateFromSql(q->value(4));
    s.end = dateFromSql(q->value(5));
    auto days = read(u"SELECT id, name, first_date, last_date, is_workday FROM calendar_days "
                     "WHERE semester_id = :id ORDER BY first_date"_s,
                     {{":id", semesterId}});
    while (days && days->next())
        s.days.append({days->value(0).toLongLong(), days->value(1).toString(), dateFromSql(days->value(2)),
                       dateFromSql(days->value(3)), days->value(4).toBool()});
    return s;
}

QList<qint64> semestersOverlapping(const SqlReader &read, const QDate &from, const QDate &to)
{
    QList<qint64> ids;
    auto q = read(u"SELECT id FROM semesters WHERE start_date <= :to AND end_date >= :from ORDER BY start_date"_s,
                  {{":from", isoDate(from)}, {":to", isoDate(to)}});
    while (q && q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

QList<TimetableSlot> readSlots(const SqlReader &read, const QString &where, const SqlParams &params)
{
    QList<TimetableSlot> slotList;
    auto q = read(u"SELECT s.id, s.semester_id, s.weekday, s.start_time, s.end_time, s.room_id, s.instructor_id, "
                  "s.service, s.content, s.protected_class, s.valid_from, s.valid_until FROM timetable_slots s WHERE "_s
                      + where + u" ORDER BY s.weekday, s.start_time, s.id"_s,
                  params);
    while (q && q->next()) {
        TimetableSlot slot;
        slot.id = q->value(0).toLongLong();
        slot.semesterId = q->value(1).toLongLong();
        slot.weekday = q->value(2).toInt();
        slot.start = timeFromSql(q->value(3));
        slot.end = timeFromSql(q->value(4));
        slot.roomId = q->value(5).toLongLong();
        slot.instructorId = q->value(6).toLongLong();
        slot.service = serviceTypeFromKey(q->value(7).toString());
        slot.content = q->value(8).toString();
        slot.protectedClass = q->value(9).toString();
        slot.validFrom = dateFromSql(q->value(10));
        slot.validUntil = dateFromSql(q->value(11));
        slotList.append(slot);
    }
    for (TimetableSlot &slot : slotList) {
        auto students = read(u"SELECT student_id FROM timetable_slot_students WHERE slot_id = :id "
                             "ORDER BY position, student_id"_s,
                             {{":id", slot.id}});
        while (students && students->next())
            slot.studentIds.append(students->value(0).toLongLong());
    }
    return slotList;
}

QList<SlotChange> readChanges(const SqlReader &read, const QString &where, const SqlParams &params)
{
    QList<SlotChange> changes;
    auto q = read(u"SELECT c.id, c.slot_id, c.change_date, c.cancelled, c.new_date, c.new_start, c.new_end, "
                  "c.new_room_id, c.new_instructor_id, c.reason FROM slot_changes c "
                  "JOIN timetable_slots s ON s.id = c.slot_id WHERE "_s
                      + where + u" ORDER BY c.change_date, c.slot_id"_s,
                  params);
    while (q && q->next()) {
        SlotChange c;
        c.id = q->value(0).toLongLong();
        c.slotId = q->value(1).toLongLong();
        c.date = dateFromSql(q->value(2));
        c.cancelled = q->value(3).toBool();
        if (!q->value(4).isNull())
            c.newDate = dateFromSql(q->value(4));
        if (!q->value(5).isNull())
            c.newStart = timeFromSql(q->value(5));
        if (!q->value(6).isNull())
            c.newEnd = timeFromSql(q->value(6));
        c.newRoomId = q->value(7).toLongLong();
        c.newInstructorId = q->value(8).toLongLong();
        c.reason = q->value(9).toString();
        changes.append(c);
    }
    return changes;
}

ConflictContext readConflictContext(const SqlReader &read, qint64 semesterId)
{
    ConflictContext context;
    auto rooms = read(u"SELECT id, name, type, capacity, location FROM rooms"_s, {});
    while (rooms && rooms->next()) {
        const Room room{rooms->value(0).toLongLong(), rooms->value(1).toString(),
                        roomTypeFromKey(rooms->value(2).toString()), rooms->value(3).toInt(),
                        rooms->value(4).toString()};
        context.rooms.insert(room.id, room);
    }
    auto rules = read(u"SELECT id, room_id, position, text, kind, parameter FROM room_rules ORDER BY room_id, position, id"_s, {});
    while (rules && rules->next()) {
        RoomRule rule;
        rule.id = rules->value(0).toLongLong();
        rule.roomId = rules->value(1).toLongLong();
        rule.position = rules->value(2).toInt();
        rule.text = rules->value(3).toString();
        rule.kind = ruleKindFromKey(rules->value(4).toString());
        rule.parameter = rules->value(5).toInt();
        context.rules[rule.roomId].append(rule);
    }
    auto students = read(u"SELECT id, name FROM students"_s, {});
    while (students && students->next())
        context.studentNames.insert(students->value(0).toLongLong(), students->value(1).toString());
    auto staff = read(u"SELECT id, name FROM staff"_s, {});
    while (staff && staff->next())
        context.staffNames.insert(staff->value(0).toLongLong(), staff->value(1).toString());
    auto periods = read(u"SELECT id, student_id, semester_id, weekday, start_time, end_time, label "
                        "FROM protected_periods WHERE semester_id IS NULL OR semester_id = :sem"_s,
                        {{":sem", semesterId}});
    while (periods && periods->next()) {
        ProtectedPeriod p;
        p.id = periods->value(0).toLongLong();
        p.studentId = periods->value(1).toLongLong();
        p.semesterId = periods->value(2).toLongLong();
        p.weekday = periods->value(3).toInt();
        p.start = timeFromSql(periods->value(4));
        p.end = timeFromSql(periods->value(5));
        p.label = periods->value(6).toString();
        context.protectedPeriods.append(p);
    }
    return context;
}

} // namespace rr
