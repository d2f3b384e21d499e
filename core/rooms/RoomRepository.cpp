#include "rooms/RoomRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QList<Room> RoomRepository::all() const
{
    QList<Room> list;
    auto q = m_db->query(u"SELECT id, name, type, capacity, location FROM rooms ORDER BY id"_s);
    while (q && q->next())
        list.append(Room{q->value(0).toLongLong(), q->value(1).toString(), roomTypeFromKey(q->value(2).toString()),
                         q->value(3).toInt(), q->value(4).toString()});
    return list;
}

Result<qint64> RoomRepository::add(Transaction &tx, const Room &room)
{
    if (room.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Rooms", "A room needs a name."));
    return tx.insert(u"INSERT INTO rooms(name, type, capacity, location) VALUES (:n, :t, :c, :l)"_s,
                     {{":n", room.name.trimmed()}, {":t", roomTypeKey(room.type)}, {":c", qMax(1, room.capacity)},
                      {":l", nullIfEmpty(room.location)}});
}

} // namespace rr
