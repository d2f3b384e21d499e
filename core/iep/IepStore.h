#pragma once
// The SQL behind IepRepository, shared by its read and write paths. Reads
// take a runner so the same code reads outside and inside a transaction.
// Internal to core/iep.
#include "common/Result.h"
#include "iep/Iep.h"
#include "storage/SqlExecutor.h"
#include "storage/SqlParams.h"

#include <functional>
#include <optional>

namespace rr {

class Database;
class Transaction;

namespace iepstore {

using SqlRunner = std::function<Result<SqlRows>(const QString &sql, const SqlParams &params)>;
SqlRunner runnerOf(const Database &db);
SqlRunner runnerOf(Transaction &tx);

std::optional<Iep> load(const SqlRunner &run, qint64 iepId);
QList<qint64> idsForStudent(const SqlRunner &run, qint64 studentId);   // oldest semester first

// Writes `content` over the stored one. Goals and objectives whose id is
// kept are updated in place, so their progress data stay attached; removing
// an objective that has data is refused. Evaluation results are not touched.
Result<void> writeContent(Transaction &tx, qint64 iepId, const IepContent &content);

} // namespace iepstore
} // namespace rr
