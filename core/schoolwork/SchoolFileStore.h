#pragma once
// The files of the school's archive (a document's scans, an activity's
// photos), stored inside the data file like a student's attachments and
// under the same limits (archive/AttachmentRepository).
#include "common/Result.h"
#include "schoolwork/SchoolWork.h"
#include "storage/SqlParams.h"

#include <QByteArray>
#include <QHash>

namespace rr {

class Database;
class SqlExecutor;
class Transaction;

// What a file belongs to: exactly one document or one activity.
struct SchoolFileOwner {
    qint64 documentId = 0;
    qint64 activityId = 0;
};

class SchoolFileStore {
public:
    // Checks the name and the size, stores the bytes; the new file's id.
    static Result<qint64> add(Transaction &tx, const SchoolFileOwner &owner, const QString &fileName, const QByteArray &data);
    // The files of the given documents (or activities), by owner id, oldest first.
    static Result<QHash<qint64, QList<SchoolFile>>> filesOfDocuments(const SqlExecutor &sql, const QString &documentWhere,
                                                                     const SqlParams &params);
    static Result<QHash<qint64, QList<SchoolFile>>> filesOfActivities(const SqlExecutor &sql, const QString &activityWhere,
                                                                      const SqlParams &params);
    // The stored bytes; an oversized blob (changed by another program) is refused unread.
    static Result<QByteArray> contents(const SqlExecutor &sql, qint64 fileId);
    static Result<void> remove(Transaction &tx, qint64 fileId);
};

} // namespace rr
