#include "family/CounsellingRepository.h"

#include "common/FieldLimits.h"
#include "family/FamilyRecordChecks.h"
#include "security/Policy.h"
#include "security/StudentScope.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kRange = u"(:from IS NULL OR c.session_date >= :from) AND (:to IS NULL OR c.session_date <= :to) "
                       "ORDER BY c.session_date, c.session_time, c.id"_s;

CounsellingSession readSession(const SqlRows &q)
{
    CounsellingSession s;
    s.id = q.value(0).toLongLong();
    s.studentId = q.value(1).toLongLong();
    s.date = dateFromSql(q.value(2));
    s.time = QTime::fromString(q.value(3).toString(), u"HH:mm"_s);
    s.counsellorId = q.value(4).toLongLong();
    s.counsellorName = q.value(5).toString();
    s.topic = q.value(6).toString();
    s.observations = q.value(7).toString();
    s.followUp = q.value(8).toString();
    return s;
}

const QString kSessionColumns = u"SELECT c.id, c.student_id, c.session_date, c.session_time, c.counsellor_id, "
                                "coalesce(s.name, ''), c.topic, c.observations, c.follow_up "
                                "FROM counselling_sessions c LEFT JOIN staff s ON s.id = c.counsellor_id "_s;

Error sessionNotFound()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Family", "The counselling session does not exist."));
}

SqlParams sessionParams(const CounsellingSession &s)
{
    return {{":date", isoDate(s.date)},
            {":time", s.time.isValid() ? QVariant(s.time.toString(u"HH:mm"_s)) : QVariant()},
            {":who", s.counsellorId > 0 ? QVariant(s.counsellorId) : QVariant()},
            {":topic", s.topic.trimmed()},
            {":obs", nullIfEmpty(s.observations.trimmed())},
            {":follow", nullIfEmpty(s.followUp.trimmed())}};
}

// Clears the texts a principal may not see (security/Policy.h).
CounsellingSession withheldFrom(const Policy &policy, CounsellingSession session)
{
    if (!policy.maySeeCounsellingNotes(session.counsellorId)) {
        session.topic.clear();
        session.observations.clear();
        session.followUp.clear();
        session.notesWithheld = true;
    }
    return session;
}

// The counsellor of a stored session (0: none); NotFound when there is no such session.
Result<qint64> storedCounsellor(const SqlExecutor &sql, qint64 id)
{
    auto one = readOne(sql, u"SELECT coalesce(counsellor_id, 0) FROM counselling_sessions WHERE id = :id"_s, {{":id", id}},
                       [](const SqlRows &q) { return q.value(0).toLongLong(); });
    if (!one)
        return one.error();
    if (!*one)
        return sessionNotFound();
    return **one;
}

} // namespace

Result<CounsellingSession> CounsellingRepository::byId(qint64 id) const
{
    auto one = readOne(*m_db, kSessionColumns + u"WHERE c.id = :id"_s, {{":id", id}}, readSession);
    if (!one)
        return one.error();
    if (!*one)
        return sessionNotFound();
    const Principal principal = m_db->principal();
    if (auto readable = checkStudentReadable(*m_db, principal, (*one)->studentId); !readable)
        return readable.error();
    return withheldFrom(Policy(principal), **one);
}

Result<QList<CounsellingSummary>> CounsellingRepository::summariesForStudent(qint64 studentId, const QDate &from,
                                                                             const QDate &to) const
{
    if (auto readable = checkStudentReadable(*m_db, m_db->principal(), studentId); !readable)
        return readable.error();
    // The text columns are not even selected: only whether one is written.
    return readList(*m_db,
                    u"SELECT c.id, c.student_id, c.session_date, c.session_time, c.counsellor_id, coalesce(s.name, ''), "
                    "(length(c.topic) + length(coalesce(c.observations, '')) + length(coalesce(c.follow_up, ''))) > 0 "
                    "FROM counselling_sessions c LEFT JOIN staff s ON s.id = c.counsellor_id WHERE c.student_id = :st AND "_s
                        + kRange,
                    {{":st", studentId}, {":from", isoDate(from)}, {":to", isoDate(to)}}, [](const SqlRows &q) {
                        CounsellingSummary s;
                        s.id = q.value(0).toLongLong();
                        s.studentId = q.value(1).toLongLong();
                        s.date = dateFromSql(q.value(2));
                        s.time = QTime::fromString(q.value(3).toString(), u"HH:mm"_s);
                        s.counsellorId = q.value(4).toLongLong();
                        s.counsellorName = q.value(5).toString();
                        s.hasNotes = q.value(6).toBool();
                        return s;
                    });
}

Result<QList<CounsellingSession>> CounsellingRepository::sessionsForStudent(qint64 studentId, const QDate &from,
                                                                            const QDate &to) const
{
    const Principal principal = m_db->principal();
    if (auto readable = checkStudentReadable(*m_db, principal, studentId); !readable)
        return readable.error();
    auto sessions = readList(*m_db, kSessionColumns + u"WHERE c.student_id = :st AND "_s + kRange,
                             {{":st", studentId}, {":from", isoDate(from)}, {":to", isoDate(to)}}, readSession);
    if (!sessions)
        return sessions;
    const Policy policy(principal);
    for (CounsellingSession &session : *sessions)
        session = withheldFrom(policy, session);
    return sessions;
}

Result<QList<DatedRecord>> CounsellingRepository::datesBetween(const SqlExecutor &sql, const QDate &from, const QDate &to)
{
    return readList(sql, u"SELECT student_id, session_date FROM counselling_sessions WHERE session_date BETWEEN :from AND :to"_s,
                    {{":from", isoDate(from)}, {":to", isoDate(to)}},
                    [](const SqlRows &q) { return DatedRecord{q.value(0).toLongLong(), dateFromSql(q.value(1))}; });
}

Result<void> CounsellingRepository::validate(const CounsellingSession &s, const QDate &today)
{
    if (s.studentId <= 0)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Family", "A counselling session needs a student."));
    if (auto date = checkRecordDate(s.date, today); !date)
        return date;
    if (s.topic.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Family", "Write the topic of the session (辅导主题)."));
    return checkFieldLengths({{QT_TRANSLATE_NOOP("rr::Fields", "Topic"), s.topic, FieldKind::Address},
                              {QT_TRANSLATE_NOOP("rr::Fields", "Observations"), s.observations, FieldKind::LongText},
                              {QT_TRANSLATE_NOOP("rr::Fields", "Follow-up"), s.followUp, FieldKind::LongText}});
}

Result<qint64> CounsellingRepository::add(Transaction &tx, const CounsellingSession &session)
{
    if (auto valid = validate(session, tx.now().date()); !valid)
        return valid.error();
    if (auto refs = checkStudentAndStaff(tx, session.studentId, session.counsellorId); !refs)
        return refs.error();
    SqlParams params = sessionParams(session);
    params.push_back({":st", session.studentId});
    params.push_back({":now", sqlDateTime(tx.now())});
    return tx.insert(u"INSERT INTO counselling_sessions(student_id, session_date, session_time, counsellor_id, topic, "
                     "observations, follow_up, created_at, updated_at) VALUES (:st, :date, :time, :who, :topic, :obs, "
                     ":follow, :now, :now)"_s,
                     params);
}

Result<qint64> CounsellingRepository::add(const CounsellingSession &session)
{
    return m_db->writeReturningId({u"family.counselling.add"_s, u"counselling session recorded"_s}, [&](Transaction &tx) -> Result<qint64> {
        if (auto allowed = Policy(m_db->principal()).checkCounsellingChange(0, session.counsellorId); !allowed)
            return allowed.error();
        return add(tx, session);
    });
}

Result<void> CounsellingRepository::save(const CounsellingSession &session)
{
    return m_db->write({u"family.counselling.save"_s, u"counselling session changed"_s}, [&](Transaction &tx) -> Result<void> {
        if (auto valid = validate(session, tx.now().date()); !valid)
            return valid;
        if (auto owned = checkOwnedBy(tx, "counselling_sessions", session.id, session.studentId, sessionNotFound().message); !owned)
            return owned;
        // A counsellor changes the sessions they hold, and only under their own name.
        auto stored = storedCounsellor(tx, session.id);
        if (!stored)
            return stored.error();
        if (auto allowed = Policy(m_db->principal()).checkCounsellingChange(*stored, session.counsellorId); !allowed)
            return allowed;
        if (auto refs = checkStudentAndStaff(tx, session.studentId, session.counsellorId); !refs)
            return refs;
        SqlParams params = sessionParams(session);
        params.push_back({":id", session.id});
        params.push_back({":now", sqlDateTime(tx.now())});
        return run(tx, u"UPDATE counselling_sessions SET session_date = :date, session_time = :time, counsellor_id = :who, "
                       "topic = :topic, observations = :obs, follow_up = :follow, updated_at = :now WHERE id = :id"_s,
                   params);
    });
}

Result<void> CounsellingRepository::remove(qint64 id)
{
    return m_db->write({u"family.counselling.remove"_s, u"counselling session removed"_s}, [&](Transaction &tx) -> Result<void> {
        auto stored = storedCounsellor(tx, id);
        if (!stored)
            return stored.error();
        if (auto allowed = Policy(m_db->principal()).checkCounsellingChange(*stored, *stored); !allowed)
            return allowed;
        auto done = tx.exec(u"DELETE FROM counselling_sessions WHERE id = :id"_s, {{":id", id}});
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return sessionNotFound();
        return {};
    });
}

} // namespace rr
