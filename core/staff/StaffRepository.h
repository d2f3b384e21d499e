#pragma once
#include "common/Result.h"
#include "staff/StaffMember.h"

#include <QList>
#include <memory>
#include <optional>

namespace rr {

class Database;
class Transaction;

class StaffRepository {
public:
    explicit StaffRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}
    QList<StaffMember> all() const;
    std::optional<StaffMember> byId(qint64 id) const;
    static Result<qint64> add(Transaction &tx, const StaffMember &member);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
