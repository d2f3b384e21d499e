#pragma once
// 学校档案: the school's archive documents per semester and category, with
// their files inside the data file.
#include "common/Result.h"
#include "schoolwork/SchoolWork.h"

#include <memory>
#include <optional>

namespace rr {

class Database;
class Transaction;

class SchoolDocumentRepository {
public:
    explicit SchoolDocumentRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // A semester's documents, by category then date; all categories when none is given.
    Result<QList<SchoolDocument>> inSemester(qint64 semesterId, std::optional<DocumentCategory> category = std::nullopt) const;
    Result<SchoolDocument> byId(qint64 id) const;

    static Result<void> validate(const SchoolDocument &document);
    // The document with the files given (name, bytes) in one action.
    Result<qint64> add(const SchoolDocument &document, const QList<std::pair<QString, QByteArray>> &files = {});
    static Result<qint64> add(Transaction &tx, const SchoolDocument &document, const QList<std::pair<QString, QByteArray>> &files = {});
    // Title, date, semester, category and note; the files are kept.
    Result<void> update(const SchoolDocument &document);
    Result<void> remove(qint64 id);   // with its files

    // Reads `filePath` whole within the attachment limit and adds it to the document.
    Result<qint64> addFile(qint64 documentId, const QString &filePath);
    Result<qint64> addFile(qint64 documentId, const QString &fileName, const QByteArray &data);
    Result<QByteArray> fileContents(qint64 fileId) const;
    Result<void> saveFileTo(qint64 fileId, const QString &targetPath) const;
    Result<void> removeFile(qint64 fileId);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
