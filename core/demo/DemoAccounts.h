#pragma once
// The demo school's accounts: one per role, each belonging to a demo staff
// member, all with the password `demo` (demo only; the sign-in dialog says
// so). The demo opens signed in as its resource teacher.
#include "common/Result.h"
#include "security/AccountRole.h"
#include "security/Principal.h"

#include <QHash>
#include <QList>
#include <QString>
#include <memory>

namespace rr {

class Database;
class Transaction;

struct DemoAccount {
    QString userName;
    QString staffName;   // a demoStaff() member
    AccountRole role;
};

QList<DemoAccount> demoAccounts();
// The user name of the demo's resource teacher (马晓燕).
QString demoResourceTeacherUserName();

// Protects the demo file and adds the accounts (no recovery code: the demo
// has nothing to recover). `staffIds` by name, as DemoSchool builds them.
Result<void> addDemoAccounts(Transaction &tx, const QHash<QString, qint64> &staffIds);

// Signs the demo's resource teacher in without asking: the program made
// this file itself a moment ago. Refused on a file without her account.
Result<Principal> signInDemoResourceTeacher(const std::shared_ptr<Database> &db);

} // namespace rr
