#include "security/RecoveryCode.h"

#include "security/AccountRepository.h"
#include "security/PasswordHash.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <sodium.h>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr char kAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";   // 31 symbols
constexpr quint32 kSymbols = sizeof kAlphabet - 1;
constexpr int kLength = 24;

} // namespace

QString RecoveryCode::generate()
{
    if (sodium_init() < 0)
        return {};
    QString code;
    for (int i = 0; i < kLength; ++i) {
        if (i > 0 && i % 4 == 0)
            code += u'-';
        code += QLatin1Char(kAlphabet[randombytes_uniform(kSymbols)]);
    }
    return code;
}

QByteArray RecoveryCode::normalized(const QString &code)
{
    QString text = code.toUpper();
    text.remove(u'-');
    text.remove(u' ');
    return text.toUtf8();
}

Result<QString> RecoveryCode::protect(Transaction &tx)
{
    const QString code = generate();
    if (code.isEmpty())
        return makeError(ErrorCode::Storage, QCoreApplication::translate("rr::Accounts", "No recovery code could be made."));
    auto hash = hashPassword(normalized(code));
    if (!hash)
        return hash.error();
    if (auto saved = AccountRepository::setProtection(tx, true, *hash); !saved)
        return saved.error();
    return code;
}

Result<QString> RecoveryCode::resetPassword(const QString &code, const QString &userName, const QByteArray &newPassword)
{
    AccountRepository accounts(m_db);
    auto stored = accounts.recoveryHash();
    if (!stored)
        return stored.error();
    if (stored->isEmpty() || !passwordMatches(*stored, normalized(code)))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Accounts", "The recovery code is wrong."));
    auto account = accounts.findByName(userName);
    if (!account)
        return account.error();
    if (!*account || !(*account)->has(AccountRole::Admin))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Accounts", "The recovery code resets an administrator's password; %1 is no administrator's user name.")
                             .arg(userName.trimmed()));
    if (const QString problem = accountPasswordProblem(newPassword); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    auto hash = hashPassword(newPassword);
    if (!hash)
        return hash.error();
    const qint64 id = (*account)->id;
    QString next;
    auto done = m_db->write({u"account.recover"_s, u"password of %1 reset with the recovery code"_s.arg((*account)->userName)},
                            [&](Transaction &tx) -> Result<void> {
                                if (auto set = AccountRepository::setPasswordHash(tx, id, *hash); !set)
                                    return set;
                                // A disabled administrator is enabled again: the code is the way back in.
                                if (auto enabled = AccountRepository::setDisabled(tx, id, false); !enabled)
                                    return enabled;
                                auto code = protect(tx);
                                if (!code)
                                    return code.error();
                                next = *code;
                                return {};
                            });
    if (!done)
        return done.error();
    return next;
}

} // namespace rr
