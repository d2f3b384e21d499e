#pragma once
// The administrator's recovery code: made at setup (and again after each
// use), shown once to be printed or copied, stored only as its Argon2id
// hash. With it an administrator's forgotten password is replaced.
//
// 24 characters from 31 that are hard to confuse (no 0/O, 1/I/L), in groups
// of four: 118 random bits, so no delay is needed against guessing it.
#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace rr {

class Database;
class Transaction;

class RecoveryCode {
public:
    explicit RecoveryCode(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // A new random code, grouped for reading ("ABCD-EFGH-…").
    static QString generate();
    // Upper case without spaces or dashes: what is hashed and compared.
    static QByteArray normalized(const QString &code);

    // Protects the file inside the setup's action: the new code's hash is stored; the code is returned to be shown once.
    static Result<QString> protect(Transaction &tx);

    // Gives the administrator `userName` the password `newPassword` when
    // `code` is the file's recovery code. The code is used up: a new one is
    // returned, to be shown once like the first.
    Result<QString> resetPassword(const QString &code, const QString &userName, const QByteArray &newPassword);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
