#pragma once
// An account that signs in to a protected data file: it belongs to a staff
// member and holds one or more roles. Its password hash never leaves
// AccountRepository except to security/SignIn.
#include "security/AccountRole.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rr {

struct Account {
    qint64 id = 0;
    QString userName;      // unique, case-insensitive
    qint64 staffId = 0;
    QString staffName;     // read with the account; not stored in it
    QList<AccountRole> roles;
    bool disabled = false;
    int failedAttempts = 0;        // wrong passwords in a row
    QDateTime nextAttemptAt;       // no attempt before this time (invalid: none waiting)

    bool has(AccountRole role) const { return roles.contains(role); }
};

} // namespace rr
