#pragma once
// Stores one-to-one counselling sessions. Lists return CounsellingSummary
// (no text); only byId reads a session's notes. Action summaries never hold them.
#include "common/Result.h"
#include "family/Counselling.h"
#include "family/FamilyContactRepository.h"

#include <memory>

namespace rr {

class Database;
class SqlExecutor;
class Transaction;

class CounsellingRepository {
public:
    explicit CounsellingRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // The whole session, notes included. NotFound when there is none.
    Result<CounsellingSession> byId(qint64 id) const;
    // Oldest first, without any text. `from`/`to` invalid: no bound.
    Result<QList<CounsellingSummary>> summariesForStudent(qint64 studentId, const QDate &from = {}, const QDate &to = {}) const;
    // Whole sessions of a student, for the printed record (保密) and --with-sensitive.
    Result<QList<CounsellingSession>> sessionsForStudent(qint64 studentId, const QDate &from = {}, const QDate &to = {}) const;
    static Result<QList<DatedRecord>> datesBetween(const SqlExecutor &sql, const QDate &from, const QDate &to);

    // Refused: no topic, a date in the future or before 2000, texts over their limits.
    Result<qint64> add(const CounsellingSession &session);
    static Result<qint64> add(Transaction &tx, const CounsellingSession &session);
    Result<void> save(const CounsellingSession &session);
    Result<void> remove(qint64 id);

    static Result<void> validate(const CounsellingSession &session, const QDate &today);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
