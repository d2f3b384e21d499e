// Schema version 14: accounts that sign in to a protected data file, and
// whether the file is protected (chosen at first run).
//
// An account belongs to a staff member (who cannot be deleted while it
// exists) and holds one or more roles (security/AccountRole.h). Only the
// Argon2id hash of its password is stored (security/PasswordHash.h), with
// the count of failed attempts in a row and the time before which the next
// attempt is refused (security/SignIn.h). `protection` has at most one row;
// a file without it (every file before version 14) is not protected. It
// also holds the hash of the administrator's recovery code.
#include "storage/Migrations.h"

namespace rr {

QStringList migration0014Accounts()
{
    return {
        QStringLiteral("CREATE TABLE accounts ("
                       " id INTEGER PRIMARY KEY,"
                       " user_name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(user_name)) > 0),"
                       " staff_id INTEGER NOT NULL REFERENCES staff(id),"
                       " password_hash TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),"
                       " disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),"
                       " failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),"
                       " next_attempt_at TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " changed_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX accounts_staff ON accounts(staff_id)"),
        QStringLiteral("CREATE TABLE account_roles ("
                       " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " role TEXT NOT NULL CHECK (role IN ('admin', 'resource', 'head', 'itinerant', 'counsellor', 'viewer')),"
                       " PRIMARY KEY (account_id, role))"),
        QStringLiteral("CREATE TABLE protection ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " protected INTEGER NOT NULL CHECK (protected IN (0, 1)),"
                       " recovery_hash TEXT NOT NULL DEFAULT '',"
                       " changed_at TEXT NOT NULL)"),
    };
}

} // namespace rr
