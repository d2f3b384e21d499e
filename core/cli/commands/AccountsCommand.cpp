#include "cli/CliCommand.h"

#include "cli/commands/BackupCliSupport.h"
#include "security/AccountRepository.h"
#include "security/PasswordHash.h"
#include "security/RecoveryCode.h"
#include "staff/StaffRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSynopsis = u"accounts --db FILE | accounts add --db FILE --staff NAME --role ROLE [--role ROLE …] "
                          "[--name USER] | accounts disable|enable --db FILE --name USER | accounts password --db FILE "
                          "[--name USER] | accounts recover --db FILE --name USER"_s;

QString rolesText(const QList<AccountRole> &roles)
{
    QStringList labels;
    for (AccountRole role : roles)
        labels << accountRoleLabel(role);
    return labels.join(u'、');
}

// A code (admin, resource …) or a label, Chinese or English.
std::optional<AccountRole> roleFromText(const QString &text)
{
    if (auto role = accountRoleFromCode(text))
        return role;
    for (AccountRole role : allAccountRoles())
        if (accountRoleLabel(role).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return role;
    return std::nullopt;
}

// A new password: twice on a terminal, one line of standard input otherwise.
Result<QByteArray> readNewPassword(CliIo &io, const QString &userName)
{
    auto first = readSecretLine(io.err, QCoreApplication::translate("rr::Cli", "New password of %1: ").arg(userName));
    if (!first || first->isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Cli", "No new password was given."));
    if (const QString problem = accountPasswordProblem(*first); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    if (standardInputIsTerminal()) {
        auto again = readSecretLine(io.err, QCoreApplication::translate("rr::Cli", "The same password again: "));
        if (!again || *again != *first)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("rr::Cli", "The two passwords differ; nothing was changed."));
    }
    return *first;
}

// One per line: user name, staff name, roles, and whether it is disabled. No secrets.
int listAccounts(const std::shared_ptr<Database> &db, CliIo &io)
{
    const auto protectedFile = AccountRepository(db).isProtected();
    if (!protectedFile)
        return failWith(io, protectedFile.error().message);
    const auto accounts = AccountRepository(db).all();
    if (!accounts)
        return failWith(io, accounts.error().message);
    if (!*protectedFile)
        io.err << QCoreApplication::translate("rr::Cli", "This data file is not protected by accounts.") << '\n';
    for (const Account &a : *accounts)
        io.out << a.userName << '\t' << a.staffName << '\t' << rolesText(a.roles) << '\t'
               << (a.disabled ? QCoreApplication::translate("rr::Cli", "disabled")
                              : QCoreApplication::translate("rr::Cli", "enabled"))
               << '\n';
    io.out.flush();
    return ExitSuccess;
}

int addAccount(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, CliIo &io)
{
    const auto member = StaffRepository(db).findByKey(parser.value(u"staff"_s), RetiredStaff::Excluded);
    if (!member)
        return failWith(io, member.error().message);
    Account account;
    account.staffId = member->id;
    account.userName = parser.isSet(u"name"_s) ? parser.value(u"name"_s).trimmed() : member->name;
    for (const QString &text : parser.values(u"role"_s)) {
        const auto role = roleFromText(text);
        if (!role) {
            QStringList known;
            for (AccountRole r : allAccountRoles())
                known << u"%1 (%2)"_s.arg(accountRoleCode(r), accountRoleLabel(r));
            return failWith(io, QCoreApplication::translate("rr::Cli", "Unknown role \"%1\"; the roles are %2.")
                                    .arg(text, known.join(u'、')));
        }
        if (!account.roles.contains(*role))
            account.roles << *role;
    }
    if (auto name = AccountRepository::validateUserName(account.userName); !name)
        return failWith(io, name.error().message);
    auto password = readNewPassword(io, account.userName);
    if (!password)
        return failWith(io, password.error().message);
    auto id = AccountRepository(db).add(account, *password);
    password->fill('\0');
    if (!id)
        return failWith(io, id.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Added the account %1 for %2 (%3).")
                  .arg(account.userName, member->name, rolesText(account.roles))
           << Qt::endl;
    return ExitSuccess;
}

Result<Account> namedAccount(const std::shared_ptr<Database> &db, const QString &userName)
{
    auto found = AccountRepository(db).findByName(userName);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Cli", "There is no account %1.").arg(userName.trimmed()));
    return **found;
}

int setDisabled(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, CliIo &io, bool disabled)
{
    const auto account = namedAccount(db, parser.value(u"name"_s));
    if (!account)
        return failWith(io, account.error().message);
    if (auto done = AccountRepository(db).setDisabled(account->id, disabled); !done)
        return failWith(io, done.error().message);
    io.out << (disabled ? QCoreApplication::translate("rr::Cli", "The account %1 is disabled.")
                        : QCoreApplication::translate("rr::Cli", "The account %1 is enabled."))
                  .arg(account->userName)
           << Qt::endl;
    return ExitSuccess;
}

// Without --name the signed-in account's own password; an administrator may name another.
int changePassword(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, CliIo &io)
{
    const QString userName = parser.isSet(u"name"_s) ? parser.value(u"name"_s) : db->principal().userName;
    if (userName.trimmed().isEmpty())
        return failWith(io, QCoreApplication::translate("rr::Cli", "--name USER is required on a file nobody signed in to."));
    const auto account = namedAccount(db, userName);
    if (!account)
        return failWith(io, account.error().message);
    auto password = readNewPassword(io, account->userName);
    if (!password)
        return failWith(io, password.error().message);
    auto done = AccountRepository(db).setPassword(account->id, *password);
    password->fill('\0');
    if (!done)
        return failWith(io, done.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "The password of %1 is changed.").arg(account->userName) << Qt::endl;
    return ExitSuccess;
}

// An administrator who forgot the password: the recovery code, then the new password.
int recover(const QCommandLineParser &parser, CliIo &io)
{
    auto db = Database::open(parser.value(u"db"_s), OpenMode::OpenExisting, Access::Exclusive);
    if (!db)
        return failWith(io, db.error().message);
    auto code = readSecretLine(io.err, QCoreApplication::translate("rr::Cli", "Recovery code: "));
    if (!code || code->isEmpty())
        return failWith(io, QCoreApplication::translate("rr::Cli", "No recovery code was given."));
    auto password = readNewPassword(io, parser.value(u"name"_s).trimmed());
    if (!password)
        return failWith(io, password.error().message);
    auto next = RecoveryCode(*db).resetPassword(QString::fromUtf8(*code), parser.value(u"name"_s), *password);
    password->fill('\0');
    if (!next)
        return failWith(io, next.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "The password of %1 is reset. The old recovery code is used up; "
                                                     "the new one (shown only now, keep it safe): %2")
                  .arg(parser.value(u"name"_s).trimmed(), *next)
           << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runAccountsCommand(const QStringList &arguments, CliIo &io)
{
    QStringList args = arguments;
    const QString sub = takeSubcommand(args, {u"add"_s, u"disable"_s, u"enable"_s, u"password"_s, u"recover"_s});
    QCommandLineParser parser;
    if (!sub.isEmpty())
        parser.addOption({u"name"_s, QCoreApplication::translate("rr::Cli", "the account's user name"), u"USER"_s});
    if (sub == u"add"_s) {
        parser.addOption({u"staff"_s, QCoreApplication::translate("rr::Cli", "the staff member the account belongs to"),
                          u"NAME"_s});
        parser.addOption({u"role"_s, QCoreApplication::translate("rr::Cli", "a role (code or label); repeatable"),
                          u"ROLE"_s});
    }
    int exitCode = 0;
    if (sub == u"recover"_s) {
        // Nobody can sign in: the recovery code is the way in.
        parser.addOption({u"db"_s, QCoreApplication::translate("rr::Cli", "the data file"), u"FILE"_s});
        if (!parseOptions(parser, args, io, kSynopsis, exitCode))
            return exitCode;
        if (const int missing = requireOptions(parser, {u"db"_s, u"name"_s}, io, kSynopsis))
            return missing;
        return recover(parser, io);
    }
    const bool writes = !sub.isEmpty();
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, args, io, kSynopsis, exitCode, writes);
    if (!db)
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, QCoreApplication::translate("rr::Cli", "unexpected \"%1\".").arg(parser.positionalArguments().first()),
                          kSynopsis);
    if (sub.isEmpty())
        return listAccounts(db, io);
    if (sub == u"add"_s) {
        if (const int missing = requireOptions(parser, {u"staff"_s, u"role"_s}, io, kSynopsis))
            return missing;
        return addAccount(db, parser, io);
    }
    if (sub == u"password"_s)
        return changePassword(db, parser, io);
    if (const int missing = requireOptions(parser, {u"name"_s}, io, kSynopsis))
        return missing;
    return setDisabled(db, parser, io, sub == u"disable"_s);
}

} // namespace rr
