#include "iep/IepContentText.h"
#include "common/ListText.h"
#include "calendar/ScreenDate.h"

#include "goalbank/GoalDomain.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rr::IepContentText)
};

QString esc(const QString &s) { return s.toHtmlEscaped(); }
QString dateText(const QDate &d) { return d.isValid() ? screenDate(d) : u"—"_s; }
QString valueText(const std::optional<double> &v) { return v ? QString::number(*v, 'g', 6) : u"—"_s; }

QString methodsText(const QString &letters)
{
    QStringList names;
    for (EvaluationMethod m : allEvaluationMethods())
        if (letters.contains(evaluationMethodLetter(m)))
            names << evaluationMethodLabel(m);
    return names.isEmpty() ? u"—"_s : joinItems(names);
}

QString heading(const QString &title) { return u"<h4 style='margin:6px 0 2px 0'>"_s + esc(title) + u"</h4>"_s; }
QString notRecorded() { return u"<p><i>"_s + esc(Text::tr("Not recorded")) + u"</i></p>"_s; }

QString teamLine(const IepTeamMember &m) { return teamRoleLabel(m.role) + labelSeparator() + m.name; }
QString serviceLine(const IepService &s, const QHash<qint64, QString> &rooms)
{
    QString line = Text::tr("%1, %2 min/week").arg(serviceTypeLabel(s.type)).arg(s.minutesPerWeek);
    if (!s.provider.isEmpty())
        line += clauseSeparator() + s.provider;
    if (s.roomId > 0)
        line += clauseSeparator() + rooms.value(s.roomId, Text::tr("room %1").arg(s.roomId));
    return line;
}

QStringList lines(const QList<IepTeamMember> &team)
{
    QStringList l;
    for (const IepTeamMember &m : team)
        l << teamLine(m);
    return l;
}

// The fields of an objective that differ, as "label: before → after".
QStringList objectiveFieldChanges(const IepObjective &a, const IepObjective &b)
{
    QStringList changes;
    auto text = [&](const QString &label, const QString &x, const QString &y) {
        if (x != y)
            changes << Text::tr("%1: \"%2\" → \"%3\"").arg(label, x, y);
    };
    text(Text::tr("behaviour"), a.behaviour, b.behaviour);
    text(Text::tr("condition"), a.condition, b.condition);
    text(Text::tr("criterion"), a.criterion, b.criterion);
    text(Text::tr("deadline"), dateText(a.deadline), dateText(b.deadline));
    text(Text::tr("evaluation methods"), methodsText(a.methods), methodsText(b.methods));
    text(Text::tr("responsible"), a.responsible, b.responsible);
    text(Text::tr("start"), dateText(a.start), dateText(b.start));
    text(Text::tr("end"), dateText(a.end), dateText(b.end));
    text(Text::tr("scale"), scaleLabel(a.scale), scaleLabel(b.scale));
    text(Text::tr("direction"), directionLabel(a.direction), directionLabel(b.direction));
    text(Text::tr("goal value"), valueText(a.goalValue), valueText(b.goalValue));
    return changes;
}

} // namespace

QString objectiveText(const IepObjective &o)
{
    QString text = o.behaviour.trimmed();
    if (!o.condition.trimmed().isEmpty() && !text.contains(o.condition.trimmed()))
        text = o.condition.trimmed() + u"，"_s + text;
    if (!o.criterion.trimmed().isEmpty() && !text.contains(o.criterion.trimmed()))
        text += u"，"_s + o.criterion.trimmed();
    return text;
}

QString iepContentHtml(const IepContent &c, const QHash<qint64, QString> &rooms, IepHtmlParts parts)
{
    QString html;
    if (parts.team) {
        html += heading(Text::tr("Team and meeting"));
        html += u"<p>"_s + (c.team.isEmpty() ? esc(Text::tr("No team members")) : esc(lines(c.team).join(sentenceSeparator())));
        html += u"<br>"_s + esc(Text::tr("Meeting: %1").arg(dateText(c.meetingDate)));
        if (!c.reviewDates.isEmpty()) {
            QStringList reviews;
            for (const QDate &d : c.reviewDates)
                reviews << dateText(d);
            html += u"<br>"_s + esc(Text::tr("Reviews: %1").arg(joinItems(reviews)));
        }
        html += u"</p>"_s;
        if (!c.meetingMinutes.trimmed().isEmpty())
            html += u"<p style='white-space:pre-wrap'>"_s + esc(c.meetingMinutes.trimmed()) + u"</p>"_s;
    }
    if (parts.presentLevels) {
        html += heading(Text::tr("Present levels"));
        if (c.presentLevels.isEmpty())
            html += notRecorded();
        for (const PresentLevel &level : c.presentLevels)
            html += u"<p><i>"_s + esc(goalDomainLabel(level.domain)) + u"</i> — "_s + esc(level.text) + u"</p>"_s;
    }
    if (parts.goals) {
        html += heading(Text::tr("Goals and objectives"));
        if (c.goals.isEmpty())
            html += notRecorded();
        for (int g = 0; g < c.goals.size(); ++g) {
            const IepGoal &goal = c.goals.at(g);
            html += u"<p><b>%1. "_s.arg(g + 1) + esc(goalDomainLabel(goal.domain)) + u"</b> — "_s + esc(goal.longTerm);
            html += u"</p><ul style='margin-top:0'>"_s;
            for (int o = 0; o < goal.objectives.size(); ++o) {
                const IepObjective &obj = goal.objectives.at(o);
                html += u"<li>%1.%2 "_s.arg(g + 1).arg(o + 1) + esc(objectiveText(obj)) + u"<br><small>"_s +
                        esc(Text::tr("Deadline %1 · %2 · goal %3 · %4 · %5")
                                .arg(dateText(obj.deadline), scaleLabel(obj.scale), valueText(obj.goalValue),
                                     methodsText(obj.methods), obj.responsible.isEmpty() ? u"—"_s : obj.responsible)) +
                        u"</small></li>"_s;
            }
            html += u"</ul>"_s;
        }
    }
    if (parts.services) {
        html += heading(Text::tr("Services"));
        if (c.services.isEmpty())
            html += notRecorded();
        for (const IepService &s : c.services)
            html += u"<p>"_s + esc(serviceLine(s, rooms)) + u"</p>"_s;
    }
    if (parts.accommodations) {
        html += heading(Text::tr("Accommodations"));
        if (c.accommodations.isEmpty())
            html += notRecorded();
        for (const IepAccommodation &a : c.accommodations)
            html += u"<p><i>"_s + esc(accommodationKindLabel(a.kind)) + u"</i> — "_s + esc(a.text) + u"</p>"_s;
    }
    return html;
}

QStringList iepContentChanges(const IepContent &before, const IepContent &after)
{
    QStringList changes;
    if (before.meetingDate != after.meetingDate)
        changes << Text::tr("Meeting date: %1 → %2").arg(dateText(before.meetingDate), dateText(after.meetingDate));
    if (before.meetingMinutes != after.meetingMinutes)
        changes << Text::tr("Meeting minutes changed");
    if (before.reviewDates != after.reviewDates)
        changes << Text::tr("Review dates changed");
    if (before.team != after.team)
        changes << Text::tr("Team: %1 → %2").arg(lines(before.team).join(sentenceSeparator()), lines(after.team).join(sentenceSeparator()));
    if (before.presentLevels != after.presentLevels)
        changes << Text::tr("Present levels changed");

    // Objectives are matched by id (kept across revisions); new ones have none.
    QHash<qint64, IepObjective> old;
    for (const IepGoal &g : before.goals)
        for (const IepObjective &o : g.objectives)
            if (o.id > 0)
                old.insert(o.id, o);
    QSet<qint64> kept;
    for (int g = 0; g < after.goals.size(); ++g) {
        const IepGoal &goal = after.goals.at(g);
        const auto previousGoal = std::find_if(before.goals.cbegin(), before.goals.cend(),
                                               [&](const IepGoal &p) { return goal.id > 0 && p.id == goal.id; });
        if (previousGoal == before.goals.cend())
            changes << Text::tr("Goal %1 added: %2").arg(g + 1).arg(goal.longTerm);
        else if (previousGoal->longTerm != goal.longTerm || previousGoal->domain != goal.domain)
            changes << Text::tr("Goal %1: \"%2\" → \"%3\"").arg(g + 1).arg(previousGoal->longTerm, goal.longTerm);
        for (int o = 0; o < goal.objectives.size(); ++o) {
            const IepObjective &obj = goal.objectives.at(o);
            const QString number = u"%1.%2"_s.arg(g + 1).arg(o + 1);
            if (obj.id <= 0 || !old.contains(obj.id)) {
                changes << Text::tr("Objective %1 added: %2").arg(number, objectiveText(obj));
                continue;
            }
            kept.insert(obj.id);
            for (const QString &field : objectiveFieldChanges(old.value(obj.id), obj))
                changes << Text::tr("Objective %1, %2").arg(number, field);
        }
    }
    for (const IepGoal &g : before.goals) {
        if (g.id > 0 && std::none_of(after.goals.cbegin(), after.goals.cend(), [&](const IepGoal &a) { return a.id == g.id; }))
            changes << Text::tr("Goal removed: %1").arg(g.longTerm);
        for (const IepObjective &o : g.objectives)
            if (o.id > 0 && !kept.contains(o.id))
                changes << Text::tr("Objective removed: %1").arg(objectiveText(o));
    }
    if (before.services != after.services)
        changes << Text::tr("Services changed");
    if (before.accommodations != after.accommodations)
        changes << Text::tr("Accommodations changed");
    return changes;
}

} // namespace rr
