#include "iep/IepStore.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSet>

namespace rr::iepstore {

using namespace Qt::Literals::StringLiterals;

namespace {

QVariant optionalId(qint64 id) { return id > 0 ? QVariant(id) : QVariant(); }
QVariant optionalReal(const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); }

QList<IepObjective> loadObjectives(const SqlRunner &run, qint64 goalId)
{
    QList<IepObjective> list;
    auto q = run(u"SELECT id, behaviour, condition, criterion, deadline, methods, responsible, start_date, end_date, "
                 "scale, direction, goal_value, result, achievement, result_comment, gas_level "
                 "FROM iep_objectives WHERE goal_id = :g ORDER BY position, id"_s,
                 {{":g", goalId}});
    while (q && q->next()) {
        IepObjective o;
        o.id = q->value(0).toLongLong();
        o.behaviour = q->value(1).toString();
        o.condition = q->value(2).toString();
        o.criterion = q->value(3).toString();
        o.deadline = dateFromSql(q->value(4));
        o.methods = q->value(5).toString();
        o.responsible = q->value(6).toString();
        o.start = dateFromSql(q->value(7));
        o.end = dateFromSql(q->value(8));
        o.scale = storedScale(q->value(9).toString());
        o.direction = storedDirection(q->value(10).toString());
        if (!q->value(11).isNull())
            o.goalValue = q->value(11).toDouble();
        o.result = progressMarkFromKey(q->value(12).toString());
        o.achievement = achievementFromKey(q->value(13).toString());
        o.resultComment = q->value(14).toString();
        if (!q->value(15).isNull())
            o.gasLevel = q->value(15).toInt();
        list.append(o);
    }
    return list;
}

IepContent loadContent(const SqlRunner &run, qint64 iepId)
{
    IepContent c;
    const SqlParams id{{":i", iepId}};
    auto head = run(u"SELECT meeting_date, meeting_minutes FROM ieps WHERE id = :i"_s, id);
    if (head && head->next()) {
        c.meetingDate = dateFromSql(head->value(0));
        c.meetingMinutes = head->value(1).toString();
    }
    auto q = run(u"SELECT review_date FROM iep_review_dates WHERE iep_id = :i ORDER BY review_date, id"_s, id);
    while (q && q->next())
        c.reviewDates.append(dateFromSql(q->value(0)));
    q = run(u"SELECT role, name FROM iep_team WHERE iep_id = :i ORDER BY position, id"_s, id);
    while (q && q->next())
        c.team.append({teamRoleFromKey(q->value(0).toString()), q->value(1).toString()});
    q = run(u"SELECT domain, text FROM iep_present_levels WHERE iep_id = :i ORDER BY position, id"_s, id);
    while (q && q->next())
        c.presentLevels.append({storedDomain(q->value(0).toString()), q->value(1).toString()});
    q = run(u"SELECT id, domain, long_term FROM iep_goals WHERE iep_id = :i ORDER BY position, id"_s, id);
    while (q && q->next())
        c.goals.append({q->value(0).toLongLong(), storedDomain(q->value(1).toString()), q->value(2).toString(), {}});
    for (IepGoal &g : c.goals)
        g.objectives = loadObjectives(run, g.id);
    q = run(u"SELECT type, minutes_per_week, provider, room_id FROM iep_services WHERE iep_id = :i ORDER BY position, id"_s, id);
    while (q && q->next())
        c.services.append({serviceTypeFromKey(q->value(0).toString()), q->value(1).toInt(), q->value(2).toString(),
                           q->value(3).toLongLong()});
    q = run(u"SELECT kind, text FROM iep_accommodations WHERE iep_id = :i ORDER BY position, id"_s, id);
    while (q && q->next())
        c.accommodations.append({accommodationKindFromKey(q->value(0).toString()), q->value(1).toString()});
    return c;
}

QSet<qint64> idSet(const SqlRunner &run, const QString &sql, qint64 iepId)
{
    QSet<qint64> ids;
    auto q = run(sql, {{":i", iepId}});
    while (q && q->next())
        ids.insert(q->value(0).toLongLong());
    return ids;
}

SqlParams objectiveParams(const IepObjective &o, qint64 goalId, int position)
{
    return {{":g", goalId}, {":p", position}, {":b", o.behaviour.trimmed()}, {":c", nullIfEmpty(o.condition)},
            {":cr", nullIfEmpty(o.criterion)}, {":dl", isoDate(o.deadline)}, {":m", o.methods},
            {":r", nullIfEmpty(o.responsible)}, {":s", isoDate(o.start)}, {":e", isoDate(o.end)},
            {":sc", scaleKey(o.scale)}, {":dir", directionKey(o.direction)}, {":gv", optionalReal(o.goalValue)}};
}

Result<void> check(const Result<SqlRows> &r) { return r ? Result<void>() : Result<void>(r.error()); }

} // namespace

SqlRunner runnerOf(const Database &db)
{
    return [&db](const QString &sql, const SqlParams &params) { return db.exec(sql, params); };
}

SqlRunner runnerOf(Transaction &tx)
{
    return [&tx](const QString &sql, const SqlParams &params) { return tx.exec(sql, params); };
}

std::optional<Iep> load(const SqlRunner &run, qint64 iepId)
{
    auto q = run(u"SELECT id, student_id, semester_id, status, created_from_iep_id FROM ieps WHERE id = :i"_s, {{":i", iepId}});
    if (!q || !q->next())
        return std::nullopt;
    Iep iep;
    iep.id = q->value(0).toLongLong();
    iep.studentId = q->value(1).toLongLong();
    iep.semesterId = q->value(2).toLongLong();
    iep.status = iepStatusFromKey(q->value(3).toString());
    iep.createdFromIepId = q->value(4).toLongLong();
    iep.content = loadContent(run, iep.id);
    return iep;
}

QList<qint64> idsForStudent(const SqlRunner &run, qint64 studentId)
{
    QList<qint64> ids;
    auto q = run(u"SELECT i.id FROM ieps i JOIN semesters s ON s.id = i.semester_id "
                 "WHERE i.student_id = :s ORDER BY s.start_date, i.id"_s,
                 {{":s", studentId}});
    while (q && q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Result<void> writeContent(Transaction &tx, qint64 iepId, const IepContent &c)
{
    const SqlRunner run = runnerOf(tx);
    const SqlParams id{{":i", iepId}};
    if (auto r = check(tx.exec(u"UPDATE ieps SET meeting_date = :d, meeting_minutes = :m, "
                               "updated_at = datetime('now', 'localtime') WHERE id = :i"_s,
                               {{":d", isoDate(c.meetingDate)}, {":m", nullIfEmpty(c.meetingMinutes)}, {":i", iepId}}));
        !r)
        return r;

    // The lists nothing refers to are simply rewritten.
    for (const QString &table : {u"iep_review_dates"_s, u"iep_team"_s, u"iep_present_levels"_s, u"iep_services"_s,
                                 u"iep_accommodations"_s})
        if (auto r = check(tx.exec(u"DELETE FROM "_s + table + u" WHERE iep_id = :i"_s, id)); !r)
            return r;
    for (const QDate &d : c.reviewDates)
        if (auto r = check(tx.exec(u"INSERT INTO iep_review_dates(iep_id, review_date) VALUES (:i, :d)"_s,
                                   {{":i", iepId}, {":d", isoDate(d)}}));
            !r)
            return r;
    for (int i = 0; i < c.team.size(); ++i)
        if (auto r = check(tx.exec(u"INSERT INTO iep_team(iep_id, role, name, position) VALUES (:i, :r, :n, :p)"_s,
                                   {{":i", iepId}, {":r", teamRoleKey(c.team.at(i).role)},
                                    {":n", c.team.at(i).name.trimmed()}, {":p", i}}));
            !r)
            return r;
    for (int i = 0; i < c.presentLevels.size(); ++i)
        if (auto r = check(tx.exec(u"INSERT INTO iep_present_levels(iep_id, domain, text, position) VALUES (:i, :d, :t, :p)"_s,
                                   {{":i", iepId}, {":d", goalDomainKey(c.presentLevels.at(i).domain)},
                                    {":t", c.presentLevels.at(i).text}, {":p", i}}));
            !r)
            return r;
    for (int i = 0; i < c.services.size(); ++i) {
        const IepService &s = c.services.at(i);
        if (auto r = check(tx.exec(u"INSERT INTO iep_services(iep_id, type, minutes_per_week, provider, room_id, position) "
                                   "VALUES (:i, :t, :m, :pr, :room, :p)"_s,
                                   {{":i", iepId}, {":t", serviceTypeKey(s.type)}, {":m", s.minutesPerWeek},
                                    {":pr", nullIfEmpty(s.provider)}, {":room", optionalId(s.roomId)}, {":p", i}}));
            !r)
            return r;
    }
    for (int i = 0; i < c.accommodations.size(); ++i)
        if (auto r = check(tx.exec(u"INSERT INTO iep_accommodations(iep_id, kind, text, position) VALUES (:i, :k, :t, :p)"_s,
                                   {{":i", iepId}, {":k", accommodationKindKey(c.accommodations.at(i).kind)},
                                    {":t", c.accommodations.at(i).text.trimmed()}, {":p", i}}));
            !r)
            return r;

    // Goals and objectives are matched by id: progress data hang on objectives.
    const QSet<qint64> oldGoals = idSet(run, u"SELECT id FROM iep_goals WHERE iep_id = :i"_s, iepId);
    const QSet<qint64> oldObjectives = idSet(run, u"SELECT o.id FROM iep_objectives o JOIN iep_goals g ON g.id = o.goal_id "
                                                  "WHERE g.iep_id = :i"_s, iepId);
    QSet<qint64> keptGoals, keptObjectives;
    for (const IepGoal &g : c.goals) {
        if (oldGoals.contains(g.id))
            keptGoals.insert(g.id);
        for (const IepObjective &o : g.objectives)
            if (oldObjectives.contains(o.id))
                keptObjectives.insert(o.id);
    }
    for (qint64 gone : oldObjectives - keptObjectives) {
        auto points = tx.exec(u"SELECT count(*) FROM progress_points WHERE objective_id = :o"_s, {{":o", gone}});
        if (!points)
            return points.error();
        if (points->next() && points->value(0).toInt() > 0)
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("rr::Iep", "An objective with recorded data cannot be removed; "
                                                                    "mark it as dropped (D) at the evaluation instead."));
        if (auto r = check(tx.exec(u"DELETE FROM iep_objectives WHERE id = :o"_s, {{":o", gone}})); !r)
            return r;
    }
    for (int gi = 0; gi < c.goals.size(); ++gi) {
        const IepGoal &g = c.goals.at(gi);
        qint64 goalId = g.id;
        const SqlParams goalParams{{":i", iepId}, {":d", goalDomainKey(g.domain)}, {":t", g.longTerm.trimmed()},
                                   {":p", gi}, {":id", goalId}};
        if (keptGoals.contains(goalId)) {
            if (auto r = check(tx.exec(u"UPDATE iep_goals SET domain = :d, long_term = :t, position = :p "
                                       "WHERE id = :id AND iep_id = :i"_s, goalParams));
                !r)
                return r;
        } else {
            auto inserted = tx.insert(u"INSERT INTO iep_goals(iep_id, domain, long_term, position) VALUES (:i, :d, :t, :p)"_s,
                                      SqlParams(goalParams.begin(), goalParams.end() - 1));
            if (!inserted)
                return inserted.error();
            goalId = *inserted;
        }
        for (int oi = 0; oi < g.objectives.size(); ++oi) {
            const IepObjective &o = g.objectives.at(oi);
            SqlParams params = objectiveParams(o, goalId, oi);
            if (keptObjectives.contains(o.id)) {
                params.emplace_back(":id", o.id);
                if (auto r = check(tx.exec(u"UPDATE iep_objectives SET goal_id = :g, position = :p, behaviour = :b, "
                                           "condition = :c, criterion = :cr, deadline = :dl, methods = coalesce(:m, ''), responsible = :r, "
                                           "start_date = :s, end_date = :e, scale = :sc, direction = :dir, goal_value = :gv "
                                           "WHERE id = :id"_s, params));
                    !r)
                    return r;
            } else {
                auto inserted = tx.insert(u"INSERT INTO iep_objectives(goal_id, position, behaviour, condition, criterion, "
                                          "deadline, methods, responsible, start_date, end_date, scale, direction, goal_value) "
                                          "VALUES (:g, :p, :b, :c, :cr, :dl, coalesce(:m, ''), :r, :s, :e, :sc, :dir, :gv)"_s, params);
                if (!inserted)
                    return inserted.error();
            }
        }
    }
    for (qint64 gone : oldGoals - keptGoals)
        if (auto r = check(tx.exec(u"DELETE FROM iep_goals WHERE id = :g"_s, {{":g", gone}})); !r)
            return r;
    return {};
}

} // namespace rr::iepstore
