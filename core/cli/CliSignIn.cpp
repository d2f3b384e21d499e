#include "cli/CliSignIn.h"

#include "cli/commands/BackupCliSupport.h"
#include "security/AccountRepository.h"
#include "security/Policy.h"
#include "security/SignIn.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextStream>
#include <cstdio>
#include <optional>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
QString &storedCommand()
{
    static QString command;
    return command;
}

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

void setCliCommand(const QString &word)
{
    storedCommand() = word;
}

// What a command shows, for the policy: a command that lists a whole area
// (the timetable's slots, every alert) is refused to an account that may not
// read that area, as its screens are hidden. Commands on a student's records
// are filtered in the repositories (a 班主任's own classes); file-level
// commands (check, backup, db …) read no records, and `accounts` checks for
// itself (an administrator, or one's own password).
static std::optional<DataArea> dataAreaOfCliCommand(const QString &word)
{
    static const QHash<QString, DataArea> areas = {
        {u"students"_s, DataArea::Students},       {u"export-roster"_s, DataArea::Students},
        {u"import-roster"_s, DataArea::Students},  {u"lrc"_s, DataArea::Students},
        {u"slot"_s, DataArea::Training},           {u"slots"_s, DataArea::Training},
        {u"inspect"_s, DataArea::Training},        {u"rooms"_s, DataArea::Rooms},
        {u"ledger"_s, DataArea::Ledger},           {u"contacts"_s, DataArea::FamilyContacts},
        {u"counselling"_s, DataArea::Counselling}, {u"school"_s, DataArea::SchoolWork},
        {u"staff"_s, DataArea::Settings},          {u"semesters"_s, DataArea::Settings},
        {u"holidays"_s, DataArea::Settings},       {u"backup-policy"_s, DataArea::Settings},
        {u"audit"_s, DataArea::Accounts},          {u"retention"_s, DataArea::Accounts},
        // Alerts come from every area: only for an account that reads IEPs and training.
        {u"alerts"_s, DataArea::Training},
    };
    if (auto found = areas.constFind(word); found != areas.constEnd())
        return *found;
    return std::nullopt;
}

static Result<void> checkCommandArea(const Policy &policy)
{
    const auto area = dataAreaOfCliCommand(storedCommand());
    if (!area || policy.mayRead(*area))
        return {};
    return makeError(ErrorCode::Forbidden, QCoreApplication::translate("rr::Cli", "This account (%1) may not use “%2”.")
                                               .arg(policy.rolesText(), storedCommand()));
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
    return checkCommandArea(Policy(db->principal()));
}

} // namespace rr
