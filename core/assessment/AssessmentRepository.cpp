#include "assessment/AssessmentRepository.h"

#include "assessment/Interpretation.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kColumns = u"id, student_id, instrument, assessed_on, assessor, results, conclusion, attachment_id"_s;

Assessment readAssessment(const SqlRows &q)
{
    Assessment a;
    a.id = q.value(0).toLongLong();
    a.studentId = q.value(1).toLongLong();
    instrumentFromKey(q.value(2).toString(), &a.instrument);
    a.date = dateFromSql(q.value(3));
    a.assessor = q.value(4).toString();
    a.results = QJsonDocument::fromJson(q.value(5).toByteArray()).object().toVariantMap();
    a.conclusion = q.value(6).toString();
    a.attachmentId = q.value(7).toLongLong();
    return a;
}

// The newest assessment of each student and instrument among those `where`
// selects: a window over the stored rows, so only those rows are read.
Result<QList<Assessment>> readLatest(const Database &db, const QString &where, const SqlParams &params)
{
    return readList(db,
                    u"SELECT "_s + kColumns + u" FROM (SELECT "_s + kColumns
                        + u", row_number() OVER (PARTITION BY student_id, instrument ORDER BY assessed_on DESC, id DESC) AS newest "
                          "FROM assessments "_s
                        + where + u") latest WHERE newest = 1 ORDER BY student_id, assessed_on DESC, id DESC"_s,
                    params, readAssessment);
}

} // namespace

Result<Assessment> AssessmentRepository::byId(qint64 id) const
{
    auto found = readOne(*m_db, u"SELECT "_s + kColumns + u" FROM assessments WHERE id = :id"_s, {{":id", id}}, readAssessment);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Assessment", "There is no such assessment."));
    return **found;
}

Result<QList<Assessment>> AssessmentRepository::forStudent(qint64 studentId) const
{
    return readList(*m_db, u"SELECT "_s + kColumns + u" FROM assessments WHERE student_id = :s ORDER BY assessed_on DESC, id DESC"_s,
                    {{":s", studentId}}, readAssessment);
}

Result<QList<Assessment>> AssessmentRepository::latestPerInstrument(qint64 studentId) const
{
    return readLatest(*m_db, u"WHERE student_id = :s"_s, {{":s", studentId}});
}

Result<QList<Assessment>> AssessmentRepository::latestPerInstrument() const
{
    return readLatest(*m_db, {}, {});
}

Result<qint64> AssessmentRepository::add(Transaction &tx, const Assessment &a)
{
    if (!a.date.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Assessment", "The assessment needs a date."));
    auto results = checkResults(a.instrument, a.results);
    if (!results)
        return results.error();
    const QString conclusion = a.conclusion.trimmed().isEmpty() ? interpretResults(a.instrument, *results) : a.conclusion.trimmed();
    auto id = tx.insert(u"INSERT INTO assessments(student_id, instrument, assessed_on, assessor, results, conclusion, "
                        "attachment_id, recorded_at) VALUES (:s, :i, :d, :a, :r, :c, :att, :now)"_s,
                        {{":s", a.studentId}, {":i", instrumentKey(a.instrument)}, {":d", isoDate(a.date)},
                         {":a", nullIfEmpty(a.assessor)},
                         {":r", QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(*results)).toJson(QJsonDocument::Compact))},
                         {":c", nullIfEmpty(conclusion)}, {":att", a.attachmentId > 0 ? QVariant(a.attachmentId) : QVariant()},
                         {":now", sqlDateTime(tx.now())}});
    if (!id && id.error().code == ErrorCode::Conflict)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Assessment", "The student or the attached report does not exist."));
    return id;
}

Result<qint64> AssessmentRepository::add(const Assessment &assessment)
{
    // Results are sensitive: the summary names only the instrument.
    return m_db->writeReturningId({u"assessment.add"_s, u"assessment added: "_s + instrumentKey(assessment.instrument)},
                                  [&](Transaction &tx) { return add(tx, assessment); });
}

Result<void> AssessmentRepository::update(Transaction &tx, const Assessment &a)
{
    if (!a.date.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Assessment", "The assessment needs a date."));
    auto results = checkResults(a.instrument, a.results);
    if (!results)
        return results.error();
    const QString conclusion = a.conclusion.trimmed().isEmpty() ? interpretResults(a.instrument, *results) : a.conclusion.trimmed();
    auto done = tx.exec(u"UPDATE assessments SET instrument = :i, assessed_on = :d, assessor = :a, results = :r, "
                        "conclusion = :c, attachment_id = :att WHERE id = :id"_s,
                        {{":i", instrumentKey(a.instrument)}, {":d", isoDate(a.date)}, {":a", nullIfEmpty(a.assessor)},
                         {":r", QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(*results)).toJson(QJsonDocument::Compact))},
                         {":c", nullIfEmpty(conclusion)}, {":att", a.attachmentId > 0 ? QVariant(a.attachmentId) : QVariant()},
                         {":id", a.id}});
    if (!done)
        return done.error().code == ErrorCode::Conflict
            ? makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Assessment", "The attached report does not exist."))
            : done.error();
    if (done->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Assessment", "There is no such assessment."));
    return {};
}

Result<void> AssessmentRepository::update(const Assessment &assessment)
{
    return m_db->write({u"assessment.update"_s, u"assessment changed: "_s + instrumentKey(assessment.instrument)},
                       [&](Transaction &tx) { return update(tx, assessment); });
}

Result<void> AssessmentRepository::remove(qint64 id)
{
    return m_db->write({u"assessment.remove"_s, u"assessment %1 removed"_s.arg(id)}, [&](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"DELETE FROM assessments WHERE id = :id"_s, {{":id", id}});
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Assessment", "There is no such assessment."));
        return {};
    });
}

} // namespace rr
