#pragma once
// Signing in to a protected data file, from the GUI's sign-in and lock
// dialogs and the CLI's --user. A right password makes the account's staff
// member the principal of the Database (security/Principal.h), and so the
// current user (school/CurrentUser.h): the signer, the author, the actor.
//
// Wrong passwords bring a growing delay: from the third one in a row the
// next attempt is refused until a time kept with the account (so it holds
// across program starts and for the CLI too), taken from the Database's
// clock. Core never sleeps; the caller says how long to wait.
#include "common/Result.h"
#include "security/Account.h"
#include "security/Principal.h"

#include <QByteArray>
#include <memory>

namespace rr {

class Database;

class SignIn {
public:
    explicit SignIn(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // Seconds the next attempt waits after `failures` wrong passwords in a
    // row: none for the first two, then 5 s doubling up to 15 minutes.
    static int delayAfter(int failures);
    static Principal principalOf(const Account &account);

    // On success sets and returns the Database's principal. A wrong user name
    // and a wrong password give the same refusal; a waiting account is
    // refused without its password being checked.
    Result<Principal> signIn(const QString &userName, const QByteArray &password);
    // The idle lock: the signed-in account's password again, under the same
    // delay. The principal stays as it was, whatever the answer.
    Result<void> confirm(const QByteArray &password);
    // Back to nobody signed in; the caller asks for a sign-in before anything else.
    void signOut();

    static QString wrongMessage();
    static QString waitMessage(int seconds);

private:
    Result<Account> check(const QString &userName, const QByteArray &password);
    std::shared_ptr<Database> m_db;
};

} // namespace rr
