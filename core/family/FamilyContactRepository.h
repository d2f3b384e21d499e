#pragma once
// Stores contacts with families. Each public write is one user action; the
// Action summary never holds what was said.
#include "common/Result.h"
#include "family/FamilyContact.h"

#include <memory>

namespace rr {

class Database;
class SqlExecutor;
class Transaction;

class FamilyContactRepository {
public:
    explicit FamilyContactRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // NotFound when there is no such contact.
    Result<FamilyContact> byId(qint64 id) const;
    // Oldest first (date, time). `from`/`to` invalid: no bound.
    Result<QList<FamilyContact>> forStudent(qint64 studentId, const QDate &from = {}, const QDate &to = {}) const;
    // Every student's, by date, then student name.
    Result<QList<FamilyContact>> between(const QDate &from, const QDate &to) const;
    static Result<QList<DatedRecord>> datesBetween(const SqlExecutor &sql, const QDate &from, const QDate &to);
    // Every student on file, in roster order (grade, class, name), for the monthly checks.
    static Result<QList<FamilyCheckStudent>> studentsToCheck(const SqlExecutor &sql);

    // Refused: no content, a date in the future or before 2000, a follow-up
    // due before the contact or without a follow-up, texts over their limits.
    Result<qint64> add(const FamilyContact &contact);
    static Result<qint64> add(Transaction &tx, const FamilyContact &contact);
    Result<void> save(const FamilyContact &contact);   // the stored contact of contact.id, same student
    Result<void> remove(qint64 id);

    static Result<void> validate(const FamilyContact &contact, const QDate &today);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
