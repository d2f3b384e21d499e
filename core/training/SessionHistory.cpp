#include "training/SessionHistory.h"
#include "calendar/ScreenDate.h"

#include "common/EnumLabels.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr EnumLabels<SessionField, 24> kFields{"rr::Training", {{
    {SessionField::Date, "date", u"训练日期", QT_TRANSLATE_NOOP("rr::Training", "Date")},
    {SessionField::Start, "start", u"开始时间", QT_TRANSLATE_NOOP("rr::Training", "Start")},
    {SessionField::End, "end", u"结束时间", QT_TRANSLATE_NOOP("rr::Training", "End")},
    {SessionField::Room, "room", u"训练地点", QT_TRANSLATE_NOOP("rr::Training", "Room")},
    {SessionField::Instructor, "instructor", u"指导教师", QT_TRANSLATE_NOOP("rr::Training", "Instructor")},
    {SessionField::Kind, "kind", u"训练形式", QT_TRANSLATE_NOOP("rr::Training", "Form")},
    {SessionField::Service, "service", u"服务类型", QT_TRANSLATE_NOOP("rr::Training", "Service")},
    {SessionField::Topic, "topic", u"训练项目", QT_TRANSLATE_NOOP("rr::Training", "Topic")},
    {SessionField::Content, "content", u"训练内容", QT_TRANSLATE_NOOP("rr::Training", "Content")},
    {SessionField::Method, "method", u"训练方法", QT_TRANSLATE_NOOP("rr::Training", "Method")},
    {SessionField::Equipment, "equipment", u"器材教具", QT_TRANSLATE_NOOP("rr::Training", "Equipment used")},
    {SessionField::Problems, "problems", u"存在问题", QT_TRANSLATE_NOOP("rr::Training", "Problems")},
    {SessionField::NextSteps, "next_steps", u"后续调整", QT_TRANSLATE_NOOP("rr::Training", "Next steps")},
    {SessionField::Student, "student", u"训练学生", QT_TRANSLATE_NOOP("rr::Training", "Student")},
    {SessionField::Attendance, "attendance", u"出勤", QT_TRANSLATE_NOOP("rr::Training", "Attendance")},
    {SessionField::AbsenceReason, "absence_reason", u"缺勤原因", QT_TRANSLATE_NOOP("rr::Training", "Reason for absence")},
    {SessionField::Arrival, "arrival", u"到达时间", QT_TRANSLATE_NOOP("rr::Training", "Arrival")},
    {SessionField::Departure, "departure", u"离开时间", QT_TRANSLATE_NOOP("rr::Training", "Departure")},
    {SessionField::HandedOverTo, "handed_over_to", u"交接给", QT_TRANSLATE_NOOP("rr::Training", "Handed over to")},
    {SessionField::Rating, "rating", u"表现评分", QT_TRANSLATE_NOOP("rr::Training", "Rating")},
    {SessionField::Prompt, "prompt", u"辅助程度", QT_TRANSLATE_NOOP("rr::Training", "Prompt level")},
    {SessionField::Performance, "performance", u"学生表现", QT_TRANSLATE_NOOP("rr::Training", "Performance")},
    {SessionField::Results, "results", u"训练效果", QT_TRANSLATE_NOOP("rr::Training", "Results")},
    {SessionField::Objectives, "objectives", u"训练目标及数据", QT_TRANSLATE_NOOP("rr::Training", "Objectives and data")},
}}};

QString timeText(const QTime &t) { return t.isValid() ? t.toString(u"HH:mm"_s) : QString(); }

QString nameText(const QHash<qint64, QString> &names, qint64 id)
{
    if (id <= 0)
        return {};
    const QString name = names.value(id);
    return name.isEmpty() ? QString::number(id) : name;
}

QString equipmentText(const QList<EquipmentUse> &equipment)
{
    QStringList names;
    for (const EquipmentUse &e : equipment)
        names << e.name;
    return names.join(u"、"_s);
}

QString objectivesText(const QList<ObjectiveWork> &objectives)
{
    QStringList parts;
    for (const ObjectiveWork &w : objectives) {
        QString part = w.objectiveText.isEmpty() ? QString::number(w.objectiveId) : w.objectiveText;
        if (w.value)
            part += u"（%1）"_s.arg(QString::number(*w.value));
        if (!w.note.trimmed().isEmpty())
            part += u" "_s + w.note.trimmed();
        parts << part;
    }
    return parts.join(u"；"_s);
}

void compare(QList<FieldChange> &changes, SessionField field, qint64 student, const QString &before, const QString &after)
{
    if (before.trimmed() != after.trimmed())
        changes.append({field, student, before.trimmed(), after.trimmed()});
}

void compareStudent(QList<FieldChange> &out, const SessionStudent &a, const SessionStudent &b)
{
    const qint64 id = b.studentId;
    compare(out, SessionField::Attendance, id, attendanceChinese(a.attendance), attendanceChinese(b.attendance));
    compare(out, SessionField::AbsenceReason, id, a.absenceReason, b.absenceReason);
    compare(out, SessionField::Arrival, id, timeText(a.arrival), timeText(b.arrival));
    compare(out, SessionField::Departure, id, timeText(a.departure), timeText(b.departure));
    compare(out, SessionField::HandedOverTo, id, a.handedOverTo, b.handedOverTo);
    compare(out, SessionField::Rating, id, a.rating > 0 ? QString::number(a.rating) : QString(),
            b.rating > 0 ? QString::number(b.rating) : QString());
    compare(out, SessionField::Prompt, id, a.prompt ? promptLevelChinese(*a.prompt) : QString(),
            b.prompt ? promptLevelChinese(*b.prompt) : QString());
    compare(out, SessionField::Performance, id, a.performance, b.performance);
    compare(out, SessionField::Results, id, a.results, b.results);
    compare(out, SessionField::Objectives, id, objectivesText(a.objectives), objectivesText(b.objectives));
}

} // namespace

QString sessionFieldChinese(SessionField f) { return kFields.chinese(f); }
QString sessionFieldLabel(SessionField f) { return kFields.label(f); }

QList<FieldChange> sessionChanges(const TrainingSession &a, const TrainingSession &b, const SessionNames &names)
{
    QList<FieldChange> out;
    compare(out, SessionField::Date, 0, screenDate(a.date), screenDate(b.date));
    compare(out, SessionField::Start, 0, timeText(a.start), timeText(b.start));
    compare(out, SessionField::End, 0, timeText(a.end), timeText(b.end));
    compare(out, SessionField::Room, 0, nameText(names.rooms, a.roomId), nameText(names.rooms, b.roomId));
    compare(out, SessionField::Instructor, 0, nameText(names.staff, a.instructorId), nameText(names.staff, b.instructorId));
    compare(out, SessionField::Kind, 0, sessionKindChinese(a.kind), sessionKindChinese(b.kind));
    compare(out, SessionField::Service, 0, serviceTypeChinese(a.service), serviceTypeChinese(b.service));
    compare(out, SessionField::Topic, 0, a.topic, b.topic);
    compare(out, SessionField::Content, 0, a.content, b.content);
    compare(out, SessionField::Method, 0, a.method, b.method);
    compare(out, SessionField::Equipment, 0, equipmentText(a.equipment), equipmentText(b.equipment));
    compare(out, SessionField::Problems, 0, a.problems, b.problems);
    compare(out, SessionField::NextSteps, 0, a.nextSteps, b.nextSteps);
    for (const SessionStudent &now : b.students) {
        if (const SessionStudent *was = a.student(now.studentId))
            compareStudent(out, *was, now);
        else
            out.append({SessionField::Student, now.studentId, {}, nameText(names.students, now.studentId)});
    }
    for (const SessionStudent &was : a.students)
        if (!b.student(was.studentId))
            out.append({SessionField::Student, was.studentId, nameText(names.students, was.studentId), {}});
    return out;
}

QList<RecordVersion> recordHistory(const TrainingSession &current, const QList<SessionAmendment> &amendments,
                                   const SessionNames &names)
{
    QList<RecordVersion> versions;
    if (!current.isSigned())
        return versions;
    // Version k is what amendment k + 1 replaced; the last one is the current record.
    auto recordAt = [&](qsizetype k) { return k < amendments.size() ? amendments.at(k).previous : current; };
    RecordVersion original;
    original.record = recordAt(0);
    original.date = current.signedAt.date();
    original.author = nameText(names.staff, current.signedBy);
    versions.append(original);
    for (qsizetype k = 0; k < amendments.size(); ++k) {
        const SessionAmendment &a = amendments.at(k);
        RecordVersion v;
        v.version = a.sequence;
        v.date = a.date;
        v.author = a.author;
        v.reason = a.reason;
        v.record = recordAt(k + 1);
        v.changes = sessionChanges(versions.last().record, v.record, names);
        versions.append(v);
    }
    return versions;
}

} // namespace rr
