#pragma once
// Accounts and the file's protection (schema version 14). The only place
// with their SQL. Password hashes are written here from passwords checked
// against accountPasswordProblem(); SignIn reads them through passwordHash().
#include "common/Result.h"
#include "security/Account.h"
#include "storage/SqlParams.h"

#include <QByteArray>
#include <memory>
#include <optional>

namespace rr {

class Database;
class SqlExecutor;
class Transaction;

class AccountRepository {
public:
    explicit AccountRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // Whether the school chose at first run to protect the file with accounts.
    Result<bool> isProtected() const;
    static Result<bool> isProtected(const SqlExecutor &sql);
    // Protection on or off, with the hash of the recovery code (empty when off).
    static Result<void> setProtection(Transaction &tx, bool on, const QString &recoveryHash);
    Result<QString> recoveryHash() const;

    // Every account with its staff member's name, by user name.
    Result<QList<Account>> all() const;
    Result<Account> byId(qint64 id) const;
    // Absent is normal at sign-in (a mistyped name).
    Result<std::optional<Account>> findByName(const QString &userName) const;
    static Result<std::optional<Account>> findByName(const SqlExecutor &sql, const QString &userName);
    Result<QString> passwordHash(qint64 accountId) const;

    // 1–32 characters, no spaces or control characters; letters of any script.
    static Result<void> validateUserName(const QString &userName);
    // Checks the name, the roles, that the staff member serves and that the
    // name is free, then stores the account with the hash of `password`.
    Result<qint64> add(const Account &account, const QByteArray &password);
    static Result<qint64> add(Transaction &tx, const Account &account, const QString &passwordHash);

    // The last administrator who can sign in is never disabled: nobody could manage accounts after.
    Result<void> setDisabled(qint64 accountId, bool disabled);
    static Result<void> setDisabled(Transaction &tx, qint64 accountId, bool disabled);
    // A new password (checked) also clears the failed attempts and the delay.
    Result<void> setPassword(qint64 accountId, const QByteArray &password);
    static Result<void> setPasswordHash(Transaction &tx, qint64 accountId, const QString &hash);

    // The count of wrong passwords and when the next attempt may come.
    static Result<void> recordAttempts(Transaction &tx, qint64 accountId, int failedAttempts, const QDateTime &nextAttemptAt);

private:
    static Result<QList<Account>> read(const SqlExecutor &sql, const QString &where, const SqlParams &params);
    std::shared_ptr<Database> m_db;
};

} // namespace rr
