#pragma once
#include "common/Result.h"
#include "staff/StaffMember.h"

#include <QList>
#include <memory>

namespace rr {

class Database;
class SqlExecutor;
class Transaction;

// Whether a lookup finds somebody who has left: the records and retiring
// still name them; a new timetable slot or record does not.
enum class RetiredStaff { Excluded, Included };

// 教职工: the people the records name. Somebody a record names is retired
// with a date, never deleted; a member no record names may be deleted.
class StaffRepository {
public:
    explicit StaffRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}
    Result<QList<StaffMember>> all() const;              // serving and retired, by id
    // A member no longer on file is ErrorCode::NotFound.
    Result<StaffMember> byId(qint64 id) const;
    // The one lookup of the CLI's --name, --instructor …: `key` is an id or a
    // name (compared as names are stored: spaces folded, 李 思 = 李思), the
    // serving member first. NotFound names the key; with RetiredStaff::Excluded
    // a member who has left is refused, saying since when.
    Result<StaffMember> findByKey(const QString &key, RetiredStaff retired) const;
    // Where the records name the member, one translated phrase per kind
    // (e.g. "训练记录 3 条"); empty when nothing does.
    Result<QStringList> usages(qint64 id) const;

    static Result<void> validate(const StaffMember &member);

    Result<qint64> add(const StaffMember &member);
    static Result<qint64> add(Transaction &tx, const StaffMember &member);
    // Everything but the id; the current user's new name follows into the profile.
    Result<void> update(const StaffMember &member);
    static Result<void> update(Transaction &tx, const StaffMember &member);
    // Sets the day the member left. The current user cannot leave.
    Result<void> retire(qint64 id, const QDate &date);
    static Result<void> retire(Transaction &tx, qint64 id, const QDate &date);
    // Refused, with where the member appears, while any record names them.
    Result<void> remove(qint64 id);
    // Adds `className` to the classes the member leads as 班主任 (and the role).
    static Result<void> addLedClass(Transaction &tx, qint64 id, const QString &className);

private:
    static Result<void> writeLists(Transaction &tx, qint64 id, const StaffMember &member);
    std::shared_ptr<Database> m_db;
};

} // namespace rr
