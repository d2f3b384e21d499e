#include "training/SessionRepository.h"

#include "rooms/RoomRuleRepository.h"
#include "storage/Database.h"
#include "timetable/TimetableRepository.h"
#include "training/DraftFromTimetable.h"
#include "training/RoomContext.h"
#include "training/SameAsLastTime.h"
#include "training/SessionJson.h"
#include "training/SessionRules.h"
#include "training/SessionStore.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

Error signedRecord(const TrainingSession &s)
{
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate("rr::Training", "The record of %1 was signed on %2 and is read-only; "
                                                                 "correct it by an amendment with a reason.")
                         .arg(s.date.toString(Qt::ISODate), s.signedAt.date().toString(Qt::ISODate)));
}


// Everything a save checks: students exist, the record's shape, the
// instructor, and the room's rules (with the sign-off rules when asked).
Result<void> validateForSave(Transaction &tx, const TrainingSession &s, bool signOff)
{
    auto names = trainingctx::studentNames(tx, s.studentIds());
    if (!names)
        return names.error();
    if (auto shape = validateSessionShape(s, *names); !shape)
        return shape;
    if (auto instructor = trainingctx::checkStaff(tx, s.instructorId); !instructor)
        return instructor;
    auto room = trainingctx::roomWithRules(tx, s.roomId);
    if (!room)
        return room.error();
    if (auto rules = checkSessionRoomRules(s, room->room, room->rules); !rules)
        return rules;
    if (signOff)
        return checkSignOffRules(s, room->room, room->rules, *names);
    return {};
}

struct PointKey {
    qint64 objectiveId;
    double value;
    QString note;
    bool operator==(const PointKey &) const = default;
};

// The progress points a record writes, to know whether an amendment touches them.
QList<PointKey> pointsOf(const TrainingSession &s)
{
    QList<PointKey> points;
    for (const SessionStudent &st : s.students)
        if (st.present())
            for (const ObjectiveWork &w : st.objectives)
                if (w.value)
                    points.append({w.objectiveId, *w.value, w.note.trimmed()});
    return points;
}

QDateTime wholeSeconds(QDateTime at)
{
    const QTime t = at.time();
    at.setTime(QTime(t.hour(), t.minute(), t.second()));
    return at;
}

} // namespace

Result<TrainingSession> SessionRepository::byId(qint64 sessionId) const
{
    return sessionstore::load(*m_db, sessionId);
}

Result<QList<TrainingSession>> SessionRepository::between(const QDate &from, const QDate &to, qint64 roomId) const
{
    QString where = u"s.session_date BETWEEN :from AND :to"_s;
    SqlParams params{{":from", isoDate(from)}, {":to", isoDate(to)}};
    if (roomId > 0) {
        where += u" AND s.room_id = :room"_s;
        params.push_back({":room", roomId});
    }
    return sessionstore::loadWhere(*m_db, where, params);
}

Result<QList<TrainingSession>> SessionRepository::forStudent(qint64 studentId, const QDate &from, const QDate &to) const
{
    return sessionstore::loadWhere(*m_db,
                                   u"s.session_date BETWEEN :from AND :to AND EXISTS (SELECT 1 FROM session_students x "
                                   "WHERE x.session_id = s.id AND x.student_id = :st)"_s,
                                   {{":from", isoDate(from)}, {":to", isoDate(to)}, {":st", studentId}});
}

static Result<std::optional<TrainingSession>> firstOf(Result<QList<TrainingSession>> found)
{
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<TrainingSession>();
    return std::optional<TrainingSession>(found->constFirst());
}

Result<std::optional<TrainingSession>> SessionRepository::forOccurrence(qint64 slotId, const QDate &occurrenceDate) const
{
    return firstOf(sessionstore::loadWhere(*m_db, u"s.slot_id = :slot AND s.occurrence_date = :d"_s,
                                           {{":slot", slotId}, {":d", isoDate(occurrenceDate)}}));
}

Result<QList<TrainingSession>> SessionRepository::unsignedUntil(const QDate &until) const
{
    return sessionstore::loadWhere(*m_db, u"s.signed_at IS NULL AND s.session_date <= :to"_s, {{":to", isoDate(until)}});
}

Result<QList<SessionAmendment>> SessionRepository::amendments(qint64 sessionId) const
{
    return readList(*m_db,
                    u"SELECT id, session_id, sequence, amended_on, author, reason, previous "
                    "FROM training_amendments WHERE session_id = :s ORDER BY sequence"_s,
                    {{":s", sessionId}}, [](const SqlRows &q) {
                        return SessionAmendment{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                                                dateFromSql(q.value(3)), q.value(4).toString(), q.value(5).toString(),
                                                sessionFromJson(q.value(6).toByteArray())};
                    });
}

Result<QList<RecordVersion>> SessionRepository::history(qint64 sessionId) const
{
    const auto current = byId(sessionId);
    if (!current)
        return current.error();
    const auto amended = amendments(sessionId);
    if (!amended)
        return amended.error();
    const auto names = trainingctx::sessionNames(*m_db);
    if (!names)
        return names.error();
    return recordHistory(*current, *amended, *names);
}

Result<std::optional<TrainingSession>> SessionRepository::previousRecord(qint64 studentId, const QDate &before) const
{
    // The one latest session id, then that session whole.
    const auto id = readValue(*m_db,
                              u"SELECT s.id FROM training_sessions s JOIN session_students x ON x.session_id = s.id "
                              "WHERE x.student_id = :st AND x.attendance = 'present' AND s.session_date < :d "
                              "ORDER BY s.session_date DESC, s.start_time DESC, s.id DESC LIMIT 1"_s,
                              {{":st", studentId}, {":d", isoDate(before)}});
    if (!id)
        return id.error();
    if (id->isNull())
        return std::optional<TrainingSession>();
    return firstOf(sessionstore::loadWhere(*m_db, u"s.id = :id"_s, {{":id", id->toLongLong()}}));
}

Result<std::optional<QDate>> SessionRepository::latestRecordDate(const QDate &onOrBefore, qint64 studentId,
                                                                 qint64 roomId) const
{
    const auto date = studentId > 0
        ? readValue(*m_db,
                    u"SELECT max(s.session_date) FROM training_sessions s JOIN session_students x ON x.session_id = s.id "
                    "WHERE x.student_id = :st AND s.session_date <= :d"_s,
                    {{":st", studentId}, {":d", isoDate(onOrBefore)}})
        : roomId > 0
        ? readValue(*m_db, u"SELECT max(session_date) FROM training_sessions WHERE session_date <= :d AND room_id = :r"_s,
                    {{":d", isoDate(onOrBefore)}, {":r", roomId}})
        : readValue(*m_db, u"SELECT max(session_date) FROM training_sessions WHERE session_date <= :d"_s,
                    {{":d", isoDate(onOrBefore)}});
    if (!date)
        return date.error();
    if (date->isNull())
        return std::optional<QDate>();
    return std::optional<QDate>(QDate::fromString(date->toString(), Qt::ISODate));
}

Result<TrainingSession> SessionRepository::sameAsLastTime(const TrainingSession &draft, qint64 studentId) const
{
    const QDate before = draft.date.isValid() ? draft.date : m_clock->today().addDays(1);
    const auto previous = previousRecord(studentId, before);
    if (!previous)
        return previous.error();
    if (!*previous)
        return draft;
    const auto inEffect = readIds(*m_db,
                                  u"SELECT o.id FROM iep_objectives o JOIN iep_goals g ON g.id = o.goal_id "
                                  "JOIN ieps i ON i.id = g.iep_id WHERE i.student_id = :st AND i.status = 'active'"_s,
                                  {{":st", studentId}});
    if (!inEffect)
        return inEffect.error();
    return rr::sameAsLastTime(draft, studentId, **previous, QSet<qint64>(inEffect->cbegin(), inEffect->cend()));
}

Result<FromTimetable> SessionRepository::createFromTimetable(Transaction &tx, const QDate &date)
{
    FromTimetable outcome;
    const auto occurrences = TimetableRepository::occurrences(tx, date, date);
    if (!occurrences)
        return occurrences.error();
    for (const SlotOccurrence &occ : *occurrences) {
        const auto recorded = readValue(tx, u"SELECT count(*) FROM training_sessions WHERE slot_id = :slot AND occurrence_date = :d"_s,
                                        {{":slot", occ.slotId}, {":d", isoDate(occ.date)}});
        if (!recorded)
            return recorded.error();
        if (recorded->toInt() > 0) {
            ++outcome.alreadyRecorded;
            continue;
        }
        auto id = create(tx, draftFromOccurrence(occ));
        if (id) {
            outcome.created.append(*id);
        } else if (id.error().code == ErrorCode::Storage) {
            return id.error();
        } else {
            outcome.refused.append(QCoreApplication::translate("rr::Training", "%1–%2 %3: %4")
                                       .arg(occ.start.toString(u"HH:mm"_s), occ.end.toString(u"HH:mm"_s),
                                            occ.content.isEmpty() ? serviceTypeLabel(occ.service) : occ.content,
                                            id.error().message));
        }
    }
    return outcome;
}

Result<FromTimetable> SessionRepository::createFromTimetable(const QDate &date)
{
    std::optional<FromTimetable> outcome;
    auto written = m_db->write({u"training.from_timetable"_s, u"training records made from the timetable"_s},
                               [&](Transaction &tx) -> Result<void> {
                                   auto made = createFromTimetable(tx, date);
                                   if (!made)
                                       return made.error();
                                   outcome = *made;
                                   return {};
                               });
    if (!written)
        return written.error();
    return *outcome;
}

Result<qint64> SessionRepository::create(Transaction &tx, const TrainingSession &session)
{
    TrainingSession s = session;
    s.signedBy = 0;
    s.signedAt = {};
    s.version = 0;
    if (s.slotId > 0 && !s.occurrenceDate.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Training", "A record made from the timetable needs the date it met."));
    if (s.slotId <= 0)
        s.occurrenceDate = {};
    if (auto valid = validateForSave(tx, s, false); !valid)
        return valid.error();
    if (s.slotId > 0) {
        const auto recorded = readValue(tx, u"SELECT count(*) FROM training_sessions WHERE slot_id = :slot AND occurrence_date = :d"_s,
                                        {{":slot", s.slotId}, {":d", isoDate(s.occurrenceDate)}});
        if (!recorded)
            return recorded.error();
        if (recorded->toInt() > 0)
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("rr::Training", "This timetable session of %1 already has a record.")
                                 .arg(s.occurrenceDate.toString(Qt::ISODate)));
    }
    auto id = sessionstore::insert(tx, s);
    if (!id)
        return id.error();
    s.id = *id;
    if (auto points = sessionstore::writeProgressPoints(tx, s); !points)
        return points.error();
    return *id;
}

Result<qint64> SessionRepository::create(const TrainingSession &session)
{
    return m_db->writeReturningId({u"training.create"_s, u"training record created"_s},
                                  [&](Transaction &tx) { return create(tx, session); });
}

Result<void> SessionRepository::saveDraft(Transaction &tx, const TrainingSession &session)
{
    auto stored = sessionstore::load(tx, session.id);
    if (!stored)
        return stored.error();
    if (stored->isSigned())
        return signedRecord(*stored);
    TrainingSession s = session;
    s.slotId = stored->slotId;                 // the link to the timetable stays
    s.occurrenceDate = stored->occurrenceDate;
    if (auto valid = validateForSave(tx, s, false); !valid)
        return valid;
    if (auto points = sessionstore::writeProgressPoints(tx, s); !points)
        return points;
    return sessionstore::update(tx, s, 0);
}

Result<void> SessionRepository::saveDraft(const TrainingSession &session)
{
    return m_db->write({u"training.save"_s, u"training record %1 saved"_s.arg(session.id)},
                       [&](Transaction &tx) { return saveDraft(tx, session); });
}

Result<void> SessionRepository::removeDraft(Transaction &tx, qint64 sessionId)
{
    auto stored = sessionstore::load(tx, sessionId);
    if (!stored)
        return stored.error();
    if (stored->isSigned())
        return signedRecord(*stored);
    if (auto r = run(tx, u"DELETE FROM progress_points WHERE session_id = :s"_s, {{":s", sessionId}}); !r)
        return r;
    return run(tx, u"DELETE FROM training_sessions WHERE id = :s"_s, {{":s", sessionId}});
}

Result<void> SessionRepository::removeDraft(qint64 sessionId)
{
    return m_db->write({u"training.remove"_s, u"training record %1 removed"_s.arg(sessionId)},
                       [&](Transaction &tx) { return removeDraft(tx, sessionId); });
}

Result<void> SessionRepository::sign(Transaction &tx, qint64 sessionId, qint64 signerId, const QDateTime &at)
{
    auto stored = sessionstore::load(tx, sessionId);
    if (!stored)
        return stored.error();
    if (stored->isSigned())
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("rr::Training", "The record was already signed on %1.")
                                                  .arg(stored->signedAt.date().toString(Qt::ISODate)));
    if (signerId <= 0)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Training", "Who signs the record?"));
    if (auto signer = trainingctx::checkStaff(tx, signerId); !signer)
        return signer;
    if (at.date() < stored->date)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Training", "The session of %1 has not taken place yet; "
                                                                     "its record is signed afterwards.")
                             .arg(stored->date.toString(Qt::ISODate)));
    if (auto valid = validateForSave(tx, *stored, true); !valid)
        return valid;
    return run(tx, u"UPDATE training_sessions SET signed_by = :by, signed_at = :at WHERE id = :s AND signed_at IS NULL"_s,
                   {{":by", signerId}, {":at", wholeSeconds(at).toString(Qt::ISODate)}, {":s", sessionId}});
}

Result<void> SessionRepository::sign(qint64 sessionId, qint64 signerId)
{
    const QDateTime at = m_clock->now();
    return m_db->write({u"training.sign"_s, u"training record %1 signed"_s.arg(sessionId)},
                       [&](Transaction &tx) { return sign(tx, sessionId, signerId, at); });
}

Result<void> SessionRepository::saveAndSign(const TrainingSession &draft, qint64 signerId)
{
    const QDateTime at = m_clock->now();
    return m_db->write({u"training.sign"_s, u"training record %1 saved and signed"_s.arg(draft.id)},
                       [&](Transaction &tx) -> Result<void> {
                           if (auto saved = saveDraft(tx, draft); !saved)
                               return saved;
                           return sign(tx, draft.id, signerId, at);
                       });
}

Result<QStringList> SessionRepository::signOffCheck(const TrainingSession &draft) const
{
    const auto room = trainingctx::roomWithRules(*m_db, draft.roomId);
    if (!room)
        return room.error().code == ErrorCode::NotFound
            ? makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Training", "A training session needs a room."))
            : room.error();
    const auto names = trainingctx::sessionNames(*m_db);
    if (!names)
        return names.error();
    if (auto refused = checkSignOffRules(draft, room->room, room->rules, names->students); !refused)
        return refused.error();
    return rr::signOffWarnings(draft, room->rules, names->students);
}

Result<QStringList> SessionRepository::signOffWarnings(const TrainingSession &draft) const
{
    const auto rules = RoomRuleRepository(m_db).forRoom(draft.roomId);
    if (!rules)
        return rules.error();
    const auto names = trainingctx::sessionNames(*m_db);
    if (!names)
        return names.error();
    return rr::signOffWarnings(draft, *rules, names->students);
}

Result<int> SessionRepository::amend(Transaction &tx, const TrainingSession &corrected, const QString &reason,
                                     const QString &author, const QDate &date)
{
    auto stored = sessionstore::load(tx, corrected.id);
    if (!stored)
        return stored.error();
    if (!stored->isSigned())
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("rr::Training", "The record is not signed yet: "
                                                                                          "change the draft instead."));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Training", "An amendment needs its reason."));
    if (author.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Training", "An amendment needs its author."));
    if (!date.isValid() || date < stored->signedAt.date())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Training", "An amendment is dated on or after the signing (%1).")
                             .arg(stored->signedAt.date().toString(Qt::ISODate)));
    TrainingSession s = corrected;
    s.slotId = stored->slotId;
    s.occurrenceDate = stored->occurrenceDate;
    s.signedBy = stored->signedBy;
    s.signedAt = stored->signedAt;
    if (auto valid = validateForSave(tx, s, true); !valid)
        return valid.error();
    if (sessionChanges(*stored, s, {}).isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Training", "The amendment changes nothing."));

    const int next = stored->version + 1;
    auto kept = tx.insert(u"INSERT INTO training_amendments(session_id, sequence, amended_on, author, reason, previous, "
                          "recorded_at) VALUES (:s, :n, :d, :a, :r, :p, :at)"_s,
                          {{":s", s.id}, {":n", next}, {":d", isoDate(date)}, {":a", author.trimmed()},
                           {":r", reason.trimmed()}, {":p", QString::fromUtf8(sessionToJson(*stored))},
                           {":at", sqlDateTime(tx.now())}});
    if (!kept)
        return kept.error();
    // Data of a closed IEP cannot change: only rewrite the points the amendment touches.
    if (pointsOf(*stored) != pointsOf(s) || stored->date != s.date)
        if (auto points = sessionstore::writeProgressPoints(tx, s); !points)
            return points.error();
    if (auto updated = sessionstore::update(tx, s, next); !updated)
        return updated.error();
    return next;
}

Result<int> SessionRepository::amend(const TrainingSession &corrected, const QString &reason, const QString &author,
                                     const QDate &date)
{
    std::optional<int> version;
    auto written = m_db->write({u"training.amend"_s, u"training record %1 amended"_s.arg(corrected.id)},
                               [&](Transaction &tx) -> Result<void> {
                                   auto amended = amend(tx, corrected, reason, author, date);
                                   if (!amended)
                                       return amended.error();
                                   version = *amended;
                                   return {};
                               });
    if (!written)
        return written.error();
    return *version;
}

} // namespace rr
