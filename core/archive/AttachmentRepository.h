#pragma once
#include "archive/Attachment.h"
#include "common/Result.h"

#include <QList>
#include <memory>

namespace rr {

class Database;
class Transaction;

class AttachmentRepository {
public:
    // Scans of a whole booklet stay well below this; larger files are refused
    // so one careless drop cannot bloat every backup.
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;
    // Earlier versions accepted up to 50 MB. Anything larger was never stored
    // by ResourceRoom (a file changed by another program) and is not loaded.
    static constexpr qint64 kMaxStoredBytes = 64 * 1024 * 1024;

    explicit AttachmentRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<QList<Attachment>> forStudent(qint64 studentId) const;
    Result<QByteArray> contents(qint64 attachmentId) const;
    // Reads `filePath` whole and stores it; the file itself is not changed.
    Result<qint64> addFile(const Attachment &meta, const QString &filePath);
    // A file's bytes, read whole within kMaxBytes, with the same refusals for
    // every file the data file stores (the school archive's files too).
    static Result<QByteArray> readFileWithinLimit(const QString &filePath);
    static Result<qint64> add(Transaction &tx, Attachment meta, const QByteArray &data);
    Result<void> saveTo(qint64 attachmentId, const QString &targetPath) const;
    Result<void> remove(qint64 attachmentId);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
