#include "security/SignIn.h"

#include "security/AccountRepository.h"
#include "security/PasswordHash.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

int SignIn::delayAfter(int failures)
{
    if (failures < 3)
        return 0;
    constexpr int kLongest = 15 * 60;
    const int doublings = std::min(failures - 3, 10);
    return std::min(5 << doublings, kLongest);
}

Principal SignIn::principalOf(const Account &account)
{
    Principal p;
    p.accountId = account.id;
    p.staffId = account.staffId;
    p.userName = account.userName;
    p.staffName = account.staffName;
    p.roles = account.roles;
    return p;
}

QString SignIn::wrongMessage()
{
    return QCoreApplication::translate("rr::Accounts", "The user name or the password is wrong.");
}

QString SignIn::waitMessage(int seconds)
{
    return QCoreApplication::translate("rr::Accounts", "Too many wrong passwords. Please wait %n second(s) and try again.",
                                       nullptr, seconds);
}

Result<Account> SignIn::check(const QString &userName, const QByteArray &password)
{
    AccountRepository accounts(m_db);
    auto found = accounts.findByName(userName);
    if (!found)
        return found.error();
    if (!*found) {
        // The same work as for a real account, so the time taken does not tell which names exist.
        (void)passwordMatches(demoPasswordHash(), password);
        return makeError(ErrorCode::InvalidInput, wrongMessage());
    }
    const Account account = **found;
    const QDateTime now = m_db->clock().now();
    if (account.nextAttemptAt.isValid() && now < account.nextAttemptAt)
        return makeError(ErrorCode::Locked, waitMessage(int(std::max<qint64>(1, now.secsTo(account.nextAttemptAt)))));
    auto hash = accounts.passwordHash(account.id);
    if (!hash)
        return hash.error();
    const bool right = passwordMatches(*hash, password);
    const int failures = right ? 0 : account.failedAttempts + 1;
    const int delay = delayAfter(failures);
    const QDateTime next = delay > 0 ? now.addSecs(delay) : QDateTime();
    if (failures != account.failedAttempts || next != account.nextAttemptAt) {
        auto recorded = m_db->write({u"account.signin"_s, right ? u"%1 signed in"_s.arg(account.userName)
                                                                : u"wrong password for %1"_s.arg(account.userName)},
                                    [&](Transaction &tx) {
                                        return AccountRepository::recordAttempts(tx, account.id, failures, next);
                                    });
        // A copy opened read-only beside the program cannot count; the refusal still stands.
        if (!recorded && recorded.error().code != ErrorCode::ReadOnly)
            return recorded.error();
    }
    if (!right) {
        if (delay > 0)
            return makeError(ErrorCode::InvalidInput, wrongMessage() + u' ' + waitMessage(delay));
        return makeError(ErrorCode::InvalidInput, wrongMessage());
    }
    if (account.disabled)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Accounts", "The account %1 is disabled. Please ask the "
                                                                     "administrator.")
                             .arg(account.userName));
    return account;
}

Result<Principal> SignIn::signIn(const QString &userName, const QByteArray &password)
{
    auto isProtected = AccountRepository(m_db).isProtected();
    if (!isProtected)
        return isProtected.error();
    if (!*isProtected)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Accounts", "This data file is not protected by accounts."));
    auto account = check(userName, password);
    if (!account)
        return account.error();
    const Principal principal = principalOf(*account);
    m_db->setPrincipal(principal);
    return principal;
}

Result<void> SignIn::confirm(const QByteArray &password)
{
    const Principal current = m_db->principal();
    if (current.isOpen())
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("rr::Accounts", "Nobody is signed in."));
    auto account = check(current.userName, password);
    if (!account)
        return account.error();
    if (account->id != current.accountId)
        return makeError(ErrorCode::InvalidInput, wrongMessage());
    return {};
}

void SignIn::signOut()
{
    m_db->setPrincipal(Principal::open());
}

} // namespace rr
