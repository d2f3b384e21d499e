#include "iep/IepSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue dateValue(const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }
QDate dateOf(const QJsonValue &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

QJsonObject objectiveToJson(const IepObjective &o)
{
    QJsonObject j{{u"id"_s, o.id}, {u"behaviour"_s, o.behaviour}, {u"condition"_s, o.condition},
                  {u"criterion"_s, o.criterion}, {u"deadline"_s, dateValue(o.deadline)}, {u"methods"_s, o.methods},
                  {u"responsible"_s, o.responsible}, {u"start"_s, dateValue(o.start)}, {u"end"_s, dateValue(o.end)},
                  {u"scale"_s, scaleKey(o.scale)}, {u"direction"_s, directionKey(o.direction)},
                  {u"result"_s, progressMarkKey(o.result)}, {u"achievement"_s, achievementKey(o.achievement)},
                  {u"resultComment"_s, o.resultComment}};
    if (o.goalValue)
        j.insert(u"goalValue"_s, *o.goalValue);
    if (o.gasLevel)
        j.insert(u"gasLevel"_s, *o.gasLevel);
    return j;
}

IepObjective objectiveFromJson(const QJsonObject &j)
{
    IepObjective o;
    o.id = j.value(u"id"_s).toInteger();
    o.behaviour = j.value(u"behaviour"_s).toString();
    o.condition = j.value(u"condition"_s).toString();
    o.criterion = j.value(u"criterion"_s).toString();
    o.deadline = dateOf(j.value(u"deadline"_s));
    o.methods = j.value(u"methods"_s).toString();
    o.responsible = j.value(u"responsible"_s).toString();
    o.start = dateOf(j.value(u"start"_s));
    o.end = dateOf(j.value(u"end"_s));
    o.scale = storedScale(j.value(u"scale"_s).toString());
    o.direction = storedDirection(j.value(u"direction"_s).toString());
    if (j.contains(u"goalValue"_s))
        o.goalValue = j.value(u"goalValue"_s).toDouble();
    o.result = progressMarkFromKey(j.value(u"result"_s).toString());
    o.achievement = achievementFromKey(j.value(u"achievement"_s).toString());
    o.resultComment = j.value(u"resultComment"_s).toString();
    if (j.contains(u"gasLevel"_s))
        o.gasLevel = j.value(u"gasLevel"_s).toInt();
    return o;
}

} // namespace

QByteArray iepContentToJson(const IepContent &c)
{
    QJsonArray reviews, team, levels, goals, services, accommodations;
    for (const QDate &d : c.reviewDates)
        reviews.append(dateValue(d));
    for (const IepTeamMember &m : c.team)
        team.append(QJsonObject{{u"role"_s, teamRoleKey(m.role)}, {u"name"_s, m.name}});
    for (const PresentLevel &p : c.presentLevels)
        levels.append(QJsonObject{{u"domain"_s, goalDomainKey(p.domain)}, {u"text"_s, p.text}});
    for (const IepGoal &g : c.goals) {
        QJsonArray objectives;
        for (const IepObjective &o : g.objectives)
            objectives.append(objectiveToJson(o));
        goals.append(QJsonObject{{u"id"_s, g.id}, {u"domain"_s, goalDomainKey(g.domain)}, {u"longTerm"_s, g.longTerm},
                                 {u"objectives"_s, objectives}});
    }
    for (const IepService &s : c.services)
        services.append(QJsonObject{{u"type"_s, serviceTypeKey(s.type)}, {u"minutesPerWeek"_s, s.minutesPerWeek},
                                    {u"provider"_s, s.provider}, {u"roomId"_s, s.roomId}});
    for (const IepAccommodation &a : c.accommodations)
        accommodations.append(QJsonObject{{u"kind"_s, accommodationKindKey(a.kind)}, {u"text"_s, a.text}});
    const QJsonObject root{{u"meetingDate"_s, dateValue(c.meetingDate)}, {u"meetingMinutes"_s, c.meetingMinutes},
                           {u"reviewDates"_s, reviews}, {u"team"_s, team}, {u"presentLevels"_s, levels},
                           {u"goals"_s, goals}, {u"services"_s, services}, {u"accommodations"_s, accommodations}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

IepContent iepContentFromJson(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    IepContent c;
    c.meetingDate = dateOf(root.value(u"meetingDate"_s));
    c.meetingMinutes = root.value(u"meetingMinutes"_s).toString();
    for (const QJsonValue &v : root.value(u"reviewDates"_s).toArray())
        c.reviewDates.append(dateOf(v));
    for (const QJsonValue &v : root.value(u"team"_s).toArray())
        c.team.append({teamRoleFromKey(v[u"role"_s].toString()), v[u"name"_s].toString()});
    for (const QJsonValue &v : root.value(u"presentLevels"_s).toArray())
        c.presentLevels.append({storedDomain(v[u"domain"_s].toString()), v[u"text"_s].toString()});
    for (const QJsonValue &v : root.value(u"goals"_s).toArray()) {
        IepGoal g;
        g.id = v[u"id"_s].toInteger();
        g.domain = storedDomain(v[u"domain"_s].toString());
        g.longTerm = v[u"longTerm"_s].toString();
        for (const QJsonValue &o : v[u"objectives"_s].toArray())
            g.objectives.append(objectiveFromJson(o.toObject()));
        c.goals.append(g);
    }
    for (const QJsonValue &v : root.value(u"services"_s).toArray())
        c.services.append({serviceTypeFromKey(v[u"type"_s].toString()), v[u"minutesPerWeek"_s].toInt(),
                           v[u"provider"_s].toString(), v[u"roomId"_s].toInteger()});
    for (const QJsonValue &v : root.value(u"accommodations"_s).toArray())
        c.accommodations.append({accommodationKindFromKey(v[u"kind"_s].toString()), v[u"text"_s].toString()});
    return c;
}

} // namespace rr
