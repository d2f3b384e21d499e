#include "cli/CliSignIn.h"

#include "cli/commands/BackupCliSupport.h"
#include "security/AccountRepository.h"
#include "security/SignIn.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
QString &storedUser()
{
    static QString user;
    return user;
}
} // namespace

bool takeCliUser(QStringList &arguments, QString &problem)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (word == u"--user"_s || word == u"-user"_s) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).trimmed().isEmpty()) {
                problem = QCoreApplication::translate("rr::Cli", "--user needs a user name.");
                return false;
            }
            storedUser() = arguments.at(i + 1).trimmed();
            arguments.remove(i, 2);
            --i;
        } else if (word.startsWith(u"--user="_s)) {
            storedUser() = word.mid(7).trimmed();
            arguments.removeAt(i);
            --i;
            if (storedUser().isEmpty()) {
                problem = QCoreApplication::translate("rr::Cli", "--user needs a user name.");
                return false;
            }
        }
    }
    return true;
}

QString cliUser()
{
    return storedUser();
}

Result<void> signInForCli(const std::shared_ptr<Database> &db)
{
    auto isProtected = AccountRepository(db).isProtected();
    if (!isProtected)
        return isProtected.error();
    if (!*isProtected)
        return {};
    if (cliUser().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Cli", "This data file is protected by accounts: sign in with "
                                                                "--user NAME (the password is asked for)."));
    QTextStream err(stderr);
    auto password = readSecretLine(err, QCoreApplication::translate("rr::Cli", "Password of %1: ").arg(cliUser()));
    if (!password || password->isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Cli", "No password was given for %1.").arg(cliUser()));
    auto signedIn = SignIn(db).signIn(cliUser(), *password);
    password->fill('\0');
    if (!signedIn)
        return signedIn.error();
    return {};
}

} // namespace rr
