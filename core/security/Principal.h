#pragma once
// Who is acting on the open data file. Set once at sign-in (GUI) or from
// --user (CLI) on the Database, read by core/security/Policy in the
// repositories and by the audit trail as the actor.
//
// A file without accounts (the school chose no protection at first run) has
// the open principal: nobody signed in, every capability allowed, the actor
// named after the current user (school/CurrentUser).
#include "security/AccountRole.h"

#include <QList>
#include <QString>

namespace rr {

struct Principal {
    qint64 accountId = 0;   // 0: no account (an unprotected file)
    qint64 staffId = 0;     // the staff member the account belongs to
    QString userName;       // the account's sign-in name
    QString staffName;      // shown as the actor, the signer and the author
    QList<AccountRole> roles;

    // The principal of a file without accounts.
    static Principal open() { return {}; }
    bool isOpen() const { return accountId == 0; }
    bool has(AccountRole role) const { return roles.contains(role); }
};

} // namespace rr
