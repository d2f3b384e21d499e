#include "schoolwork/GuidanceVisitRepository.h"

#include "calendar/Semester.h"
#include "common/FieldLimits.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kColumns = u"id, visit_date, visitor, centre, topics, problems, suggestions, follow_up, follow_up_result"_s;

QString topicsKey(const QList<GuidanceTopic> &topics)
{
    QStringList keys;
    for (GuidanceTopic t : allGuidanceTopics())
        if (topics.contains(t))
            keys << guidanceTopicKey(t);
    return keys.join(u',');
}

GuidanceVisit readVisit(const SqlRows &q)
{
    GuidanceVisit v;
    v.id = q.value(0).toLongLong();
    v.date = dateFromSql(q.value(1));
    v.visitor = q.value(2).toString();
    v.centre = q.value(3).toString();
    for (const QString &key : q.value(4).toString().split(u',', Qt::SkipEmptyParts)) {
        GuidanceTopic t;
        if (guidanceTopicFromKey(key, &t))
            v.topics << t;
    }
    v.problems = q.value(5).toString();
    v.suggestions = q.value(6).toString();
    v.followUp = q.value(7).toString();
    v.followUpResult = q.value(8).toString();
    return v;
}

Error gone()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::SchoolWork", "The guidance visit no longer exists."));
}

SqlParams paramsOf(const GuidanceVisit &v)
{
    return {{":date", isoDate(v.date)}, {":visitor", v.visitor.trimmed()}, {":centre", v.centre.trimmed()},
            {":topics", topicsKey(v.topics)}, {":problems", v.problems.trimmed()}, {":suggestions", v.suggestions.trimmed()},
            {":follow", v.followUp.trimmed()}, {":result", v.followUpResult.trimmed()}};
}

} // namespace

bool guidanceShortfallNearEnd(const Semester &semester, const GuidanceCount &count, const QDate &today)
{
    return !count.enough() && semester.contains(today) && today.daysTo(semester.end) <= kGuidanceReminderDays;
}

Result<QList<GuidanceVisit>> GuidanceVisitRepository::all() const
{
    return readList(*m_db, u"SELECT "_s + kColumns + u" FROM guidance_visits ORDER BY visit_date, id"_s, {}, readVisit);
}

Result<QList<GuidanceVisit>> GuidanceVisitRepository::inSemester(const Semester &semester) const
{
    return readList(*m_db,
                    u"SELECT "_s + kColumns + u" FROM guidance_visits WHERE visit_date BETWEEN :a AND :b ORDER BY visit_date, id"_s,
                    {{":a", isoDate(semester.start)}, {":b", isoDate(semester.end)}}, readVisit);
}

Result<GuidanceCount> GuidanceVisitRepository::count(const Semester &semester) const
{
    auto n = readValue(*m_db, u"SELECT count(*) FROM guidance_visits WHERE visit_date BETWEEN :a AND :b"_s,
                       {{":a", isoDate(semester.start)}, {":b", isoDate(semester.end)}});
    if (!n)
        return n.error();
    return GuidanceCount{n->toInt()};
}

Result<GuidanceVisit> GuidanceVisitRepository::byId(qint64 id) const
{
    auto found = readOne(*m_db, u"SELECT "_s + kColumns + u" FROM guidance_visits WHERE id = :id"_s, {{":id", id}}, readVisit);
    if (!found)
        return found.error();
    if (!*found)
        return gone();
    return **found;
}

Result<void> GuidanceVisitRepository::validate(const GuidanceVisit &v)
{
    if (!v.date.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "The visit needs a date."));
    if (v.visitor.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "Who visited? The visiting teacher is missing."));
    return checkFieldLengths({
        {QT_TRANSLATE_NOOP("rr::Fields", "Visiting teacher"), v.visitor, FieldKind::PersonName},
        {QT_TRANSLATE_NOOP("rr::Fields", "Centre"), v.centre, FieldKind::Address},
        {QT_TRANSLATE_NOOP("rr::Fields", "Problems found"), v.problems, FieldKind::LongText},
        {QT_TRANSLATE_NOOP("rr::Fields", "Suggestions"), v.suggestions, FieldKind::LongText},
        {QT_TRANSLATE_NOOP("rr::Fields", "Follow-up"), v.followUp, FieldKind::LongText},
        {QT_TRANSLATE_NOOP("rr::Fields", "Result of the follow-up"), v.followUpResult, FieldKind::LongText},
    });
}

Result<qint64> GuidanceVisitRepository::add(const GuidanceVisit &visit)
{
    if (auto valid = validate(visit); !valid)
        return valid.error();
    return m_db->writeReturningId({u"guidance.add"_s, u"guidance visit %1"_s.arg(isoDate(visit.date).toString())},
                                  [&](Transaction &tx) { return add(tx, visit); });
}

Result<qint64> GuidanceVisitRepository::add(Transaction &tx, const GuidanceVisit &visit)
{
    if (auto valid = validate(visit); !valid)
        return valid.error();
    SqlParams p = paramsOf(visit);
    p.push_back({":now", sqlDateTime(tx.now())});
    return tx.insert(u"INSERT INTO guidance_visits(visit_date, visitor, centre, topics, problems, suggestions, follow_up, "
                     "follow_up_result, created_at) VALUES (:date, :visitor, :centre, :topics, :problems, :suggestions, "
                     ":follow, :result, :now)"_s,
                     p);
}

Result<void> GuidanceVisitRepository::update(const GuidanceVisit &visit)
{
    if (auto valid = validate(visit); !valid)
        return valid;
    return m_db->write({u"guidance.update"_s, u"guidance visit %1"_s.arg(visit.id)}, [&](Transaction &tx) -> Result<void> {
        SqlParams p = paramsOf(visit);
        p.push_back({":id", visit.id});
        auto done = tx.exec(u"UPDATE guidance_visits SET visit_date = :date, visitor = :visitor, centre = :centre, topics = :topics, "
                            "problems = :problems, suggestions = :suggestions, follow_up = :follow, follow_up_result = :result "
                            "WHERE id = :id"_s,
                            p);
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return gone();
        return {};
    });
}

Result<void> GuidanceVisitRepository::remove(qint64 id)
{
    return m_db->write({u"guidance.remove"_s, QString::number(id)}, [&](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"DELETE FROM guidance_visits WHERE id = :id"_s, {{":id", id}});
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return gone();
        return {};
    });
}

} // namespace rr
