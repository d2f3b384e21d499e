#include "usage/RoomUsageRepository.h"

#include "rooms/RuleCheck.h"
#include "storage/Database.h"
#include "timetable/SqlTime.h"
#include "training/RoomContext.h"
#include "training/SessionRepository.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <tuple>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

Error invalid(const QString &message) { return makeError(ErrorCode::InvalidInput, message); }

Error noSuchUse()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Usage", "There is no such use of a room."));
}

// Manual entries whose row `u` matches `where`, each with its students and aids.
Result<QList<RoomUsageEntry>> loadWhere(const Database &db, const QString &where, const SqlParams &params)
{
    auto list = readList(db,
                         u"SELECT u.id, u.kind, u.usage_date, u.start_time, u.end_time, u.room_id, u.who, u.purpose, "
                         "u.student_count, u.other_names, u.note FROM room_usage u WHERE "_s
                             + where + u" ORDER BY u.usage_date, u.start_time, u.room_id, u.id"_s,
                         params, [](const SqlRows &q) {
                             RoomUsageEntry e;
                             e.id = q.value(0).toLongLong();
                             e.kind = usageKindFromKey(q.value(1).toString());
                             e.date = dateFromSql(q.value(2));
                             e.start = timeFromSql(q.value(3));
                             e.end = timeFromSql(q.value(4));
                             e.roomId = q.value(5).toLongLong();
                             e.who = q.value(6).toString();
                             e.purpose = q.value(7).toString();
                             e.studentCount = q.value(8).toInt();
                             e.otherNames = q.value(9).toString();
                             e.note = q.value(10).toString();
                             return e;
                         });
    if (!list)
        return list;
    for (RoomUsageEntry &e : *list) {
        const auto students = readList(db,
                                       u"SELECT us.student_id, s.name FROM room_usage_students us "
                                       "JOIN students s ON s.id = us.student_id WHERE us.usage_id = :u ORDER BY us.position"_s,
                                       {{":u", e.id}}, [](const SqlRows &q) {
                                           return std::pair{q.value(0).toLongLong(), q.value(1).toString()};
                                       });
        if (!students)
            return students.error();
        for (const auto &[id, name] : *students) {
            e.studentIds.append(id);
            e.studentNames.append(name);
        }
        const auto aids = readList(db, u"SELECT item_id, name FROM room_usage_aids WHERE usage_id = :u ORDER BY position, id"_s,
                                   {{":u", e.id}}, [](const SqlRows &q) {
                                       return EquipmentUse{q.value(0).toLongLong(), q.value(1).toString()};
                                   });
        if (!aids)
            return aids.error();
        e.teachingAids = *aids;
    }
    return list;
}

QString rangeWhere(qint64 roomId)
{
    return roomId > 0 ? u"u.usage_date BETWEEN :from AND :to AND u.room_id = :room"_s
                      : u"u.usage_date BETWEEN :from AND :to"_s;
}

// Validation that needs the database: the room, its student limit, the students.
Result<RoomUsageEntry> prepare(Transaction &tx, const RoomUsageEntry &entry)
{
    if (auto valid = RoomUsageRepository::validate(entry); !valid)
        return valid.error();
    RoomUsageEntry e = entry;
    if (e.studentCount == 0)
        e.studentCount = int(e.studentIds.size());
    auto room = trainingctx::roomWithRules(tx, e.roomId);
    if (!room)
        return room.error();
    if (auto names = trainingctx::studentNames(tx, e.studentIds); !names)
        return names.error();
    if (e.kind == UsageKind::StudentActivity)
        if (auto limit = checkStudentCount(room->room, room->rules, e.studentCount); !limit)
            return limit.error();
    return e;
}

Result<void> writeChildren(Transaction &tx, qint64 id, const RoomUsageEntry &e)
{
    const SqlParams usage{{":u", id}};
    if (auto r = run(tx, u"DELETE FROM room_usage_students WHERE usage_id = :u"_s, usage); !r)
        return r;
    if (auto r = run(tx, u"DELETE FROM room_usage_aids WHERE usage_id = :u"_s, usage); !r)
        return r;
    int position = 0;
    for (qint64 student : e.studentIds)
        if (auto r = run(tx, u"INSERT INTO room_usage_students(usage_id, student_id, position) VALUES (:u, :s, :p)"_s,
                             {{":u", id}, {":s", student}, {":p", position++}});
            !r)
            return r;
    position = 0;
    for (const EquipmentUse &aid : e.teachingAids)
        if (auto r = run(tx, u"INSERT INTO room_usage_aids(usage_id, position, item_id, name) VALUES (:u, :p, :i, :n)"_s,
                             {{":u", id}, {":p", position++},
                              {":i", aid.itemId > 0 ? QVariant(aid.itemId) : QVariant()}, {":n", aid.name.trimmed()}});
            !r)
            return r;
    return {};
}

SqlParams columns(const RoomUsageEntry &e)
{
    return {{":k", usageKindKey(e.kind)},      {":d", isoDate(e.date)},         {":st", sqlTime(e.start)},
            {":en", sqlTime(e.end)},           {":r", e.roomId},                {":w", e.who.trimmed()},
            {":p", nullIfEmpty(e.purpose)},    {":c", e.studentCount},          {":o", nullIfEmpty(e.otherNames)},
            {":n", nullIfEmpty(e.note)}};
}

} // namespace

Result<QList<RoomUsageEntry>> RoomUsageRepository::manualEntries(const QDate &from, const QDate &to, qint64 roomId) const
{
    SqlParams params{{":from", isoDate(from)}, {":to", isoDate(to)}};
    if (roomId > 0)
        params.push_back({":room", roomId});
    return loadWhere(*m_db, rangeWhere(roomId), params);
}

Result<QList<RoomUsageEntry>> RoomUsageRepository::entries(const QDate &from, const QDate &to, qint64 roomId) const
{
    auto list = manualEntries(from, to, roomId);
    if (!list)
        return list;
    const auto names = trainingctx::sessionNames(*m_db);
    if (!names)
        return names.error();
    const auto sessions = SessionRepository(m_db).between(from, to, roomId);
    if (!sessions)
        return sessions.error();
    for (const TrainingSession &s : *sessions)
        list->append(usageOfSession(s, names->staff.value(s.instructorId), names->students));
    std::stable_sort(list->begin(), list->end(), [](const RoomUsageEntry &a, const RoomUsageEntry &b) {
        return std::tie(a.date, a.start, a.roomId) < std::tie(b.date, b.start, b.roomId);
    });
    return list;
}

Result<RoomUsageEntry> RoomUsageRepository::byId(qint64 entryId) const
{
    const auto found = loadWhere(*m_db, u"u.id = :id"_s, {{":id", entryId}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return noSuchUse();
    return found->constFirst();
}

Result<void> RoomUsageRepository::validate(const RoomUsageEntry &e)
{
    if (e.kind == UsageKind::Session || e.sessionId > 0)
        return invalid(QCoreApplication::translate("rr::Usage", "Training sessions enter the log from their records, "
                                                                "not by hand."));
    if (!e.date.isValid())
        return invalid(QCoreApplication::translate("rr::Usage", "A use of a room needs a date."));
    if (!e.start.isValid() || !e.end.isValid() || e.start >= e.end)
        return invalid(QCoreApplication::translate("rr::Usage", "A use of a room needs a start and an end after it."));
    if (e.roomId <= 0)
        return invalid(QCoreApplication::translate("rr::Usage", "Which room was used?"));
    if (e.who.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("rr::Usage", "Who used the room?"));
    if (e.studentCount < 0)
        return invalid(QCoreApplication::translate("rr::Usage", "The number of students cannot be negative."));
    if (e.studentCount > 0 && e.studentCount < e.studentIds.size())
        return invalid(QCoreApplication::translate("rr::Usage", "%1 students are listed but the count says %2.")
                           .arg(e.studentIds.size())
                           .arg(e.studentCount));
    if (QSet<qint64>(e.studentIds.cbegin(), e.studentIds.cend()).size() != e.studentIds.size())
        return invalid(QCoreApplication::translate("rr::Usage", "A student is listed twice."));
    for (const EquipmentUse &aid : e.teachingAids)
        if (aid.name.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("rr::Usage", "A teaching aid needs a name."));
    return {};
}

Result<qint64> RoomUsageRepository::add(Transaction &tx, const RoomUsageEntry &entry)
{
    auto e = prepare(tx, entry);
    if (!e)
        return e.error();
    SqlParams params = columns(*e);
    params.push_back({":at", sqlDateTime(tx.now())});
    auto id = tx.insert(u"INSERT INTO room_usage(kind, usage_date, start_time, end_time, room_id, who, purpose, "
                        "student_count, other_names, note, recorded_at) "
                        "VALUES (:k, :d, :st, :en, :r, :w, :p, :c, :o, :n, :at)"_s,
                        params);
    if (!id)
        return id.error();
    if (auto children = writeChildren(tx, *id, *e); !children)
        return children.error();
    return *id;
}

Result<qint64> RoomUsageRepository::add(const RoomUsageEntry &entry)
{
    return m_db->writeReturningId({u"usage.add"_s, u"room use logged"_s}, [&](Transaction &tx) { return add(tx, entry); });
}

Result<void> RoomUsageRepository::update(Transaction &tx, const RoomUsageEntry &entry)
{
    auto e = prepare(tx, entry);
    if (!e)
        return e.error();
    SqlParams params = columns(*e);
    params.push_back({":id", e->id});
    auto q = tx.exec(u"UPDATE room_usage SET kind = :k, usage_date = :d, start_time = :st, end_time = :en, room_id = :r, "
                     "who = :w, purpose = :p, student_count = :c, other_names = :o, note = :n WHERE id = :id"_s,
                     params);
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return noSuchUse();
    return writeChildren(tx, e->id, *e);
}

Result<void> RoomUsageRepository::update(const RoomUsageEntry &entry)
{
    return m_db->write({u"usage.update"_s, u"room use changed"_s}, [&](Transaction &tx) { return update(tx, entry); });
}

Result<void> RoomUsageRepository::remove(Transaction &tx, qint64 entryId)
{
    auto q = tx.exec(u"DELETE FROM room_usage WHERE id = :id"_s, {{":id", entryId}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return noSuchUse();
    return {};
}

Result<void> RoomUsageRepository::remove(qint64 entryId)
{
    return m_db->write({u"usage.remove"_s, u"room use removed"_s}, [&](Transaction &tx) { return remove(tx, entryId); });
}

} // namespace rr
