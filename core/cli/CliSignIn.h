#pragma once
// The CLI's sign-in: `--user NAME` may follow any command; runCli takes it
// out of the arguments before the command parses its own. Every command
// that opens a data file signs in right after opening it: a protected file
// needs --user and the account's password, read from the terminal without
// echo or as one line of standard input when it is not a terminal. A file
// without accounts ignores --user.
#include "common/Result.h"

#include <QStringList>
#include <memory>

namespace rr {

class Database;

// Removes `--user NAME` / `--user=NAME` from `arguments` and remembers the
// name; false (with `problem` set) when --user has no name.
bool takeCliUser(QStringList &arguments, QString &problem);
QString cliUser();
// The command being run (its first word), for the policy's check of what it
// shows once someone is signed in.
void setCliCommand(const QString &word);

// On a protected file signs --user in (Database::setPrincipal); refused
// without --user, with a wrong password, a disabled account or while the
// account waits after wrong passwords.
Result<void> signInForCli(const std::shared_ptr<Database> &db);

} // namespace rr
