#include "rooms/RoomRepository.h"

#include "rooms/RoomRuleRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

static const QString kSelect = u"SELECT id, name, type, capacity, location FROM rooms "_s;

static Room readRoom(const SqlRows &q)
{
    return Room{q.value(0).toLongLong(), q.value(1).toString(), roomTypeFromKey(q.value(2).toString()),
                q.value(3).toInt(), q.value(4).toString()};
}

static Error noSuchRoom()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Rooms", "The room does not exist."));
}

Result<QList<Room>> RoomRepository::all(const SqlExecutor &sql)
{
    return readList(sql, kSelect + u"ORDER BY id"_s, {}, readRoom);
}

Result<Room> RoomRepository::byId(const SqlExecutor &sql, qint64 id)
{
    auto room = readOne(sql, kSelect + u"WHERE id = :id"_s, {{":id", id}}, readRoom);
    if (!room)
        return room.error();
    if (!*room)
        return noSuchRoom();
    return **room;
}

Result<QList<Room>> RoomRepository::all() const
{
    return all(*m_db);
}

Result<Room> RoomRepository::byId(qint64 id) const
{
    return byId(*m_db, id);
}

Result<QHash<qint64, QString>> RoomRepository::names() const
{
    auto rooms = all();
    if (!rooms)
        return rooms.error();
    QHash<qint64, QString> names;
    for (const Room &room : std::as_const(*rooms))
        names.insert(room.id, room.name);
    return names;
}

Result<Room> RoomRepository::find(const QString &key) const
{
    bool isNumber = false;
    const qint64 id = key.trimmed().toLongLong(&isNumber);
    auto room = isNumber ? readOne(*m_db, kSelect + u"WHERE id = :id"_s, {{":id", id}}, readRoom)
                         : readOne(*m_db, kSelect + u"WHERE name = :n"_s, {{":n", key.trimmed()}}, readRoom);
    if (!room)
        return room.error();
    if (!*room)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Rooms", "There is no room \"%1\".").arg(key.trimmed()));
    return **room;
}

Result<void> RoomRepository::validate(const Room &room)
{
    if (room.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Rooms", "A room needs a name."));
    if (room.capacity < 1 || room.capacity > 200)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Rooms", "The capacity of room \"%1\" must be between 1 and 200.")
                             .arg(room.name.trimmed()));
    return {};
}

static Error duplicateName(const Room &room)
{
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate("rr::Rooms", "A room named \"%1\" exists already.").arg(room.name.trimmed()));
}

Result<qint64> RoomRepository::add(Transaction &tx, const Room &room)
{
    if (auto valid = validate(room); !valid)
        return valid.error();
    auto id = tx.insert(u"INSERT INTO rooms(name, type, capacity, location) VALUES (:n, :t, :c, :l)"_s,
                        {{":n", room.name.trimmed()}, {":t", roomTypeKey(room.type)}, {":c", room.capacity},
                         {":l", nullIfEmpty(room.location.trimmed())}});
    if (!id)
        return id.error().code == ErrorCode::Conflict ? duplicateName(room) : id.error();
    Room stored = room;
    stored.id = *id;
    if (auto rules = RoomRuleRepository::replace(tx, *id, defaultRoomRules(stored)); !rules)
        return rules.error();
    return *id;
}

Result<qint64> RoomRepository::add(const Room &room)
{
    return m_db->writeReturningId({u"room.add"_s, u"room %1 added"_s.arg(room.name.trimmed())},
                                  [&](Transaction &tx) { return add(tx, room); });
}

Result<void> RoomRepository::update(Transaction &tx, const Room &room)
{
    if (auto valid = validate(room); !valid)
        return valid.error();
    auto done = tx.exec(u"UPDATE rooms SET name = :n, type = :t, capacity = :c, location = :l WHERE id = :id"_s,
                        {{":n", room.name.trimmed()}, {":t", roomTypeKey(room.type)}, {":c", room.capacity},
                         {":l", nullIfEmpty(room.location.trimmed())}, {":id", room.id}});
    if (!done)
        return done.error().code == ErrorCode::Conflict ? duplicateName(room) : done.error();
    if (done->numRowsAffected() == 0)
        return noSuchRoom();
    return {};
}

Result<void> RoomRepository::update(const Room &room)
{
    return m_db->write({u"room.update"_s, u"room %1 changed"_s.arg(room.name.trimmed())},
                       [&](Transaction &tx) { return update(tx, room); });
}

Result<void> RoomRepository::updateTakingDefaultRules(const Room &room)
{
    return m_db->write({u"room.update"_s, u"room %1 changed, default rules taken"_s.arg(room.name.trimmed())},
                       [&](Transaction &tx) -> Result<void> {
                           if (auto updated = update(tx, room); !updated)
                               return updated;
                           return RoomRuleRepository::resetToDefaults(tx, room.id);
                       });
}

Result<void> RoomRepository::remove(Transaction &tx, qint64 roomId)
{
    auto slotCount = readValue(tx, u"SELECT count(*) FROM timetable_slots WHERE room_id = :id"_s, {{":id", roomId}});
    if (!slotCount)
        return slotCount.error();
    if (slotCount->toInt() > 0)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Rooms", "The room is used in the timetable; remove its slots first."));
    auto done = tx.exec(u"DELETE FROM rooms WHERE id = :id"_s, {{":id", roomId}});
    if (!done)
        return done.error().code == ErrorCode::Conflict
            ? makeError(ErrorCode::Conflict,
                        QCoreApplication::translate("rr::Rooms", "The room is named in records and cannot be removed."))
            : done.error();
    if (done->numRowsAffected() == 0)
        return noSuchRoom();
    return {};
}

Result<void> RoomRepository::remove(qint64 roomId)
{
    return m_db->write({u"room.remove"_s, u"room removed"_s}, [&](Transaction &tx) { return remove(tx, roomId); });
}

} // namespace rr
