#pragma once
// Passwords of accounts are kept only as libsodium's Argon2id string
// (crypto_pwhash_str): algorithm, cost, salt and hash in one line, so the
// cost can rise later without breaking older hashes. INTERACTIVE limits
// (2 passes over 64 MiB, about 0.1–0.3 s on a school PC): a sign-in must
// not keep a teacher waiting, and the growing delay of security/SignIn.h
// slows guessing at the keyboard; copying the file to guess offline meets
// Argon2id's memory cost.
#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace rr {

// The hash of a new password; the password's own rules are checked by the caller.
Result<QString> hashPassword(const QByteArray &password);
// Whether `password` matches `hash`; a malformed hash never matches.
bool passwordMatches(const QString &hash, const QByteArray &password);

// Empty when `password` (UTF-8) may become an account's password, else why not:
// at least 8 characters, as for backups (backup/BackupCrypto.h).
QString accountPasswordProblem(const QByteArray &password);

// The demo school's password, `demo`, for every demo account, and its hash,
// computed once (Argon2id is slow by design, and slower still under the
// sanitizers) and shared by the demo accounts only.
QByteArray demoPassword();
QString demoPasswordHash();

} // namespace rr
