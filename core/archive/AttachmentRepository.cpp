#include "archive/AttachmentRepository.h"

#include "common/BoundedRead.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>

namespace rr {

using namespace Qt::Literals::StringLiterals;


Result<QList<Attachment>> AttachmentRepository::forStudent(qint64 studentId) const
{
    return readList(*m_db, u"SELECT id, student_id, archive_item, school_year, file_name, mime_type, size, sha256, note, "
                           "added_at FROM attachments WHERE student_id = :s ORDER BY archive_item, added_at, id"_s,
                    {{":s", studentId}}, [](const SqlRows &q) {
                        return Attachment{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                                          q.value(3).toInt(), q.value(4).toString(), q.value(5).toString(),
                                          q.value(6).toLongLong(), q.value(7).toString(), q.value(8).toString(),
                                          QDateTime::fromString(q.value(9).toString(), u"yyyy-MM-dd HH:mm:ss"_s)};
                    });
}

Result<QByteArray> AttachmentRepository::contents(qint64 attachmentId) const
{
    // length() reads the blob's size, not the blob: an oversized one is never loaded.
    auto q = m_db->exec(u"SELECT length(data), CASE WHEN length(data) <= :max THEN data END FROM attachment_data "
                         "WHERE attachment_id = :id"_s,
                         {{":id", attachmentId}, {":max", kMaxStoredBytes}});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Archive", "The file is no longer in the archive."));
    const qint64 size = q->value(0).toLongLong();
    if (size > kMaxStoredBytes)
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Archive", "This file holds %1 MB, more than ResourceRoom ever stores (%2 MB); "
                                                                    "the data file was changed by another program.")
                             .arg(size / 1024 / 1024)
                             .arg(kMaxBytes / 1024 / 1024));
    return q->value(1).toByteArray();
}

Result<qint64> AttachmentRepository::add(Transaction &tx, Attachment meta, const QByteArray &data)
{
    if (meta.fileName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Archive", "The file needs a name."));
    if (data.size() > kMaxBytes)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Archive", "The file is larger than %1 MB.").arg(kMaxBytes / 1024 / 1024));
    if (meta.archiveItem < 0 || meta.archiveItem > 10)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Archive", "Unknown archive item."));
    meta.size = data.size();
    meta.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    if (meta.mimeType.isEmpty())
        meta.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(meta.fileName, data).name();
    auto id = tx.insert(u"INSERT INTO attachments(student_id, archive_item, school_year, file_name, mime_type, size, "
                        "sha256, note, added_at) VALUES (:s, :item, :year, :name, :mime, :size, :sha, :note, :now)"_s,
                        {{":s", meta.studentId}, {":item", meta.archiveItem > 0 ? QVariant(meta.archiveItem) : QVariant()},
                         {":year", meta.schoolYear > 0 ? QVariant(meta.schoolYear) : QVariant()},
                         {":name", meta.fileName.trimmed()}, {":mime", meta.mimeType}, {":size", meta.size},
                         {":sha", meta.sha256}, {":note", nullIfEmpty(meta.note)}, {":now", sqlDateTime(tx.now())}});
    if (!id)
        return id.error();
    auto stored = tx.exec(u"INSERT INTO attachment_data(attachment_id, data) VALUES (:id, :data)"_s,
                          {{":id", *id}, {":data", data}});
    if (!stored)
        return stored.error();
    return *id;
}

Result<QByteArray> AttachmentRepository::readFileWithinLimit(const QString &filePath)
{
    QFile file(filePath);
    if (QFileInfo(filePath).size() > kMaxBytes)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Archive", "The file is larger than %1 MB.").arg(kMaxBytes / 1024 / 1024));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Archive", "Could not read %1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString()));
    // Read no more than the limit allows: a device or a file still growing
    // has no honest size.
    const std::optional<QByteArray> read = readAtMost(file, kMaxBytes);
    if (!read && file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Archive", "Could not read %1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString()));
    if (!read)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Archive", "The file is larger than %1 MB.").arg(kMaxBytes / 1024 / 1024));
    return *read;
}

Result<qint64> AttachmentRepository::addFile(const Attachment &meta, const QString &filePath)
{
    const Result<QByteArray> read = readFileWithinLimit(filePath);
    if (!read)
        return read.error();
    const QByteArray &data = *read;
    Attachment named = meta;
    if (named.fileName.isEmpty())
        named.fileName = QFileInfo(filePath).fileName();
    // The summary names the kind of file only; file names can hold a child's name.
    return m_db->writeReturningId({u"attachment.add"_s, u"archive item %1"_s.arg(named.archiveItem)},
                                  [&](Transaction &tx) { return add(tx, named, data); });
}

Result<void> AttachmentRepository::saveTo(qint64 attachmentId, const QString &targetPath) const
{
    auto data = contents(attachmentId);
    if (!data)
        return data.error();
    QSaveFile out(targetPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(*data) != data->size() || !out.commit())
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Archive", "Could not write %1: %2").arg(QDir::toNativeSeparators(targetPath), out.errorString()));
    return {};
}

Result<void> AttachmentRepository::remove(qint64 attachmentId)
{
    return m_db->write({u"attachment.remove"_s, QString::number(attachmentId)}, [&](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"DELETE FROM attachments WHERE id = :id"_s, {{":id", attachmentId}});
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Archive", "The file is no longer in the archive."));
        return {};
    });
}

} // namespace rr
