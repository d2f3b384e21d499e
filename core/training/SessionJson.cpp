#include "training/SessionJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QString timeText(const QTime &t) { return t.isValid() ? t.toString(u"HH:mm"_s) : QString(); }
QTime timeOf(const QJsonValue &v) { return QTime::fromString(v.toString(), u"HH:mm"_s); }
QString dateText(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QDate dateOf(const QJsonValue &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

QJsonObject studentToJson(const SessionStudent &st)
{
    QJsonArray objectives;
    for (const ObjectiveWork &w : st.objectives) {
        QJsonObject o{{u"objective"_s, w.objectiveId}, {u"text"_s, w.objectiveText}, {u"note"_s, w.note}};
        if (w.value)
            o.insert(u"value"_s, *w.value);
        objectives.append(o);
    }
    QJsonObject o{{u"student"_s, st.studentId},
            {u"attendance"_s, attendanceKey(st.attendance)},
            {u"absence_reason"_s, st.absenceReason},
            {u"arrival"_s, timeText(st.arrival)},
            {u"departure"_s, timeText(st.departure)},
            {u"handed_over_to"_s, st.handedOverTo},
            {u"rating"_s, st.rating},
            {u"performance"_s, st.performance},
            {u"results"_s, st.results},
            {u"objectives"_s, objectives}};
    if (st.prompt)
        o.insert(u"prompt"_s, int(*st.prompt));
    return o;
}

SessionStudent studentFromJson(const QJsonObject &o)
{
    SessionStudent st;
    st.studentId = o.value(u"student"_s).toInteger();
    st.attendance = attendanceFromKey(o.value(u"attendance"_s).toString());
    st.absenceReason = o.value(u"absence_reason"_s).toString();
    st.arrival = timeOf(o.value(u"arrival"_s));
    st.departure = timeOf(o.value(u"departure"_s));
    st.handedOverTo = o.value(u"handed_over_to"_s).toString();
    st.rating = o.value(u"rating"_s).toInt();
    if (o.contains(u"prompt"_s))
        if (auto level = promptLevelFromValue(o.value(u"prompt"_s).toInt()))
            st.prompt = *level;
    st.performance = o.value(u"performance"_s).toString();
    st.results = o.value(u"results"_s).toString();
    for (const QJsonValue &v : o.value(u"objectives"_s).toArray()) {
        const QJsonObject w = v.toObject();
        ObjectiveWork work;
        work.objectiveId = w.value(u"objective"_s).toInteger();
        work.objectiveText = w.value(u"text"_s).toString();
        work.note = w.value(u"note"_s).toString();
        if (w.contains(u"value"_s))
            work.value = w.value(u"value"_s).toDouble();
        st.objectives.append(work);
    }
    return st;
}

} // namespace

QByteArray sessionToJson(const TrainingSession &s)
{
    QJsonArray equipment;
    for (const EquipmentUse &e : s.equipment)
        equipment.append(QJsonObject{{u"item"_s, e.itemId}, {u"name"_s, e.name}});
    QJsonArray students;
    for (const SessionStudent &st : s.students)
        students.append(studentToJson(st));
    const QJsonObject o{{u"id"_s, s.id},
                        {u"date"_s, dateText(s.date)},
                        {u"start"_s, timeText(s.start)},
                        {u"end"_s, timeText(s.end)},
                        {u"room"_s, s.roomId},
                        {u"instructor"_s, s.instructorId},
                        {u"slot"_s, s.slotId},
                        {u"occurrence_date"_s, dateText(s.occurrenceDate)},
                        {u"kind"_s, sessionKindKey(s.kind)},
                        {u"service"_s, serviceTypeKey(s.service)},
                        {u"topic"_s, s.topic},
                        {u"content"_s, s.content},
                        {u"method"_s, s.method},
                        {u"equipment"_s, equipment},
                        {u"problems"_s, s.problems},
                        {u"next_steps"_s, s.nextSteps},
                        {u"students"_s, students},
                        {u"signed_by"_s, s.signedBy},
                        {u"signed_at"_s, s.signedAt.isValid() ? s.signedAt.toString(Qt::ISODate) : QString()},
                        {u"version"_s, s.version}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

TrainingSession sessionFromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    TrainingSession s;
    s.id = o.value(u"id"_s).toInteger();
    s.date = dateOf(o.value(u"date"_s));
    s.start = timeOf(o.value(u"start"_s));
    s.end = timeOf(o.value(u"end"_s));
    s.roomId = o.value(u"room"_s).toInteger();
    s.instructorId = o.value(u"instructor"_s).toInteger();
    s.slotId = o.value(u"slot"_s).toInteger();
    s.occurrenceDate = dateOf(o.value(u"occurrence_date"_s));
    s.kind = sessionKindFromKey(o.value(u"kind"_s).toString());
    s.service = serviceTypeFromKey(o.value(u"service"_s).toString());
    s.topic = o.value(u"topic"_s).toString();
    s.content = o.value(u"content"_s).toString();
    s.method = o.value(u"method"_s).toString();
    for (const QJsonValue &v : o.value(u"equipment"_s).toArray())
        s.equipment.append({v.toObject().value(u"item"_s).toInteger(), v.toObject().value(u"name"_s).toString()});
    s.problems = o.value(u"problems"_s).toString();
    s.nextSteps = o.value(u"next_steps"_s).toString();
    for (const QJsonValue &v : o.value(u"students"_s).toArray())
        s.students.append(studentFromJson(v.toObject()));
    s.signedBy = o.value(u"signed_by"_s).toInteger();
    const QString signedAt = o.value(u"signed_at"_s).toString();
    s.signedAt = signedAt.isEmpty() ? QDateTime() : QDateTime::fromString(signedAt, Qt::ISODate);
    s.version = o.value(u"version"_s).toInt();
    return s;
}

} // namespace rr
