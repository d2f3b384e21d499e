#pragma once
#include "common/Result.h"
#include "rooms/Room.h"

#include <QList>
#include <memory>

namespace rr {

class Database;
class Transaction;

class RoomRepository {
public:
    explicit RoomRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}
    QList<Room> all() const;
    static Result<qint64> add(Transaction &tx, const Room &room);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
