#pragma once
// 活动记录: 教研活动 (topic, participants, content, outcome) and 普特融合活动 /
// 专题活动 (plan, participants, summary, photos), per semester.
#include "common/Result.h"
#include "schoolwork/SchoolWork.h"

#include <memory>
#include <optional>

namespace rr {

class Database;
class Transaction;

class SchoolActivityRepository {
public:
    explicit SchoolActivityRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // A semester's activities by date; of one kind when given. Photos listed, not read.
    Result<QList<SchoolActivity>> inSemester(qint64 semesterId, std::optional<ActivityKind> kind = std::nullopt) const;
    Result<SchoolActivity> byId(qint64 id) const;

    static Result<void> validate(const SchoolActivity &activity);
    Result<qint64> add(const SchoolActivity &activity, const QList<std::pair<QString, QByteArray>> &photos = {});
    static Result<qint64> add(Transaction &tx, const SchoolActivity &activity, const QList<std::pair<QString, QByteArray>> &photos = {});
    Result<void> update(const SchoolActivity &activity);   // the photos are kept
    Result<void> remove(qint64 id);                        // with its photos

    Result<qint64> addPhoto(qint64 activityId, const QString &filePath);
    Result<qint64> addPhoto(qint64 activityId, const QString &fileName, const QByteArray &data);
    Result<void> removePhoto(qint64 fileId);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
