#include "inspection/InspectionRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray countsToJson(const InspectionCounts &c)
{
    const QJsonObject o{{u"students"_s, c.students},       {u"instructors"_s, c.instructors},
                        {u"sessions"_s, c.sessions},       {u"student_records"_s, c.studentRecords},
                        {u"weeks"_s, c.weeks},             {u"occurrences"_s, c.occurrences},
                        {u"usage_entries"_s, c.usageEntries}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

InspectionCounts countsFromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    InspectionCounts c;
    c.students = o.value(u"students"_s).toInt();
    c.instructors = o.value(u"instructors"_s).toInt();
    c.sessions = o.value(u"sessions"_s).toInt();
    c.studentRecords = o.value(u"student_records"_s).toInt();
    c.weeks = o.value(u"weeks"_s).toInt();
    c.occurrences = o.value(u"occurrences"_s).toInt();
    c.usageEntries = o.value(u"usage_entries"_s).toInt();
    return c;
}

QVariant optionalId(qint64 id) { return id > 0 ? QVariant(id) : QVariant(); }

Result<void> insertProblem(Transaction &tx, qint64 inspectionId, int position, const InspectionProblem &p)
{
    auto q = tx.exec(u"INSERT INTO inspection_problems(inspection_id, position, kind, status, problem_key, student_id, "
                     "student_name, instructor_id, instructor_name, problem_date, session_id, message) "
                     "VALUES (:i, :pos, :k, :st, :key, :s, :sn, :t, :tn, :d, :ses, :m)"_s,
                     {{":i", inspectionId}, {":pos", position}, {":k", problemKindKey(p.kind)},
                      {":st", problemStatusKey(p.status)}, {":key", p.key}, {":s", optionalId(p.studentId)},
                      {":sn", nullIfEmpty(p.studentName)}, {":t", optionalId(p.instructorId)},
                      {":tn", nullIfEmpty(p.instructorName)}, {":d", isoDate(p.date)}, {":ses", optionalId(p.sessionId)},
                      {":m", p.message}});
    if (!q)
        return q.error();
    return {};
}

} // namespace

Result<QList<InspectionSummary>> InspectionRepository::list() const
{
    return readList(*m_db,
                    u"SELECT i.id, i.inspected_on, i.range_from, i.range_to, i.inspector, "
                    "(SELECT count(*) FROM inspection_problems p WHERE p.inspection_id = i.id AND p.status != 'resolved'), "
                    "(SELECT count(*) FROM inspection_problems p WHERE p.inspection_id = i.id AND p.status = 'resolved') "
                    "FROM inspections i ORDER BY i.inspected_on DESC, i.id DESC"_s,
                    {}, [](const SqlRows &q) {
                        return InspectionSummary{q.value(0).toLongLong(), dateFromSql(q.value(1)), dateFromSql(q.value(2)),
                                                 dateFromSql(q.value(3)), q.value(4).toString(), q.value(5).toInt(),
                                                 q.value(6).toInt()};
                    });
}

Result<InspectionResult> InspectionRepository::byId(qint64 inspectionId) const
{
    const SqlParams inspection{{":i", inspectionId}};
    auto found = readOne(*m_db,
                         u"SELECT id, inspected_on, range_from, range_to, inspector, previous_id, rules, counts "
                         "FROM inspections WHERE id = :i"_s,
                         inspection, [](const SqlRows &q) {
                             InspectionResult r;
                             r.id = q.value(0).toLongLong();
                             r.inspectedOn = dateFromSql(q.value(1));
                             r.from = dateFromSql(q.value(2));
                             r.to = dateFromSql(q.value(3));
                             r.inspector = q.value(4).toString();
                             r.previousId = q.value(5).toLongLong();
                             r.rules = inspectionRulesFromJson(q.value(6).toByteArray());
                             r.counts = countsFromJson(q.value(7).toByteArray());
                             return r;
                         });
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Inspection", "There is no saved inspection with number %1.")
                             .arg(inspectionId));
    InspectionResult r = **found;

    auto problems = readList(*m_db,
                             u"SELECT kind, status, problem_key, student_id, student_name, instructor_id, instructor_name, "
                             "problem_date, session_id, message FROM inspection_problems WHERE inspection_id = :i "
                             "ORDER BY position, id"_s,
                             inspection, [](const SqlRows &q) {
                                 InspectionProblem p;
                                 p.kind = problemKindFromKey(q.value(0).toString());
                                 p.status = problemStatusFromKey(q.value(1).toString());
                                 p.key = q.value(2).toString();
                                 p.studentId = q.value(3).toLongLong();
                                 p.studentName = q.value(4).toString();
                                 p.instructorId = q.value(5).toLongLong();
                                 p.instructorName = q.value(6).toString();
                                 p.date = dateFromSql(q.value(7));
                                 p.sessionId = q.value(8).toLongLong();
                                 p.message = q.value(9).toString();
                                 return p;
                             });
    if (!problems)
        return problems.error();
    for (const InspectionProblem &p : std::as_const(*problems))
        (p.status == ProblemStatus::Resolved ? r.resolved : r.problems).append(p);
    auto requirements = readList(*m_db,
                                 u"SELECT kind, text, due_date FROM inspection_requirements WHERE inspection_id = :i "
                                 "ORDER BY position, id"_s,
                                 inspection, [](const SqlRows &q) {
                                     return InspectionRequirement{problemKindFromKey(q.value(0).toString()),
                                                                  q.value(1).toString(), dateFromSql(q.value(2))};
                                 });
    if (!requirements)
        return requirements.error();
    r.requirements = *requirements;
    return r;
}

Result<std::optional<InspectionResult>> InspectionRepository::latest() const
{
    const auto id = readValue(*m_db, u"SELECT id FROM inspections ORDER BY inspected_on DESC, id DESC LIMIT 1"_s);
    if (!id)
        return id.error();
    if (id->isNull())
        return std::optional<InspectionResult>();
    auto result = byId(id->toLongLong());
    if (!result)
        return result.error();
    return std::optional<InspectionResult>(*result);
}

Result<qint64> InspectionRepository::save(Transaction &tx, const InspectionResult &r)
{
    if (r.id > 0)
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("rr::Inspection", "This inspection is already saved."));
    if (!r.inspectedOn.isValid() || !r.from.isValid() || !r.to.isValid() || r.from > r.to)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Inspection", "An inspection needs its date and a date range."));
    auto id = tx.insert(u"INSERT INTO inspections(inspected_on, range_from, range_to, inspector, previous_id, rules, counts, "
                        "saved_at) VALUES (:on, :from, :to, :by, :prev, :rules, :counts, :at)"_s,
                        {{":on", isoDate(r.inspectedOn)}, {":from", isoDate(r.from)}, {":to", isoDate(r.to)},
                         {":by", nullIfEmpty(r.inspector)}, {":prev", optionalId(r.previousId)},
                         {":rules", QString::fromUtf8(inspectionRulesToJson(r.rules))},
                         {":counts", QString::fromUtf8(countsToJson(r.counts))}, {":at", sqlDateTime(tx.now())}});
    if (!id)
        return id.error();
    int position = 0;
    for (const QList<InspectionProblem> *list : {&r.problems, &r.resolved})
        for (const InspectionProblem &p : *list)
            if (auto written = insertProblem(tx, *id, position++, p); !written)
                return written.error();
    position = 0;
    for (const InspectionRequirement &req : r.requirements) {
        auto q = tx.exec(u"INSERT INTO inspection_requirements(inspection_id, position, kind, text, due_date) "
                         "VALUES (:i, :p, :k, :t, :d)"_s,
                         {{":i", *id}, {":p", position++}, {":k", problemKindKey(req.kind)}, {":t", req.text},
                          {":d", isoDate(req.due)}});
        if (!q)
            return q.error();
    }
    return *id;
}

Result<qint64> InspectionRepository::save(const InspectionResult &result)
{
    return m_db->writeReturningId({u"inspection.save"_s, u"training record inspection saved"_s},
                                  [&](Transaction &tx) { return save(tx, result); });
}

} // namespace rr
