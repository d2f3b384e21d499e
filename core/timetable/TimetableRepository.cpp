#include "timetable/TimetableRepository.h"

#include "calendar/SemesterReads.h"
#include "calendar/SchoolCalendar.h"
#include "storage/Database.h"
#include "timetable/Occurrences.h"
#include "timetable/SlotValidity.h"
#include "timetable/SqlTime.h"
#include "timetable/TimetableReads.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kOfSemester = u"s.semester_id = :sem"_s;

Error noSuchSlot()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Timetable", "The slot does not exist."));
}

Error noSuchChange()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Timetable", "The change does not exist."));
}

Result<TimetableSlot> readSlot(const SqlExecutor &sql, qint64 id)
{
    auto found = readSlots(sql, u"s.id = :id"_s, {{":id", id}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return noSuchSlot();
    return found->constFirst();
}

// The semester's meetings from `from` to `to`, inside the semester's calendar.
Result<QList<SlotOccurrence>> semesterOccurrences(const SqlExecutor &sql, const Semester &semester, const QDate &from,
                                                  const QDate &to)
{
    const SqlParams params{{":sem", semester.id}};
    auto slotList = readSlots(sql, kOfSemester, params);
    if (!slotList)
        return slotList.error();
    auto changeList = readChanges(sql, kOfSemester, params);
    if (!changeList)
        return changeList.error();
    return occurrencesOf(semester, *slotList, *changeList, from, to);
}

} // namespace

Result<QList<TimetableSlot>> TimetableRepository::slotsOf(qint64 semesterId) const
{
    return readSlots(*m_db, kOfSemester, {{":sem", semesterId}});
}

Result<TimetableSlot> TimetableRepository::slot(qint64 id) const
{
    return readSlot(*m_db, id);
}

Result<QList<TimetableSlot>> TimetableRepository::slotsOfStudent(qint64 semesterId, qint64 studentId) const
{
    return readSlots(*m_db,
                     u"s.semester_id = :sem AND s.id IN (SELECT slot_id FROM timetable_slot_students "
                     "WHERE student_id = :st)"_s,
                     {{":sem", semesterId}, {":st", studentId}});
}

Result<QList<SlotChange>> TimetableRepository::changes(qint64 slotId) const
{
    return readChanges(*m_db, u"c.slot_id = :id"_s, {{":id", slotId}});
}

Result<QList<SlotChange>> TimetableRepository::changesInSemester(qint64 semesterId) const
{
    return readChanges(*m_db, kOfSemester, {{":sem", semesterId}});
}

Result<SlotChange> TimetableRepository::change(qint64 id) const
{
    auto found = readChanges(*m_db, u"c.id = :id"_s, {{":id", id}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return noSuchChange();
    return found->constFirst();
}

Result<std::optional<SlotChange>> TimetableRepository::changeOn(const SqlExecutor &sql, qint64 slotId, const QDate &date)
{
    auto found = readChanges(sql, u"c.slot_id = :id AND c.change_date = :d"_s, {{":id", slotId}, {":d", isoDate(date)}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<SlotChange>();
    return std::optional<SlotChange>(found->constFirst());
}

Result<std::optional<SlotChange>> TimetableRepository::changeOn(qint64 slotId, const QDate &date) const
{
    return changeOn(*m_db, slotId, date);
}

Result<QList<SlotOccurrence>> TimetableRepository::occurrences(const SqlExecutor &sql, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return QList<SlotOccurrence>();
    auto semesterIds = semestersOverlapping(sql, from, to);
    if (!semesterIds)
        return semesterIds.error();
    QList<SlotOccurrence> all;
    for (qint64 semesterId : std::as_const(*semesterIds)) {
        auto semester = semesterById(sql, semesterId);
        if (!semester)
            return semester.error();
        auto meetings = semesterOccurrences(sql, *semester, from, to);
        if (!meetings)
            return meetings.error();
        all += *meetings;
    }
    // Semesters do not overlap in practice; keep the order promise anyway.
    std::stable_sort(all.begin(), all.end(), [](const SlotOccurrence &a, const SlotOccurrence &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.start != b.start)
            return a.start < b.start;
        return a.slotId < b.slotId;
    });
    return all;
}

Result<QList<SlotOccurrence>> TimetableRepository::occurrences(const QDate &from, const QDate &to) const
{
    return occurrences(*m_db, from, to);
}

Result<QList<SlotOccurrence>> TimetableRepository::occurrencesOfWeek(qint64 semesterId, int week) const
{
    auto semester = semesterById(*m_db, semesterId);
    if (!semester)
        return semester.error();
    const QDate monday = weekStart(*semester, week);
    if (!monday.isValid())
        return QList<SlotOccurrence>();
    return semesterOccurrences(*m_db, *semester, monday, monday.addDays(6));
}

Result<QList<TimetableConflict>> TimetableRepository::conflicts(qint64 semesterId) const
{
    auto slotList = readSlots(*m_db, kOfSemester, {{":sem", semesterId}});
    if (!slotList)
        return slotList.error();
    auto context = readConflictContext(*m_db, semesterId);
    if (!context)
        return context.error();
    return findConflicts(*slotList, *context);
}

// The conflicts `slot` has with its semester's other slots, read through `sql`.
static Result<QList<TimetableConflict>> conflictsOfSlot(const SqlExecutor &sql, const TimetableSlot &slot)
{
    auto others = readSlots(sql, kOfSemester, {{":sem", slot.semesterId}});
    if (!others)
        return others.error();
    auto context = readConflictContext(sql, slot.semesterId);
    if (!context)
        return context.error();
    return conflictsWith(slot, *others, *context);
}

Result<QList<TimetableConflict>> TimetableRepository::conflictsFor(const TimetableSlot &slot) const
{
    return conflictsOfSlot(*m_db, slot);
}

// ---- writes --------------------------------------------------------------

static Error invalid(const QString &message) { return makeError(ErrorCode::InvalidInput, message); }

static Result<bool> exists(Transaction &tx, const QString &sql, qint64 id)
{
    auto found = readValue(tx, sql, {{":id", id}});
    if (!found)
        return found.error();
    return !found->isNull();
}

static Result<QString> studentProblem(Transaction &tx, qint64 studentId)
{
    // The last step that stands; a corrected (voided) step does not count.
    auto student = readOne(tx,
                           u"SELECT name, (SELECT step FROM lrc_events e WHERE e.student_id = students.id "
                           "AND NOT EXISTS (SELECT 1 FROM lrc_corrections c WHERE c.event_id = e.id) "
                           "ORDER BY event_date DESC, id DESC LIMIT 1) FROM students WHERE id = :id"_s,
                           {{":id", studentId}},
                           [](const SqlRows &q) { return std::pair{q.value(0).toString(), q.value(1).toString()}; });
    if (!student)
        return student.error();
    if (!*student)
        return QCoreApplication::translate("rr::Timetable", "A student of the slot does not exist.");
    // A student whose 随班就读 status was revoked no longer receives the service.
    const auto &[name, lastStep] = **student;
    if (lastStep == u"revoked"_s)
        return QCoreApplication::translate("rr::Timetable", "%1 no longer receives the service (status revoked).").arg(name);
    return QString();
}

static Result<void> validateSlot(Transaction &tx, const TimetableSlot &slot)
{
    if (slot.weekday < 1 || slot.weekday > 7)
        return invalid(QCoreApplication::translate("rr::Timetable", "The weekday must be between 1 (Monday) and 7 (Sunday)."));
    if (!slot.start.isValid() || !slot.end.isValid() || slot.end <= slot.start)
        return invalid(QCoreApplication::translate("rr::Timetable", "The slot must end after it starts."));
    if (slot.studentIds.isEmpty())
        return invalid(QCoreApplication::translate("rr::Timetable", "A slot needs at least one student."));
    if (QSet<qint64>(slot.studentIds.begin(), slot.studentIds.end()).size() != slot.studentIds.size())
        return invalid(QCoreApplication::translate("rr::Timetable", "A student is listed twice in the slot."));
    struct Check {
        QString sql;
        qint64 id;
        QString missing;
    };
    const QList<Check> checks{
        {u"SELECT 1 FROM semesters WHERE id = :id"_s, slot.semesterId,
         QCoreApplication::translate("rr::Timetable", "The semester of the slot does not exist.")},
        {u"SELECT 1 FROM rooms WHERE id = :id"_s, slot.roomId,
         QCoreApplication::translate("rr::Timetable", "The room of the slot does not exist.")},
    };
    for (const Check &check : checks) {
        auto found = exists(tx, check.sql, check.id);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::NotFound, check.missing);
    }
    if (slot.instructorId != 0) {
        auto found = exists(tx, u"SELECT 1 FROM staff WHERE id = :id AND to_date IS NULL"_s, slot.instructorId);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("rr::Timetable", "The instructor does not exist or has left."));
    }
    for (qint64 studentId : slot.studentIds) {
        auto problem = studentProblem(tx, studentId);
        if (!problem)
            return problem.error();
        if (!problem->isEmpty())
            return invalid(*problem);
    }
    return {};
}

static Result<void> refuseHardConflicts(Transaction &tx, const TimetableSlot &slot)
{
    auto conflicts = conflictsOfSlot(tx, slot);
    if (!conflicts)
        return conflicts.error();
    const auto hard = hardConflicts(*conflicts);
    if (hard.isEmpty())
        return {};
    return makeError(ErrorCode::Conflict, QCoreApplication::translate("rr::Timetable", "The slot was not saved: %1")
                                              .arg(conflictMessages(hard)));
}

static Result<void> writeStudents(Transaction &tx, qint64 slotId, const QList<qint64> &studentIds)
{
    if (auto cleared = tx.exec(u"DELETE FROM timetable_slot_students WHERE slot_id = :id"_s, {{":id", slotId}}); !cleared)
        return cleared.error();
    int position = 0;
    for (qint64 studentId : studentIds) {
        auto added = tx.exec(u"INSERT INTO timetable_slot_students(slot_id, student_id, position) VALUES (:s, :st, :p)"_s,
                             {{":s", slotId}, {":st", studentId}, {":p", position++}});
        if (!added)
            return added.error();
    }
    return {};
}

static SqlParams slotParams(const TimetableSlot &slot)
{
    return {{":sem", slot.semesterId},
            {":d", slot.weekday},
            {":from", sqlTime(slot.start)},
            {":to", sqlTime(slot.end)},
            {":room", slot.roomId},
            {":who", slot.instructorId > 0 ? QVariant(slot.instructorId) : QVariant()},
            {":svc", serviceTypeKey(slot.service)},
            {":content", nullIfEmpty(slot.content.trimmed())},
            {":pc", nullIfEmpty(slot.protectedClass.trimmed())},
            {":vf", isoDate(slot.validFrom)},
            {":vu", isoDate(slot.validUntil)}};
}

// The slot with its validity period settled (the semester's first and last
// day when not given) and checked against the semester.
static Result<TimetableSlot> settledValidity(Transaction &tx, const TimetableSlot &slot)
{
    const auto semester = semesterById(tx, slot.semesterId);
    if (!semester)
        return semester.error();
    TimetableSlot settled = withSemesterValidity(*semester, slot);
    if (auto valid = checkValidity(*semester, settled); !valid)
        return valid.error();
    return settled;
}

Result<qint64> TimetableRepository::addSlot(Transaction &tx, const TimetableSlot &slot)
{
    TimetableSlot fresh = slot;
    fresh.id = 0;
    if (auto valid = validateSlot(tx, fresh); !valid)
        return valid.error();
    auto settled = settledValidity(tx, fresh);
    if (!settled)
        return settled.error();
    fresh = *settled;
    if (auto free = refuseHardConflicts(tx, fresh); !free)
        return free.error();
    auto id = tx.insert(u"INSERT INTO timetable_slots(semester_id, weekday, start_time, end_time, room_id, instructor_id, "
                        "service, content, protected_class, valid_from, valid_until) "
                        "VALUES (:sem, :d, :from, :to, :room, :who, :svc, :content, :pc, :vf, :vu)"_s,
                        slotParams(fresh));
    if (!id)
        return id.error();
    if (auto students = writeStudents(tx, *id, fresh.studentIds); !students)
        return students.error();
    return *id;
}

Result<qint64> TimetableRepository::addSlot(const TimetableSlot &slot)
{
    return m_db->writeReturningId({u"timetable.slot.add"_s, u"timetable slot added"_s},
                                  [&](Transaction &tx) { return addSlot(tx, slot); });
}

Result<void> TimetableRepository::updateSlot(Transaction &tx, const TimetableSlot &given)
{
    auto found = exists(tx, u"SELECT 1 FROM timetable_slots WHERE id = :id"_s, given.id);
    if (!found)
        return found.error();
    if (!*found)
        return noSuchSlot();
    if (auto valid = validateSlot(tx, given); !valid)
        return valid;
    auto settled = settledValidity(tx, given);
    if (!settled)
        return settled.error();
    const TimetableSlot &slot = *settled;
    if (auto free = refuseHardConflicts(tx, slot); !free)
        return free;
    SqlParams params = slotParams(slot);
    params.push_back({":id", slot.id});
    auto done = tx.exec(u"UPDATE timetable_slots SET semester_id = :sem, weekday = :d, start_time = :from, "
                        "end_time = :to, room_id = :room, instructor_id = :who, service = :svc, content = :content, "
                        "protected_class = :pc, valid_from = :vf, valid_until = :vu WHERE id = :id"_s,
                        params);
    if (!done)
        return done.error();
    return writeStudents(tx, slot.id, slot.studentIds);
}

Result<void> TimetableRepository::updateSlot(const TimetableSlot &slot)
{
    return m_db->write({u"timetable.slot.update"_s, u"timetable slot changed"_s},
                       [&](Transaction &tx) { return updateSlot(tx, slot); });
}

Result<void> TimetableRepository::removeSlot(Transaction &tx, qint64 slotId)
{
    auto done = tx.exec(u"DELETE FROM timetable_slots WHERE id = :id"_s, {{":id", slotId}});
    if (!done)
        return done.error();
    if (done->numRowsAffected() == 0)
        return noSuchSlot();
    return {};
}

Result<void> TimetableRepository::removeSlot(qint64 slotId)
{
    return m_db->write({u"timetable.slot.remove"_s, u"timetable slot removed"_s},
                       [&](Transaction &tx) { return removeSlot(tx, slotId); });
}

Result<void> TimetableRepository::endSlot(Transaction &tx, qint64 slotId, const QDate &lastDay)
{
    const auto found = readSlot(tx, slotId);
    if (!found)
        return found.error();
    const auto semester = semesterById(tx, found->semesterId);
    if (!semester)
        return semester.error();
    const TimetableSlot slot = withSemesterValidity(*semester, *found);
    if (!lastDay.isValid() || lastDay < slot.validFrom || lastDay > slot.validUntil)
        return invalid(QCoreApplication::translate("rr::Timetable",
                                                   "The slot can only end on a day of its validity period (%1 to %2).")
                           .arg(slot.validFrom.toString(Qt::ISODate), slot.validUntil.toString(Qt::ISODate)));
    // One-off changes after the last day would never apply; they go with the slot's future.
    if (auto dropped = tx.exec(u"DELETE FROM slot_changes WHERE slot_id = :id AND change_date > :d"_s,
                               {{":id", slotId}, {":d", isoDate(lastDay)}});
        !dropped)
        return dropped.error();
    auto done = tx.exec(u"UPDATE timetable_slots SET valid_until = :d WHERE id = :id"_s,
                        {{":id", slotId}, {":d", isoDate(lastDay)}});
    if (!done)
        return done.error();
    return {};
}

Result<void> TimetableRepository::endSlot(qint64 slotId, const QDate &lastDay)
{
    return m_db->write({u"timetable.slot.end"_s, u"timetable slot ended"_s},
                       [&](Transaction &tx) { return endSlot(tx, slotId, lastDay); });
}

// ---- one-off changes -----------------------------------------------------

static Result<void> validateChange(Transaction &tx, const SlotChange &change, const TimetableSlot &slot,
                                   const Semester &semester)
{
    const QString day = change.date.toString(Qt::ISODate);
    if (!change.date.isValid() || !slotMeetsOn(semester, slot, change.date))
        return invalid(QCoreApplication::translate("rr::Timetable", "The slot does not meet on %1.").arg(day));
    if (change.cancelled)
        return {};
    const auto moved = applyChange(slot, change.date, &change);
    const bool changesSomething = moved->date != change.date || moved->start != slot.start || moved->end != slot.end
        || moved->roomId != slot.roomId || moved->instructorId != slot.instructorId;
    if (!changesSomething)
        return invalid(QCoreApplication::translate("rr::Timetable",
                                                   "The change of %1 neither cancels the slot nor changes anything.")
                           .arg(day));
    if (moved->end <= moved->start)
        return invalid(QCoreApplication::translate("rr::Timetable", "The moved slot must end after it starts."));
    if (!semester.contains(moved->date) || isHoliday(semester, moved->date))
        return invalid(QCoreApplication::translate("rr::Timetable",
                                                   "%1 is a holiday or outside the semester; the slot cannot move there.")
                           .arg(moved->date.toString(Qt::ISODate)));
    if (change.newRoomId > 0) {
        auto found = exists(tx, u"SELECT 1 FROM rooms WHERE id = :id"_s, change.newRoomId);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Timetable", "The room of the slot does not exist."));
    }
    if (change.newInstructorId > 0) {
        auto found = exists(tx, u"SELECT 1 FROM staff WHERE id = :id AND to_date IS NULL"_s, change.newInstructorId);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("rr::Timetable", "The instructor does not exist or has left."));
    }
    return {};
}

// The moved meeting against the others of its new date: a double booking or
// a missing instructor refuses the change, as for slots.
static Result<void> refuseHardConflicts(Transaction &tx, const SlotChange &change, const TimetableSlot &slot,
                                        const Semester &semester)
{
    if (change.cancelled)
        return {};
    const auto moved = applyChange(slot, change.date, &change);
    const SqlParams ofSemester{{":sem", semester.id}};
    auto others = readChanges(tx, kOfSemester, ofSemester);
    if (!others)
        return others.error();
    others->removeIf([&](const SlotChange &c) { return c.slotId == slot.id && c.date == change.date; });
    auto slotList = readSlots(tx, kOfSemester, ofSemester);
    if (!slotList)
        return slotList.error();
    auto context = readConflictContext(tx, semester.id);
    if (!context)
        return context.error();
    QList<SlotOccurrence> day = occurrencesOf(semester, *slotList, *others, moved->date, moved->date);
    // The slot's own meeting on the original date is the one being changed.
    day.removeIf([&](const SlotOccurrence &o) { return o.slotId == slot.id && o.date == change.date && !o.changed; });
    constexpr qint64 kMoved = -1;
    SlotOccurrence mine = *moved;
    mine.slotId = kMoved;
    day.append(mine);
    QList<TimetableConflict> hard;
    for (const TimetableConflict &c : hardConflicts(findOccurrenceConflicts(day, *context)))
        if (c.slotIds.contains(kMoved))
            hard.append(c);
    if (hard.isEmpty())
        return {};
    return makeError(ErrorCode::Conflict, QCoreApplication::translate("rr::Timetable", "The change was not saved: %1")
                                              .arg(conflictMessages(hard)));
}

Result<qint64> TimetableRepository::addChange(Transaction &tx, const SlotChange &change)
{
    const auto slot = readSlot(tx, change.slotId);
    if (!slot)
        return slot.error();
    const auto semester = semesterById(tx, slot->semesterId);
    if (!semester)
        return semester.error();
    if (auto valid = validateChange(tx, change, *slot, *semester); !valid)
        return valid.error();
    if (auto free = refuseHardConflicts(tx, change, *slot, *semester); !free)
        return free.error();
    const bool keep = !change.cancelled;
    auto id = tx.insert(u"INSERT INTO slot_changes(slot_id, change_date, cancelled, new_date, new_start, new_end, "
                        "new_room_id, new_instructor_id, reason) VALUES (:s, :d, :c, :nd, :ns, :ne, :nr, :ni, :why)"_s,
                        {{":s", change.slotId},
                         {":d", isoDate(change.date)},
                         {":c", change.cancelled ? 1 : 0},
                         {":nd", keep && change.newDate ? isoDate(*change.newDate) : QVariant()},
                         {":ns", keep && change.newStart ? sqlTime(*change.newStart) : QVariant()},
                         {":ne", keep && change.newEnd ? sqlTime(*change.newEnd) : QVariant()},
                         {":nr", keep && change.newRoomId > 0 ? QVariant(change.newRoomId) : QVariant()},
                         {":ni", keep && change.newInstructorId > 0 ? QVariant(change.newInstructorId) : QVariant()},
                         {":why", nullIfEmpty(change.reason.trimmed())}});
    if (!id)
        return id.error().code == ErrorCode::Conflict
            ? makeError(ErrorCode::Conflict,
                        QCoreApplication::translate("rr::Timetable", "The slot already has a change on %1.")
                            .arg(change.date.toString(Qt::ISODate)))
            : id.error();
    return *id;
}

Result<qint64> TimetableRepository::addChange(const SlotChange &change)
{
    return m_db->writeReturningId({change.cancelled ? u"timetable.change.cancel"_s : u"timetable.change.move"_s,
                                   change.cancelled ? u"timetable slot cancelled for one date"_s
                                                    : u"timetable slot moved for one date"_s},
                                  [&](Transaction &tx) { return addChange(tx, change); });
}

Result<void> TimetableRepository::removeChange(Transaction &tx, qint64 changeId)
{
    auto done = tx.exec(u"DELETE FROM slot_changes WHERE id = :id"_s, {{":id", changeId}});
    if (!done)
        return done.error();
    if (done->numRowsAffected() == 0)
        return noSuchChange();
    return {};
}

Result<void> TimetableRepository::removeChange(qint64 changeId)
{
    return m_db->write({u"timetable.change.remove"_s, u"timetable change undone"_s},
                       [&](Transaction &tx) { return removeChange(tx, changeId); });
}

} // namespace rr
