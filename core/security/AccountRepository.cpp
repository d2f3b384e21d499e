#include "security/AccountRepository.h"

#include "security/PasswordHash.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMaxUserNameLength = 32;

QString timeText(const QDateTime &time)
{
    // Never a null QString: that would be bound as NULL.
    return time.isValid() ? time.toString(Qt::ISODate) : u""_s;
}

Result<void> writeRoles(Transaction &tx, qint64 accountId, const QList<AccountRole> &roles)
{
    if (auto cleared = run(tx, u"DELETE FROM account_roles WHERE account_id = :id"_s, {{":id", accountId}}); !cleared)
        return cleared;
    for (AccountRole role : roles)
        if (auto added = run(tx, u"INSERT INTO account_roles (account_id, role) VALUES (:id, :role)"_s,
                             {{":id", accountId}, {":role", accountRoleCode(role)}});
            !added)
            return added;
    return {};
}

// Managing accounts is the administrator's; on a file nobody signed in to
// (set-up, a file without accounts) there is nobody to ask.
Result<void> mayManage(const Database &db)
{
    const Principal who = db.principal();
    if (who.isOpen() || who.has(AccountRole::Admin))
        return {};
    return makeError(ErrorCode::Conflict, QCoreApplication::translate("rr::Accounts", "Only an administrator can manage accounts."));
}

} // namespace

Result<bool> AccountRepository::isProtected(const SqlExecutor &sql)
{
    auto value = readValue(sql, u"SELECT protected FROM protection WHERE id = 1"_s);
    if (!value)
        return value.error();
    return !value->isNull() && value->toInt() == 1;
}

Result<bool> AccountRepository::isProtected() const
{
    return isProtected(*m_db);
}

Result<void> AccountRepository::setProtection(Transaction &tx, bool on, const QString &recoveryHash)
{
    return run(tx, u"INSERT INTO protection (id, protected, recovery_hash, changed_at) VALUES (1, :on, :hash, :now) "
                   "ON CONFLICT (id) DO UPDATE SET protected = excluded.protected, "
                   "recovery_hash = excluded.recovery_hash, changed_at = excluded.changed_at"_s,
               {{":on", on ? 1 : 0}, {":hash", on && !recoveryHash.isEmpty() ? recoveryHash : u""_s}, {":now", timeText(tx.now())}});
}

Result<QString> AccountRepository::recoveryHash() const
{
    auto value = readValue(*m_db, u"SELECT recovery_hash FROM protection WHERE id = 1"_s);
    if (!value)
        return value.error();
    return value->toString();
}

Result<QList<Account>> AccountRepository::read(const SqlExecutor &sql, const QString &where, const SqlParams &params)
{
    auto list = readList(sql, u"SELECT a.id, a.user_name, a.staff_id, s.name, a.disabled, a.failed_attempts, "
                              "a.next_attempt_at FROM accounts a JOIN staff s ON s.id = a.staff_id "_s
                                  + where + u" ORDER BY a.user_name COLLATE NOCASE"_s,
                         params, [](const SqlRows &q) {
                             Account a;
                             a.id = q.value(0).toLongLong();
                             a.userName = q.value(1).toString();
                             a.staffId = q.value(2).toLongLong();
                             a.staffName = q.value(3).toString();
                             a.disabled = q.value(4).toInt() != 0;
                             a.failedAttempts = q.value(5).toInt();
                             a.nextAttemptAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
                             return a;
                         });
    if (!list)
        return list;
    auto roles = readList(sql, u"SELECT account_id, role FROM account_roles"_s, {}, [](const SqlRows &q) {
        return std::pair{q.value(0).toLongLong(), q.value(1).toString()};
    });
    if (!roles)
        return roles.error();
    QHash<qint64, QStringList> codes;
    for (const auto &[id, code] : std::as_const(*roles))
        codes[id] << code;
    for (Account &a : *list)
        for (AccountRole role : allAccountRoles())
            if (codes.value(a.id).contains(accountRoleCode(role)))
                a.roles << role;
    return list;
}

Result<QList<Account>> AccountRepository::all() const
{
    return read(*m_db, {}, {});
}

Result<Account> AccountRepository::byId(qint64 id) const
{
    auto list = read(*m_db, u"WHERE a.id = :id"_s, {{":id", id}});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Accounts", "The account no longer exists."));
    return list->first();
}

Result<std::optional<Account>> AccountRepository::findByName(const SqlExecutor &sql, const QString &userName)
{
    auto list = read(sql, u"WHERE a.user_name = :name COLLATE NOCASE"_s, {{":name", userName.trimmed()}});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Account>();
    return std::optional<Account>(list->first());
}

Result<std::optional<Account>> AccountRepository::findByName(const QString &userName) const
{
    return findByName(*m_db, userName);
}

Result<QString> AccountRepository::passwordHash(qint64 accountId) const
{
    auto value = readValue(*m_db, u"SELECT password_hash FROM accounts WHERE id = :id"_s, {{":id", accountId}});
    if (!value)
        return value.error();
    if (value->isNull())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Accounts", "The account no longer exists."));
    return value->toString();
}

Result<void> AccountRepository::validateUserName(const QString &userName)
{
    const QString name = userName.trimmed();
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Accounts", "Please enter a user name."));
    if (name.size() > kMaxUserNameLength)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Accounts", "A user name may have at most %1 characters.").arg(kMaxUserNameLength));
    for (QChar c : name)
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Accounts", "A user name may not contain spaces or control characters."));
    return {};
}

Result<qint64> AccountRepository::add(Transaction &tx, const Account &input, const QString &passwordHash)
{
    Account account = input;
    account.userName = account.userName.trimmed();
    if (auto valid = validateUserName(account.userName); !valid)
        return valid.error();
    if (account.roles.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Accounts", "An account needs at least one role."));
    struct Staff {
        QString name;
        bool left = false;
    };
    auto staff = readOne(tx, u"SELECT name, to_date IS NOT NULL AND to_date <> '' FROM staff WHERE id = :id"_s,
                         {{":id", account.staffId}},
                         [](const SqlRows &q) { return Staff{q.value(0).toString(), q.value(1).toBool()}; });
    if (!staff)
        return staff.error();
    if (!*staff)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Accounts", "The staff member of the account no longer exists."));
    if ((*staff)->left)
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("rr::Accounts", "%1 has left and cannot get an account.").arg((*staff)->name));
    auto taken = findByName(tx, account.userName);
    if (!taken)
        return taken.error();
    if (*taken)
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("rr::Accounts", "The user name %1 is taken.").arg(account.userName));
    auto id = tx.insert(u"INSERT INTO accounts (user_name, staff_id, password_hash, disabled, created_at, changed_at) "
                        "VALUES (:name, :staff, :hash, :disabled, :now, :now)"_s,
                        {{":name", account.userName},
                         {":staff", account.staffId},
                         {":hash", passwordHash},
                         {":disabled", account.disabled ? 1 : 0},
                         {":now", timeText(tx.now())}});
    if (!id)
        return id;
    QList<AccountRole> roles;
    for (AccountRole role : allAccountRoles())
        if (account.roles.contains(role))
            roles << role;
    if (auto written = writeRoles(tx, *id, roles); !written)
        return written.error();
    return id;
}

Result<qint64> AccountRepository::add(const Account &account, const QByteArray &password)
{
    if (auto allowed = mayManage(*m_db); !allowed)
        return allowed.error();
    if (auto valid = validateUserName(account.userName); !valid)
        return valid.error();
    if (const QString problem = accountPasswordProblem(password); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    return m_db->writeReturningId({u"account.create"_s, u"account %1 added"_s.arg(account.userName.trimmed())},
                                  [&](Transaction &tx) { return add(tx, account, *hash); });
}

Result<void> AccountRepository::setDisabled(qint64 accountId, bool disabled)
{
    if (auto allowed = mayManage(*m_db); !allowed)
        return allowed;
    auto account = byId(accountId);
    if (!account)
        return account.error();
    return m_db->write({disabled ? u"account.disable"_s : u"account.enable"_s,
                        u"account %1 %2"_s.arg(account->userName, disabled ? u"disabled"_s : u"enabled"_s)},
                       [&](Transaction &tx) -> Result<void> {
                           if (disabled && account->has(AccountRole::Admin)) {
                               auto others = readValue(tx, u"SELECT count(*) FROM accounts a JOIN account_roles r "
                                                           "ON r.account_id = a.id AND r.role = 'admin' "
                                                           "WHERE a.disabled = 0 AND a.id <> :id"_s,
                                                       {{":id", accountId}});
                               if (!others)
                                   return others.error();
                               if (others->toInt() == 0)
                                   return makeError(ErrorCode::Conflict,
                                                    QCoreApplication::translate("rr::Accounts", "%1 is the last administrator who can sign in and cannot be "
                                                       "disabled.")
                                                        .arg(account->userName));
                           }
                           return setDisabled(tx, accountId, disabled);
                       });
}

Result<void> AccountRepository::setDisabled(Transaction &tx, qint64 accountId, bool disabled)
{
    return run(tx, u"UPDATE accounts SET disabled = :d, changed_at = :now WHERE id = :id"_s,
               {{":d", disabled ? 1 : 0}, {":now", timeText(tx.now())}, {":id", accountId}});
}

Result<void> AccountRepository::setPasswordHash(Transaction &tx, qint64 accountId, const QString &hash)
{
    return run(tx, u"UPDATE accounts SET password_hash = :hash, failed_attempts = 0, next_attempt_at = '', "
                   "changed_at = :now WHERE id = :id"_s,
               {{":hash", hash}, {":now", timeText(tx.now())}, {":id", accountId}});
}

Result<void> AccountRepository::setPassword(qint64 accountId, const QByteArray &password)
{
    // Everyone changes their own password; the administrator resets others'.
    if (m_db->principal().accountId != accountId)
        if (auto allowed = mayManage(*m_db); !allowed)
            return allowed;
    auto account = byId(accountId);
    if (!account)
        return account.error();
    if (const QString problem = accountPasswordProblem(password); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    return m_db->write({u"account.password"_s, u"password of %1 changed"_s.arg(account->userName)},
                       [&](Transaction &tx) { return setPasswordHash(tx, accountId, *hash); });
}

Result<void> AccountRepository::recordAttempts(Transaction &tx, qint64 accountId, int failedAttempts,
                                               const QDateTime &nextAttemptAt)
{
    return run(tx, u"UPDATE accounts SET failed_attempts = :n, next_attempt_at = :next WHERE id = :id"_s,
               {{":n", failedAttempts}, {":next", timeText(nextAttemptAt)}, {":id", accountId}});
}

} // namespace rr
