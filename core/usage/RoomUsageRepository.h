#pragma once
// Reads the room usage log and stores the uses entered by hand.
//
// Sessions are not copied into the log: the log reads them from the
// records when asked. A record can be amended (time, room, students); a
// derived row can never disagree with it, and there is no second copy for
// the sign-off locks to guard.
#include "common/Result.h"
#include "usage/RoomUsage.h"

#include <memory>

namespace rr {

class Database;
class Transaction;

class RoomUsageRepository {
public:
    explicit RoomUsageRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // Every use from `from` to `to` inclusive — sessions and manual entries —
    // by date, start, room; roomId 0 = every room.
    Result<QList<RoomUsageEntry>> entries(const QDate &from, const QDate &to, qint64 roomId = 0) const;
    // The manual entries only.
    Result<QList<RoomUsageEntry>> manualEntries(const QDate &from, const QDate &to, qint64 roomId = 0) const;
    Result<RoomUsageEntry> byId(qint64 entryId) const;   // NotFound: "There is no such use of a room."

    // A manual entry: any kind but Session, a date, a time that ends after
    // it starts, an existing room, who used it, students listed once and no
    // more than the count (a count of 0 takes the number listed), aids named.
    // A student activity is held to the room's student limit (MaxStudents).
    Result<qint64> add(const RoomUsageEntry &entry);
    static Result<qint64> add(Transaction &tx, const RoomUsageEntry &entry);
    Result<void> update(const RoomUsageEntry &entry);
    static Result<void> update(Transaction &tx, const RoomUsageEntry &entry);
    Result<void> remove(qint64 entryId);
    static Result<void> remove(Transaction &tx, qint64 entryId);

    static Result<void> validate(const RoomUsageEntry &entry);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
