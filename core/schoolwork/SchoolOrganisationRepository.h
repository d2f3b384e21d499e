#pragma once
// 组织和领导: the leadership and working groups (members from the staff
// list) and the contacts outside the school (centre, 残联, hospitals).
#include "common/Result.h"
#include "schoolwork/SchoolWork.h"

#include <memory>

namespace rr {

class Database;
class Transaction;

class SchoolOrganisationRepository {
public:
    explicit SchoolOrganisationRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // The group's members, serving and past, by from date.
    Result<QList<GroupMember>> members(SchoolGroup group) const;
    Result<GroupMember> memberById(qint64 id) const;
    static Result<void> validate(const GroupMember &member);
    // The staff member must be on the staff list; once in a group per period.
    Result<qint64> addMember(const GroupMember &member);
    static Result<qint64> addMember(Transaction &tx, const GroupMember &member);
    Result<void> updateMember(const GroupMember &member);
    Result<void> removeMember(qint64 id);

    Result<QList<SchoolContact>> contacts() const;   // by kind, then organisation
    Result<SchoolContact> contactById(qint64 id) const;
    static Result<void> validate(const SchoolContact &contact);
    Result<qint64> addContact(const SchoolContact &contact);
    static Result<qint64> addContact(Transaction &tx, const SchoolContact &contact);
    Result<void> updateContact(const SchoolContact &contact);
    Result<void> removeContact(qint64 id);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
