#pragma once
// Key/value settings kept inside the data file (they travel with a backup),
// as opposed to per-user UI preferences kept in QSettings.
#include "common/Result.h"
#include "school/SchoolProfile.h"

#include <memory>

namespace rr {

class Database;
class SqlExecutor;
class Transaction;

class SettingsRepository {
public:
    explicit SettingsRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // `fallback` when the key is not set; a failed read is an error.
    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    // The same through the Database or inside an action.
    static Result<QString> value(const SqlExecutor &sql, const QString &key, const QString &fallback = {});
    Result<void> setValue(const QString &key, const QString &value);
    static Result<void> setValue(Transaction &tx, const QString &key, const QString &value);

    Result<SchoolProfile> profile() const;
    Result<void> saveProfile(const SchoolProfile &profile);
    static Result<void> saveProfile(Transaction &tx, const SchoolProfile &profile);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
