#pragma once
#include "common/Result.h"
#include "rooms/Room.h"

#include <QHash>
#include <QList>
#include <memory>
#include <optional>

namespace rr {

class Database;
class SqlExecutor;
class Transaction;

class RoomRepository {
public:
    explicit RoomRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}
    Result<QList<Room>> all() const;                     // by id
    Result<Room> byId(qint64 id) const;                  // NotFound: "The room does not exist."
    // `key` is an id or a name (the CLI's --room); NotFound naming the key.
    Result<Room> find(const QString &key) const;
    // Every room's name by id, for display.
    Result<QHash<qint64, QString>> names() const;
    // The same reads inside a write (pass the Transaction) or outside it:
    // the one place that reads rooms.
    static Result<QList<Room>> all(const SqlExecutor &sql);
    static Result<Room> byId(const SqlExecutor &sql, qint64 id);

    // A new room comes with its type's shipped rules (defaultRoomRules), in
    // the same action.
    Result<qint64> add(const Room &room);
    static Result<qint64> add(Transaction &tx, const Room &room);
    // Name, type, capacity and location; the rules stay as they are
    // (RoomRuleRepository::resetToDefaults takes a new type's rules).
    Result<void> update(const Room &room);
    static Result<void> update(Transaction &tx, const Room &room);
    // The same, and the room's rules replaced by its (new) type's defaults, in one action.
    Result<void> updateTakingDefaultRules(const Room &room);
    // Refused while the timetable or a record names the room; its rules go with it.
    Result<void> remove(qint64 roomId);
    static Result<void> remove(Transaction &tx, qint64 roomId);

    static Result<void> validate(const Room &room);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
