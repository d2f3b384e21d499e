#pragma once
// The SQL behind IepRepository, shared by its read and write paths. Reads
// take an SqlExecutor, so the same code reads through the Database and inside
// an action's Transaction. Internal to core/iep.
#include "common/Result.h"
#include "iep/Iep.h"
#include "storage/SqlExecutor.h"

#include <QHash>
#include <QList>
#include <type_traits>
#include <utility>

namespace rr {

class Transaction;

namespace iepstore {

// Every row mapped by `map` to a (key, value) pair, as a hash.
template <typename Map, typename Pair = std::invoke_result_t<Map &, const SqlRows &>>
Result<QHash<typename Pair::first_type, typename Pair::second_type>> readHash(const SqlExecutor &sql, const QString &statement,
                                                                              const SqlParams &params, Map &&map)
{
    auto rows = readList(sql, statement, params, std::forward<Map>(map));
    if (!rows)
        return rows.error();
    QHash<typename Pair::first_type, typename Pair::second_type> hash;
    for (const auto &[key, value] : std::as_const(*rows))
        hash.insert(key, value);
    return hash;
}

// The plans `condition` selects (an SQL condition on `ieps i`, its
// placeholders bound from `params`), oldest semester first, each with its
// whole content. One query per table, however many plans there are.
Result<QList<Iep>> loadWhere(const SqlExecutor &sql, const QString &condition, const SqlParams &params);
// One plan; NotFound when there is none.
Result<Iep> load(const SqlExecutor &sql, qint64 iepId);
Error notFound(qint64 iepId);

// Writes `content` over the stored one. Goals and objectives whose id is
// kept are updated in place, so their progress data stay attached; removing
// an objective that has data is refused. Evaluation results are not touched.
Result<void> writeContent(Transaction &tx, qint64 iepId, const IepContent &content);

} // namespace iepstore
} // namespace rr
