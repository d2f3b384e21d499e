#include "schoolwork/SchoolFileStore.h"

#include "archive/AttachmentRepository.h"
#include "common/FieldLimits.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMimeDatabase>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kFileColumns = u"f.id, f.file_name, f.mime_type, f.size, f.sha256, f.added_at"_s;

SchoolFile readFile(const SqlRows &q, int first)
{
    return SchoolFile{q.value(first).toLongLong(), q.value(first + 1).toString(), q.value(first + 2).toString(),
                      q.value(first + 3).toLongLong(), q.value(first + 4).toString(),
                      QDateTime::fromString(q.value(first + 5).toString(), u"yyyy-MM-dd HH:mm:ss"_s)};
}

Result<QHash<qint64, QList<SchoolFile>>> filesBy(const SqlExecutor &sql, const QString &ownerColumn, const QString &ownerTable,
                                                 const QString &where, const SqlParams &params)
{
    auto rows = readList(sql,
                         u"SELECT f."_s + ownerColumn + u", "_s + kFileColumns + u" FROM school_files f JOIN "_s + ownerTable
                             + u" o ON o.id = f."_s + ownerColumn + u" "_s + where + u" ORDER BY f.added_at, f.id"_s,
                         params, [](const SqlRows &q) { return std::pair{q.value(0).toLongLong(), readFile(q, 1)}; });
    if (!rows)
        return rows.error();
    QHash<qint64, QList<SchoolFile>> out;
    for (const auto &[owner, file] : std::as_const(*rows))
        out[owner] << file;
    return out;
}

Error fileGone()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::SchoolWork", "The file is no longer in the archive."));
}

} // namespace

Result<qint64> SchoolFileStore::add(Transaction &tx, const SchoolFileOwner &owner, const QString &fileName, const QByteArray &data)
{
    const QString name = fileName.trimmed();
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "The file needs a name."));
    if (auto tooLong = checkFieldLengths({{QT_TRANSLATE_NOOP("rr::Fields", "File name"), name, FieldKind::Address}}); !tooLong)
        return tooLong.error();
    if (data.size() > AttachmentRepository::kMaxBytes)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "The file is larger than %1 MB.")
                                                      .arg(AttachmentRepository::kMaxBytes / 1024 / 1024));
    if ((owner.documentId > 0) == (owner.activityId > 0))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "A file belongs to one document or one activity."));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(name, data).name();
    auto id = tx.insert(u"INSERT INTO school_files(document_id, activity_id, file_name, mime_type, size, sha256, added_at) "
                        "VALUES (:d, :a, :name, :mime, :size, :sha, :now)"_s,
                        {{":d", owner.documentId > 0 ? QVariant(owner.documentId) : QVariant()},
                         {":a", owner.activityId > 0 ? QVariant(owner.activityId) : QVariant()},
                         {":name", name}, {":mime", mime}, {":size", qint64(data.size())}, {":sha", sha},
                         {":now", sqlDateTime(tx.now())}});
    if (!id)
        return id.error();
    if (auto stored = run(tx, u"INSERT INTO school_file_data(file_id, data) VALUES (:id, :data)"_s, {{":id", *id}, {":data", data}});
        !stored)
        return stored.error();
    return *id;
}

Result<QHash<qint64, QList<SchoolFile>>> SchoolFileStore::filesOfDocuments(const SqlExecutor &sql, const QString &where,
                                                                           const SqlParams &params)
{
    return filesBy(sql, u"document_id"_s, u"school_documents"_s, where, params);
}

Result<QHash<qint64, QList<SchoolFile>>> SchoolFileStore::filesOfActivities(const SqlExecutor &sql, const QString &where,
                                                                            const SqlParams &params)
{
    return filesBy(sql, u"activity_id"_s, u"school_activities"_s, where, params);
}

Result<QByteArray> SchoolFileStore::contents(const SqlExecutor &sql, qint64 fileId)
{
    // length() reads the blob's size, not the blob: an oversized one is never loaded.
    auto q = sql.exec(u"SELECT length(data), CASE WHEN length(data) <= :max THEN data END FROM school_file_data "
                      "WHERE file_id = :id"_s,
                      {{":id", fileId}, {":max", AttachmentRepository::kMaxStoredBytes}});
    if (!q)
        return q.error();
    if (!q->next())
        return fileGone();
    const qint64 size = q->value(0).toLongLong();
    if (size > AttachmentRepository::kMaxStoredBytes)
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::SchoolWork", "This file holds %1 MB, more than ResourceRoom ever stores (%2 MB); "
                                                                       "the data file was changed by another program.")
                             .arg(size / 1024 / 1024)
                             .arg(AttachmentRepository::kMaxBytes / 1024 / 1024));
    return q->value(1).toByteArray();
}

Result<void> SchoolFileStore::remove(Transaction &tx, qint64 fileId)
{
    auto done = tx.exec(u"DELETE FROM school_files WHERE id = :id"_s, {{":id", fileId}});
    if (!done)
        return done.error();
    if (done->numRowsAffected() == 0)
        return fileGone();
    return {};
}

} // namespace rr
