#include "iep/IepStore.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <utility>

namespace rr::iepstore {

using namespace Qt::Literals::StringLiterals;

namespace {

QVariant optionalId(qint64 id) { return id > 0 ? QVariant(id) : QVariant(); }
QVariant optionalReal(const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); }

Iep readHead(const SqlRows &q)
{
    Iep iep;
    iep.id = q.value(0).toLongLong();
    iep.studentId = q.value(1).toLongLong();
    iep.semesterId = q.value(2).toLongLong();
    iep.status = iepStatusFromKey(q.value(3).toString());
    iep.createdFromIepId = q.value(4).toLongLong();
    iep.content.meetingDate = dateFromSql(q.value(5));
    iep.content.meetingMinutes = q.value(6).toString();
    return iep;
}

// Columns from 1 on; column 0 is the goal the objective belongs to.
IepObjective readObjective(const SqlRows &q)
{
    IepObjective o;
    o.id = q.value(1).toLongLong();
    o.behaviour = q.value(2).toString();
    o.condition = q.value(3).toString();
    o.criterion = q.value(4).toString();
    o.deadline = dateFromSql(q.value(5));
    o.methods = q.value(6).toString();
    o.responsible = q.value(7).toString();
    o.start = dateFromSql(q.value(8));
    o.end = dateFromSql(q.value(9));
    o.scale = storedScale(q.value(10).toString());
    o.direction = storedDirection(q.value(11).toString());
    if (!q.value(12).isNull())
        o.goalValue = q.value(12).toDouble();
    o.result = progressMarkFromKey(q.value(13).toString());
    o.achievement = achievementFromKey(q.value(14).toString());
    o.resultComment = q.value(15).toString();
    if (!q.value(16).isNull())
        o.gasLevel = q.value(16).toInt();
    return o;
}

// The rows of a table hanging on a plan (or a goal), each with the id of its
// owner in column 0, appended to the owner's list in the statement's order.
template <typename Owner, typename Map, typename Append>
Result<void> readInto(const SqlExecutor &sql, const QString &statement, const SqlParams &params,
                      const QHash<qint64, Owner *> &owners, Map map, Append append)
{
    auto rows = readList(sql, statement, params, [&](const SqlRows &q) { return std::pair(q.value(0).toLongLong(), map(q)); });
    if (!rows)
        return rows.error();
    for (auto &[ownerId, row] : *rows)
        if (Owner *owner = owners.value(ownerId))
            append(*owner, std::move(row));
    return {};
}

SqlParams objectiveParams(const IepObjective &o, qint64 goalId, int position)
{
    return {{":g", goalId}, {":p", position}, {":b", o.behaviour.trimmed()}, {":c", nullIfEmpty(o.condition)},
            {":cr", nullIfEmpty(o.criterion)}, {":dl", isoDate(o.deadline)}, {":m", o.methods},
            {":r", nullIfEmpty(o.responsible)}, {":s", isoDate(o.start)}, {":e", isoDate(o.end)},
            {":sc", scaleKey(o.scale)}, {":dir", directionKey(o.direction)}, {":gv", optionalReal(o.goalValue)}};
}

} // namespace

Error notFound(qint64 iepId)
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Iep", "There is no IEP with number %1.").arg(iepId));
}

Result<QList<Iep>> loadWhere(const SqlExecutor &sql, const QString &condition, const SqlParams &params)
{
    auto heads = readList(sql,
                          u"SELECT i.id, i.student_id, i.semester_id, i.status, i.created_from_iep_id, i.meeting_date, "
                          "i.meeting_minutes FROM ieps i JOIN semesters s ON s.id = i.semester_id WHERE "_s
                              + condition + u" ORDER BY s.start_date, i.id"_s,
                          params, readHead);
    if (!heads)
        return heads.error();
    QList<Iep> ieps = std::move(*heads);
    if (ieps.isEmpty())
        return ieps;
    QHash<qint64, IepContent *> contents;
    for (Iep &iep : ieps)
        contents.insert(iep.id, &iep.content);
    // Each table once for all the plans: `selected` is the same set of plans.
    const QString selected = u"(SELECT i.id FROM ieps i WHERE "_s + condition + u")"_s;
    const QString owned = u" WHERE iep_id IN "_s + selected;

    Result<void> read = readInto(sql, u"SELECT iep_id, review_date FROM iep_review_dates"_s + owned + u" ORDER BY review_date, id"_s,
                                 params, contents, [](const SqlRows &q) { return dateFromSql(q.value(1)); },
                                 [](IepContent &c, QDate d) { c.reviewDates.append(d); });
    if (read)
        read = readInto(sql, u"SELECT iep_id, role, name FROM iep_team"_s + owned + u" ORDER BY position, id"_s, params, contents,
                        [](const SqlRows &q) { return IepTeamMember{teamRoleFromKey(q.value(1).toString()), q.value(2).toString()}; },
                        [](IepContent &c, IepTeamMember m) { c.team.append(std::move(m)); });
    if (read)
        read = readInto(sql, u"SELECT iep_id, domain, text FROM iep_present_levels"_s + owned + u" ORDER BY position, id"_s, params,
                        contents,
                        [](const SqlRows &q) { return PresentLevel{storedDomain(q.value(1).toString()), q.value(2).toString()}; },
                        [](IepContent &c, PresentLevel p) { c.presentLevels.append(std::move(p)); });
    if (read)
        read = readInto(sql, u"SELECT iep_id, id, domain, long_term FROM iep_goals"_s + owned + u" ORDER BY position, id"_s, params,
                        contents,
                        [](const SqlRows &q) {
                            return IepGoal{q.value(1).toLongLong(), storedDomain(q.value(2).toString()), q.value(3).toString(), {}};
                        },
                        [](IepContent &c, IepGoal g) { c.goals.append(std::move(g)); });
    if (!read)
        return read.error();

    QHash<qint64, IepGoal *> goals;
    for (IepContent *c : std::as_const(contents))
        for (IepGoal &g : c->goals)
            goals.insert(g.id, &g);
    read = readInto(sql,
                    u"SELECT goal_id, id, behaviour, condition, criterion, deadline, methods, responsible, start_date, "
                    "end_date, scale, direction, goal_value, result, achievement, result_comment, gas_level "
                    "FROM iep_objectives WHERE goal_id IN (SELECT id FROM iep_goals"_s
                        + owned + u") ORDER BY position, id"_s,
                    params, goals, readObjective, [](IepGoal &g, IepObjective o) { g.objectives.append(std::move(o)); });
    if (read)
        read = readInto(sql, u"SELECT iep_id, type, minutes_per_week, provider, room_id FROM iep_services"_s + owned
                                 + u" ORDER BY position, id"_s,
                        params, contents,
                        [](const SqlRows &q) {
                            return IepService{serviceTypeFromKey(q.value(1).toString()), q.value(2).toInt(), q.value(3).toString(),
                                              q.value(4).toLongLong()};
                        },
                        [](IepContent &c, IepService s) { c.services.append(std::move(s)); });
    if (read)
        read = readInto(sql, u"SELECT iep_id, kind, text FROM iep_accommodations"_s + owned + u" ORDER BY position, id"_s, params,
                        contents,
                        [](const SqlRows &q) {
                            return IepAccommodation{accommodationKindFromKey(q.value(1).toString()), q.value(2).toString()};
                        },
                        [](IepContent &c, IepAccommodation a) { c.accommodations.append(std::move(a)); });
    if (!read)
        return read.error();
    return ieps;
}

Result<Iep> load(const SqlExecutor &sql, qint64 iepId)
{
    auto ieps = loadWhere(sql, u"i.id = :iep"_s, {{":iep", iepId}});
    if (!ieps)
        return ieps.error();
    if (ieps->isEmpty())
        return notFound(iepId);
    return ieps->constFirst();
}

Result<void> writeContent(Transaction &tx, qint64 iepId, const IepContent &c)
{
    const SqlParams id{{":i", iepId}};
    if (auto r = run(tx, u"UPDATE ieps SET meeting_date = :d, meeting_minutes = :m, updated_at = :now WHERE id = :i"_s,
                     {{":d", isoDate(c.meetingDate)}, {":m", nullIfEmpty(c.meetingMinutes)},
                      {":now", sqlDateTime(tx.now())}, {":i", iepId}});
        !r)
        return r;

    // The lists nothing refers to are simply rewritten.
    for (const QString &table : {u"iep_review_dates"_s, u"iep_team"_s, u"iep_present_levels"_s, u"iep_services"_s,
                                 u"iep_accommodations"_s})
        if (auto r = run(tx, u"DELETE FROM "_s + table + u" WHERE iep_id = :i"_s, id); !r)
            return r;
    for (const QDate &d : c.reviewDates)
        if (auto r = run(tx, u"INSERT INTO iep_review_dates(iep_id, review_date) VALUES (:i, :d)"_s,
                         {{":i", iepId}, {":d", isoDate(d)}});
            !r)
            return r;
    for (int i = 0; i < c.team.size(); ++i)
        if (auto r = run(tx, u"INSERT INTO iep_team(iep_id, role, name, position) VALUES (:i, :r, :n, :p)"_s,
                         {{":i", iepId}, {":r", teamRoleKey(c.team.at(i).role)}, {":n", c.team.at(i).name.trimmed()},
                          {":p", i}});
            !r)
            return r;
    for (int i = 0; i < c.presentLevels.size(); ++i)
        if (auto r = run(tx, u"INSERT INTO iep_present_levels(iep_id, domain, text, position) VALUES (:i, :d, :t, :p)"_s,
                         {{":i", iepId}, {":d", goalDomainKey(c.presentLevels.at(i).domain)},
                          {":t", c.presentLevels.at(i).text}, {":p", i}});
            !r)
            return r;
    for (int i = 0; i < c.services.size(); ++i) {
        const IepService &s = c.services.at(i);
        if (auto r = run(tx, u"INSERT INTO iep_services(iep_id, type, minutes_per_week, provider, room_id, position) "
                             "VALUES (:i, :t, :m, :pr, :room, :p)"_s,
                         {{":i", iepId}, {":t", serviceTypeKey(s.type)}, {":m", s.minutesPerWeek},
                          {":pr", nullIfEmpty(s.provider)}, {":room", optionalId(s.roomId)}, {":p", i}});
            !r)
            return r;
    }
    for (int i = 0; i < c.accommodations.size(); ++i)
        if (auto r = run(tx, u"INSERT INTO iep_accommodations(iep_id, kind, text, position) VALUES (:i, :k, :t, :p)"_s,
                         {{":i", iepId}, {":k", accommodationKindKey(c.accommodations.at(i).kind)},
                          {":t", c.accommodations.at(i).text.trimmed()}, {":p", i}});
            !r)
            return r;

    // Goals and objectives are matched by id: progress data hang on objectives.
    auto oldGoalIds = readIds(tx, u"SELECT id FROM iep_goals WHERE iep_id = :i"_s, id);
    if (!oldGoalIds)
        return oldGoalIds.error();
    auto oldObjectiveIds = readIds(tx, u"SELECT o.id FROM iep_objectives o JOIN iep_goals g ON g.id = o.goal_id "
                                       "WHERE g.iep_id = :i"_s, id);
    if (!oldObjectiveIds)
        return oldObjectiveIds.error();
    const QSet<qint64> oldGoals(oldGoalIds->cbegin(), oldGoalIds->cend());
    const QSet<qint64> oldObjectives(oldObjectiveIds->cbegin(), oldObjectiveIds->cend());
    QSet<qint64> keptGoals, keptObjectives;
    for (const IepGoal &g : c.goals) {
        if (oldGoals.contains(g.id))
            keptGoals.insert(g.id);
        for (const IepObjective &o : g.objectives)
            if (oldObjectives.contains(o.id))
                keptObjectives.insert(o.id);
    }
    for (qint64 gone : oldObjectives - keptObjectives) {
        auto points = readValue(tx, u"SELECT count(*) FROM progress_points WHERE objective_id = :o"_s, {{":o", gone}});
        if (!points)
            return points.error();
        if (points->toInt() > 0)
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("rr::Iep", "An objective with recorded data cannot be removed; "
                                                                    "mark it as dropped (D) at the evaluation instead."));
        if (auto r = run(tx, u"DELETE FROM iep_objectives WHERE id = :o"_s, {{":o", gone}}); !r)
            return r;
    }
    for (int gi = 0; gi < c.goals.size(); ++gi) {
        const IepGoal &g = c.goals.at(gi);
        qint64 goalId = g.id;
        const SqlParams goalParams{{":i", iepId}, {":d", goalDomainKey(g.domain)}, {":t", g.longTerm.trimmed()},
                                   {":p", gi}, {":id", goalId}};
        if (keptGoals.contains(goalId)) {
            if (auto r = run(tx, u"UPDATE iep_goals SET domain = :d, long_term = :t, position = :p "
                                 "WHERE id = :id AND iep_id = :i"_s,
                             goalParams);
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
                if (auto r = run(tx, u"UPDATE iep_objectives SET goal_id = :g, position = :p, behaviour = :b, "
                                     "condition = :c, criterion = :cr, deadline = :dl, methods = coalesce(:m, ''), responsible = :r, "
                                     "start_date = :s, end_date = :e, scale = :sc, direction = :dir, goal_value = :gv "
                                     "WHERE id = :id"_s,
                                 params);
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
        if (auto r = run(tx, u"DELETE FROM iep_goals WHERE id = :g"_s, {{":g", gone}}); !r)
            return r;
    return {};
}

} // namespace rr::iepstore
