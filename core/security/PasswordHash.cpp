#include "security/PasswordHash.h"

#include "backup/BackupCrypto.h"

#include <QCoreApplication>
#include <sodium.h>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

bool sodiumReady()
{
    return sodium_init() >= 0;
}

} // namespace

Result<QString> hashPassword(const QByteArray &password)
{
    char out[crypto_pwhash_STRBYTES];
    if (!sodiumReady()
        || crypto_pwhash_str(out, password.constData(), quint64(password.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                             crypto_pwhash_MEMLIMIT_INTERACTIVE)
               != 0)
        return makeError(ErrorCode::Storage, QCoreApplication::translate("rr::Accounts", "The password could not be "
                                                                                          "protected: not enough memory."));
    return QString::fromLatin1(out);
}

bool passwordMatches(const QString &hash, const QByteArray &password)
{
    const QByteArray text = hash.toLatin1();
    if (!sodiumReady() || text.isEmpty() || text.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(text.constData(), password.constData(), quint64(password.size())) == 0;
}

QString accountPasswordProblem(const QByteArray &password)
{
    return newPasswordProblem(password);
}

QByteArray demoPassword()
{
    return QByteArrayLiteral("demo");
}

QString demoPasswordHash()
{
    // Made once with crypto_pwhash_str("demo", INTERACTIVE limits); checked
    // against demoPassword() by test_accounts.
    return u"$argon2id$v=19$m=65536,t=2,p=1$5aczoOWYemDTU4mLb9uiMg$AOMtZTzyhbVNX103SRJk4QfAZLkX46r8+6o+jw8XxTQ"_s;
}

} // namespace rr
