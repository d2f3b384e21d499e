#pragma once
// The person at the keyboard: a serving staff member with the 资源教师 role,
// kept as a setting inside the data file. She is the default instructor, the
// signer of training records and the author of revisions and amendments.
// On a protected file the staff member of the signed-in account
// (Database::principal()) is the current user instead, whatever her roles.
// SchoolProfile::teacherName follows the chosen resource teacher's name.
#include "common/Result.h"
#include "staff/StaffMember.h"

#include <memory>
#include <optional>

namespace rr {

class Database;
class Transaction;

class CurrentUser {
public:
    explicit CurrentUser(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    static QString settingsKey();

    Result<qint64> id() const;                          // 0 when nobody is chosen
    Result<std::optional<StaffMember>> member() const;  // nullopt when nobody is chosen
    // Her name; before anyone is chosen, the teacher named in the school profile.
    Result<QString> name() const;
    // Who may be chosen: serving staff with the resource teacher's role.
    Result<QList<StaffMember>> candidates() const;

    Result<void> set(qint64 staffId);
    static Result<void> set(Transaction &tx, qint64 staffId);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
