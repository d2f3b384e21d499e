#include "training/SessionStore.h"

#include "iep/ObjectiveData.h"
#include "storage/Database.h"
#include "timetable/SqlTime.h"

#include <QCoreApplication>
#include <QHash>

namespace rr::sessionstore {

using namespace Qt::Literals::StringLiterals;

namespace {

QVariant optionalId(qint64 id) { return id > 0 ? QVariant(id) : QVariant(); }


TrainingSession headerFrom(const SqlRows &q)
{
    TrainingSession s;
    s.id = q.value(0).toLongLong();
    s.date = dateFromSql(q.value(1));
    s.start = timeFromSql(q.value(2));
    s.end = timeFromSql(q.value(3));
    s.roomId = q.value(4).toLongLong();
    s.instructorId = q.value(5).toLongLong();
    s.slotId = q.value(6).toLongLong();
    s.occurrenceDate = dateFromSql(q.value(7));
    s.kind = sessionKindFromKey(q.value(8).toString());
    s.service = serviceTypeFromKey(q.value(9).toString());
    s.topic = q.value(10).toString();
    s.content = q.value(11).toString();
    s.method = q.value(12).toString();
    s.problems = q.value(13).toString();
    s.nextSteps = q.value(14).toString();
    s.signedBy = q.value(15).toLongLong();
    s.signedAt = q.value(16).isNull() ? QDateTime() : QDateTime::fromString(q.value(16).toString(), Qt::ISODate);
    s.version = q.value(17).toInt();
    return s;
}

SessionStudent studentFrom(const SqlRows &q)
{
    // Column 0 is the session id.
    SessionStudent st;
    st.studentId = q.value(1).toLongLong();
    st.attendance = attendanceFromKey(q.value(2).toString());
    st.absenceReason = q.value(3).toString();
    st.arrival = timeFromSql(q.value(4));
    st.departure = timeFromSql(q.value(5));
    st.handedOverTo = q.value(6).toString();
    st.rating = q.value(7).toInt();
    if (!q.value(8).isNull())
        if (auto level = promptLevelFromValue(q.value(8).toInt()))
            st.prompt = *level;
    st.performance = q.value(9).toString();
    st.results = q.value(10).toString();
    return st;
}

// `kept`: the objectives the stored version already names, whose words stay
// when the IEP no longer has them (a revision dropped the objective).
Result<void> writeRows(Transaction &tx, qint64 sessionId, const TrainingSession &s, const QHash<qint64, QString> &kept)
{
    const SqlParams id{{":s", sessionId}};
    for (const char *table : {"session_students", "session_objectives", "session_equipment"})
        if (auto r = run(tx, u"DELETE FROM %1 WHERE session_id = :s"_s.arg(QLatin1String(table)), id); !r)
            return r;
    int position = 0;
    for (const SessionStudent &st : s.students) {
        auto r = run(tx,
            u"INSERT INTO session_students(session_id, student_id, position, attendance, absence_reason, arrival, "
            "departure, handed_over_to, rating, prompt, performance, results) "
            "VALUES (:s, :st, :p, :a, :r, :arr, :dep, :h, :rt, :pr, :perf, :res)"_s,
            {{":s", sessionId}, {":st", st.studentId}, {":p", position++}, {":a", attendanceKey(st.attendance)},
             {":r", nullIfEmpty(st.absenceReason)}, {":arr", sqlTime(st.arrival)}, {":dep", sqlTime(st.departure)},
             {":h", nullIfEmpty(st.handedOverTo)}, {":rt", st.rating > 0 ? QVariant(st.rating) : QVariant()},
             {":pr", st.prompt ? QVariant(int(*st.prompt)) : QVariant()}, {":perf", nullIfEmpty(st.performance)},
             {":res", nullIfEmpty(st.results)}});
        if (!r)
            return r;
        int objectivePosition = 0;
        for (const ObjectiveWork &w : st.objectives) {
            auto text = objectiveTextFor(tx, st.studentId, w.objectiveId);
            if (!text && text.error().code == ErrorCode::NotFound && kept.contains(w.objectiveId))
                text = kept.value(w.objectiveId);
            if (!text)
                return text.error();
            auto o = run(tx, u"INSERT INTO session_objectives(session_id, student_id, position, objective_id, "
                             "objective_text, value, note) VALUES (:s, :st, :p, :o, :t, :v, :n)"_s,
                             {{":s", sessionId}, {":st", st.studentId}, {":p", objectivePosition++},
                              {":o", w.objectiveId}, {":t", *text},
                              {":v", w.value ? QVariant(*w.value) : QVariant()}, {":n", nullIfEmpty(w.note)}});
            if (!o)
                return o;
        }
    }
    position = 0;
    for (const EquipmentUse &e : s.equipment) {
        // Equipment picked from the ledger names an item that exists; typed
        // equipment (itemId 0) is kept as its name alone.
        if (e.itemId > 0) {
            auto known = readValue(tx, u"SELECT count(*) FROM ledger_items WHERE id = :i"_s, {{":i", e.itemId}});
            if (!known)
                return known.error();
            if (known->toInt() == 0)
                return makeError(ErrorCode::NotFound,
                                 QCoreApplication::translate("rr::Training", "%1 is no longer in the equipment ledger; pick it again.")
                                     .arg(e.name.trimmed()));
        }
        auto r = run(tx, u"INSERT INTO session_equipment(session_id, position, item_id, name) "
                         "VALUES (:s, :p, :i, :n)"_s,
                         {{":s", sessionId}, {":p", position++}, {":i", optionalId(e.itemId)}, {":n", e.name.trimmed()}});
        if (!r)
            return r;
    }
    return {};
}

SqlParams headerParams(const TrainingSession &s)
{
    return {{":d", isoDate(s.date)},
            {":st", sqlTime(s.start)},
            {":en", sqlTime(s.end)},
            {":room", s.roomId},
            {":ins", optionalId(s.instructorId)},
            {":kind", sessionKindKey(s.kind)},
            {":svc", serviceTypeKey(s.service)},
            {":topic", nullIfEmpty(s.topic)},
            {":content", nullIfEmpty(s.content)},
            {":method", nullIfEmpty(s.method)},
            {":problems", nullIfEmpty(s.problems)},
            {":next", nullIfEmpty(s.nextSteps)}};
}

} // namespace

Result<QList<TrainingSession>> loadWhere(const SqlExecutor &sql, const QString &where, const SqlParams &params)
{
    auto sessions = readList(sql,
                             u"SELECT s.id, s.session_date, s.start_time, s.end_time, s.room_id, s.instructor_id, s.slot_id, "
                             "s.occurrence_date, s.kind, s.service, s.topic, s.content, s.method, s.problems, s.next_steps, "
                             "s.signed_by, s.signed_at, s.version FROM training_sessions s WHERE "_s
                                 + where + u" ORDER BY s.session_date, s.start_time, s.id"_s,
                             params, headerFrom);
    if (!sessions || sessions->isEmpty())
        return sessions;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < sessions->size(); ++i)
        index.insert(sessions->at(i).id, i);
    auto sessionOf = [&](qint64 sessionId) -> TrainingSession * {
        const auto at = index.constFind(sessionId);
        return at == index.constEnd() ? nullptr : &(*sessions)[*at];
    };

    auto students = readList(sql,
                             u"SELECT st.session_id, st.student_id, st.attendance, st.absence_reason, st.arrival, "
                             "st.departure, st.handed_over_to, st.rating, st.prompt, st.performance, st.results "
                             "FROM session_students st JOIN training_sessions s ON s.id = st.session_id WHERE "_s
                                 + where + u" ORDER BY st.session_id, st.position, st.id"_s,
                             params, [](const SqlRows &q) { return std::pair{q.value(0).toLongLong(), studentFrom(q)}; });
    if (!students)
        return students.error();
    for (const auto &[sessionId, student] : std::as_const(*students))
        if (TrainingSession *s = sessionOf(sessionId))
            s->students.append(student);

    struct Work {
        qint64 sessionId;
        qint64 studentId;
        ObjectiveWork work;
    };
    auto objectives = readList(sql,
                               u"SELECT o.session_id, o.student_id, o.objective_id, o.objective_text, o.value, o.note "
                               "FROM session_objectives o JOIN training_sessions s ON s.id = o.session_id WHERE "_s
                                   + where + u" ORDER BY o.session_id, o.student_id, o.position, o.id"_s,
                               params, [](const SqlRows &q) {
                                   Work w{q.value(0).toLongLong(), q.value(1).toLongLong(), {}};
                                   w.work.objectiveId = q.value(2).toLongLong();
                                   w.work.objectiveText = q.value(3).toString();
                                   if (!q.value(4).isNull())
                                       w.work.value = q.value(4).toDouble();
                                   w.work.note = q.value(5).toString();
                                   return w;
                               });
    if (!objectives)
        return objectives.error();
    for (const Work &w : std::as_const(*objectives))
        if (TrainingSession *s = sessionOf(w.sessionId))
            for (SessionStudent &st : s->students)
                if (st.studentId == w.studentId)
                    st.objectives.append(w.work);

    auto equipment = readList(sql,
                              u"SELECT e.session_id, e.item_id, e.name FROM session_equipment e "
                              "JOIN training_sessions s ON s.id = e.session_id WHERE "_s
                                  + where + u" ORDER BY e.session_id, e.position, e.id"_s,
                              params, [](const SqlRows &q) {
                                  return std::pair{q.value(0).toLongLong(),
                                                   EquipmentUse{q.value(1).toLongLong(), q.value(2).toString()}};
                              });
    if (!equipment)
        return equipment.error();
    for (const auto &[sessionId, use] : std::as_const(*equipment))
        if (TrainingSession *s = sessionOf(sessionId))
            s->equipment.append(use);
    return sessions;
}

Result<TrainingSession> load(const SqlExecutor &sql, qint64 sessionId)
{
    auto found = loadWhere(sql, u"s.id = :id"_s, {{":id", sessionId}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Training", "There is no such training record."));
    return found->constFirst();
}

Result<qint64> insert(Transaction &tx, const TrainingSession &s)
{
    SqlParams params = headerParams(s);
    params.push_back({":slot", optionalId(s.slotId)});
    params.push_back({":occ", s.slotId > 0 ? isoDate(s.occurrenceDate) : QVariant()});
    params.push_back({":at", sqlDateTime(tx.now())});
    auto id = tx.insert(u"INSERT INTO training_sessions(session_date, start_time, end_time, room_id, instructor_id, "
                        "kind, service, topic, content, method, problems, next_steps, slot_id, occurrence_date, "
                        "created_at) VALUES (:d, :st, :en, :room, :ins, :kind, :svc, :topic, :content, :method, "
                        ":problems, :next, :slot, :occ, :at)"_s,
                        params);
    if (!id)
        return id.error();
    if (auto rows = writeRows(tx, *id, s, {}); !rows)
        return rows.error();
    return *id;
}

Result<void> update(Transaction &tx, const TrainingSession &s, int version)
{
    QHash<qint64, QString> kept;
    const auto stored = load(tx, s.id);
    if (!stored)
        return stored.error();
    for (const SessionStudent &st : stored->students)
        for (const ObjectiveWork &w : st.objectives)
            kept.insert(w.objectiveId, w.objectiveText);
    SqlParams params = headerParams(s);
    params.push_back({":id", s.id});
    params.push_back({":v", version});
    // Rows first: for an amendment the header's new version closes the window
    // in which the triggers let a signed record's rows change.
    if (auto rows = writeRows(tx, s.id, s, kept); !rows)
        return rows;
    return run(tx, u"UPDATE training_sessions SET session_date = :d, start_time = :st, end_time = :en, "
                   "room_id = :room, instructor_id = :ins, kind = :kind, service = :svc, topic = :topic, "
                   "content = :content, method = :method, problems = :problems, next_steps = :next, "
                   "version = :v WHERE id = :id"_s,
                   params);
}

Result<void> writeProgressPoints(Transaction &tx, const TrainingSession &s)
{
    // The points are the IEP's data; they go and come with the record that wrote them.
    if (auto r = run(tx, u"DELETE FROM progress_points WHERE session_id = :s"_s, {{":s", s.id}}); !r)
        return r;
    for (const SessionStudent &st : s.students) {
        if (!st.present())
            continue;
        for (const ObjectiveWork &w : st.objectives) {
            if (!w.value)
                continue;
            ProgressPoint point;
            point.objectiveId = w.objectiveId;
            point.date = s.date;
            point.value = *w.value;
            point.note = w.note;
            point.sessionId = s.id;
            if (auto added = ObjectiveDataRepository::addPoint(tx, point); !added)
                return added.error();
        }
    }
    return {};
}

Result<QString> objectiveTextFor(Transaction &tx, qint64 studentId, qint64 objectiveId)
{
    auto words = readOne(tx,
                         u"SELECT o.behaviour, o.condition, o.criterion FROM iep_objectives o "
                         "JOIN iep_goals g ON g.id = o.goal_id JOIN ieps i ON i.id = g.iep_id "
                         "WHERE o.id = :o AND i.student_id = :st"_s,
                         {{":o", objectiveId}, {":st", studentId}}, [](const SqlRows &q) {
                             return QStringList{q.value(0).toString().trimmed(), q.value(1).toString().trimmed(),
                                                q.value(2).toString().trimmed()};
                         });
    if (!words)
        return words.error();
    if (!*words)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Training", "An objective of the record is not in the student's IEP."));
    // Goal-bank objectives already hold condition and criterion in the behaviour.
    QString text = (*words)->at(0);
    const QString condition = (*words)->at(1);
    const QString criterion = (*words)->at(2);
    if (!condition.isEmpty() && !text.contains(condition))
        text = condition + u"，"_s + text;
    if (!criterion.isEmpty() && !text.contains(criterion))
        text += u"，"_s + criterion;
    return text;
}

} // namespace rr::sessionstore
