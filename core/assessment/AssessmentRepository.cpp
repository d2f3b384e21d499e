#include "assessment/AssessmentRepository.h"

#include "assessment/Interpretation.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSelect = u"SELECT id, student_id, instrument, assessed_on, assessor, results, conclusion, attachment_id "
                        "FROM assessments "_s;

QList<Assessment> readAll(Result<SqlRows> q)
{
    QList<Assessment> list;
    while (q && q->next()) {
        Assessment a;
        a.id = q->value(0).toLongLong();
        a.studentId = q->value(1).toLongLong();
        instrumentFromKey(q->value(2).toString(), &a.instrument);
        a.date = dateFromSql(q->value(3));
        a.assessor = q->value(4).toString();
        a.results = QJsonDocument::fromJson(q->value(5).toByteArray()).object().toVariantMap();
        a.conclusion = q->value(6).toString();
        a.attachmentId = q->value(7).toLongLong();
        list.append(a);
    }
    return list;
}

} // namespace

std::optional<Assessment> AssessmentRepository::byId(qint64 id) const
{
    const auto list = readAll(m_db->exec(kSelect + u"WHERE id = :id"_s, {{":id", id}}));
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<Assessment> AssessmentRepository::forStudent(qint64 studentId) const
{
    return readAll(m_db->exec(kSelect + u"WHERE student_id = :s ORDER BY assessed_on DESC, id DESC"_s, {{":s", studentId}}));
}

QList<Assessment> AssessmentRepository::latestPerInstrument(qint64 studentId) const
{
    QList<Assessment> latest;
    QList<Instrument> seen;
    for (const Assessment &a : forStudent(studentId))   // newest first: the first of each wins
        if (!seen.contains(a.instrument)) {
            seen.append(a.instrument);
            latest.append(a);
        }
    return latest;
}

Result<qint64> AssessmentRepository::add(Transaction &tx, const Assessment &a)
{
    if (!a.date.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Assessment", "The assessment needs a date."));
    auto results = checkResults(a.instrument, a.results);
    if (!results)
        return results.error();
    const QString conclusion = a.conclusion.trimmed().isEmpty() ? interpretResults(a.instrument, *results) : a.conclusion.trimmed();
    auto id = tx.insert(u"INSERT INTO assessments(student_id, instrument, assessed_on, assessor, results, conclusion, attachment_id) "
                        "VALUES (:s, :i, :d, :a, :r, :c, :att)"_s,
                        {{":s", a.studentId}, {":i", instrumentKey(a.instrument)}, {":d", isoDate(a.date)},
                         {":a", nullIfEmpty(a.assessor)},
                         {":r", QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(*results)).toJson(QJsonDocument::Compact))},
                         {":c", nullIfEmpty(conclusion)}, {":att", a.attachmentId > 0 ? QVariant(a.attachmentId) : QVariant()}});
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
