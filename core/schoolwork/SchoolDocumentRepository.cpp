#include "schoolwork/SchoolDocumentRepository.h"

#include "archive/AttachmentRepository.h"
#include "common/FieldLimits.h"
#include "schoolwork/SchoolFileStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSelect = u"SELECT id, category, title, doc_date, semester_id, note FROM school_documents "_s;

SchoolDocument readDocument(const SqlRows &q)
{
    SchoolDocument d;
    d.id = q.value(0).toLongLong();
    documentCategoryFromKey(q.value(1).toString(), &d.category);
    d.title = q.value(2).toString();
    d.date = dateFromSql(q.value(3));
    d.semesterId = q.value(4).toLongLong();
    d.note = q.value(5).toString();
    return d;
}

Error gone()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::SchoolWork", "The archive document no longer exists."));
}

// The semester exists and holds the date.
Result<void> checkSemester(Transaction &tx, const SchoolDocument &d)
{
    auto range = readOne(tx, u"SELECT start_date, end_date FROM semesters WHERE id = :id"_s, {{":id", d.semesterId}},
                         [](const SqlRows &q) { return std::pair{dateFromSql(q.value(0)), dateFromSql(q.value(1))}; });
    if (!range)
        return range.error();
    if (!*range)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::SchoolWork", "The semester no longer exists."));
    if (d.date < (*range)->first || d.date > (*range)->second)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "The date lies outside the semester."));
    return {};
}

} // namespace

Result<QList<SchoolDocument>> SchoolDocumentRepository::inSemester(qint64 semesterId, std::optional<DocumentCategory> category) const
{
    QString where = u"WHERE semester_id = :s"_s;
    SqlParams params{{":s", semesterId}};
    if (category) {
        where += u" AND category = :c"_s;
        params.push_back({":c", documentCategoryKey(*category)});
    }
    auto list = readList(*m_db, kSelect + where + u" ORDER BY doc_date, id"_s, params, readDocument);
    if (!list)
        return list;
    QString fileWhere = where;
    fileWhere.replace(u"semester_id"_s, u"o.semester_id"_s).replace(u"category"_s, u"o.category"_s);
    auto files = SchoolFileStore::filesOfDocuments(*m_db, fileWhere, params);
    if (!files)
        return files.error();
    for (SchoolDocument &d : *list)
        d.files = files->value(d.id);
    // The categories in the order of 附件6, each by date.
    const QList<DocumentCategory> order = allDocumentCategories();
    std::stable_sort(list->begin(), list->end(), [&](const SchoolDocument &a, const SchoolDocument &b) {
        return order.indexOf(a.category) < order.indexOf(b.category);
    });
    return list;
}

Result<SchoolDocument> SchoolDocumentRepository::byId(qint64 id) const
{
    auto found = readOne(*m_db, kSelect + u"WHERE id = :id"_s, {{":id", id}}, readDocument);
    if (!found)
        return found.error();
    if (!*found)
        return gone();
    SchoolDocument d = **found;
    auto files = SchoolFileStore::filesOfDocuments(*m_db, u"WHERE o.id = :id"_s, {{":id", id}});
    if (!files)
        return files.error();
    d.files = files->value(id);
    return d;
}

Result<void> SchoolDocumentRepository::validate(const SchoolDocument &d)
{
    if (d.title.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "The document needs a title."));
    if (!d.date.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "The document needs a date."));
    if (d.semesterId <= 0)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "Choose the semester the document belongs to."));
    return checkFieldLengths({
        {QT_TRANSLATE_NOOP("rr::Fields", "Title"), d.title, FieldKind::Address},
        {QT_TRANSLATE_NOOP("rr::Fields", "Note"), d.note, FieldKind::LongText},
    });
}

Result<qint64> SchoolDocumentRepository::add(const SchoolDocument &document, const QList<std::pair<QString, QByteArray>> &files)
{
    if (auto valid = validate(document); !valid)
        return valid.error();
    return m_db->writeReturningId({u"school-document.add"_s, documentCategoryKey(document.category)},
                                  [&](Transaction &tx) { return add(tx, document, files); });
}

Result<qint64> SchoolDocumentRepository::add(Transaction &tx, const SchoolDocument &document,
                                             const QList<std::pair<QString, QByteArray>> &files)
{
    if (auto valid = validate(document); !valid)
        return valid.error();
    if (auto ok = checkSemester(tx, document); !ok)
        return ok.error();
    auto id = tx.insert(u"INSERT INTO school_documents(category, title, doc_date, semester_id, note, created_at) "
                        "VALUES (:c, :t, :d, :s, :n, :now)"_s,
                        {{":c", documentCategoryKey(document.category)}, {":t", document.title.trimmed()},
                         {":d", isoDate(document.date)}, {":s", document.semesterId}, {":n", document.note.trimmed()},
                         {":now", sqlDateTime(tx.now())}});
    if (!id)
        return id;
    for (const auto &[name, data] : files)
        if (auto added = SchoolFileStore::add(tx, SchoolFileOwner{*id, 0}, name, data); !added)
            return added.error();
    return id;
}

Result<void> SchoolDocumentRepository::update(const SchoolDocument &document)
{
    if (auto valid = validate(document); !valid)
        return valid;
    return m_db->write({u"school-document.update"_s, QString::number(document.id)}, [&](Transaction &tx) -> Result<void> {
        if (auto ok = checkSemester(tx, document); !ok)
            return ok;
        auto done = tx.exec(u"UPDATE school_documents SET category = :c, title = :t, doc_date = :d, semester_id = :s, note = :n "
                            "WHERE id = :id"_s,
                            {{":c", documentCategoryKey(document.category)}, {":t", document.title.trimmed()},
                             {":d", isoDate(document.date)}, {":s", document.semesterId}, {":n", document.note.trimmed()},
                             {":id", document.id}});
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return gone();
        return {};
    });
}

Result<void> SchoolDocumentRepository::remove(qint64 id)
{
    return m_db->write({u"school-document.remove"_s, QString::number(id)}, [&](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"DELETE FROM school_documents WHERE id = :id"_s, {{":id", id}});
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return gone();
        return {};
    });
}

Result<qint64> SchoolDocumentRepository::addFile(qint64 documentId, const QString &filePath)
{
    auto data = AttachmentRepository::readFileWithinLimit(filePath);
    if (!data)
        return data.error();
    return addFile(documentId, QFileInfo(filePath).fileName(), *data);
}

Result<qint64> SchoolDocumentRepository::addFile(qint64 documentId, const QString &fileName, const QByteArray &data)
{
    // The summary names the document only; a file name can hold a child's name.
    return m_db->writeReturningId({u"school-document.file.add"_s, QString::number(documentId)}, [&](Transaction &tx) -> Result<qint64> {
        auto exists = readValue(tx, u"SELECT 1 FROM school_documents WHERE id = :id"_s, {{":id", documentId}});
        if (!exists)
            return exists.error();
        if (exists->isNull())
            return gone();
        return SchoolFileStore::add(tx, SchoolFileOwner{documentId, 0}, fileName, data);
    });
}

Result<QByteArray> SchoolDocumentRepository::fileContents(qint64 fileId) const
{
    return SchoolFileStore::contents(*m_db, fileId);
}

Result<void> SchoolDocumentRepository::saveFileTo(qint64 fileId, const QString &targetPath) const
{
    auto data = fileContents(fileId);
    if (!data)
        return data.error();
    QSaveFile out(targetPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(*data) != data->size() || !out.commit())
        return makeError(ErrorCode::FileUnusable, QCoreApplication::translate("rr::SchoolWork", "Could not write %1: %2")
                                                      .arg(QDir::toNativeSeparators(targetPath), out.errorString()));
    return {};
}

Result<void> SchoolDocumentRepository::removeFile(qint64 fileId)
{
    return m_db->write({u"school-document.file.remove"_s, QString::number(fileId)},
                       [&](Transaction &tx) { return SchoolFileStore::remove(tx, fileId); });
}

} // namespace rr
