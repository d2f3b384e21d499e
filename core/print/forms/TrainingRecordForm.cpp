#include "print/forms/TrainingRecordForm.h"

#include "calendar/ChineseDate.h"
#include "iep/IepRepository.h"
#include "print/chart/ProgressChart.h"
#include "print/forms/FormPeriods.h"
#include "print/forms/FormSupport.h"
#include "print/forms/RoomUsageForm.h"
#include "school/SettingsRepository.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"
#include "training/RoomContext.h"
#include "training/SessionRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

using C = GridCell;

// Millimetres of the 170 mm portrait column: label, value, label, value.
const QList<double> kColumns{22, 63, 22, 63};

// What the records print besides themselves: names and the objectives' scales.
struct RecordContext {
    SessionNames names;
    QHash<qint64, QString> classes;            // student id → 三年级2班
    QHash<qint64, IepObjective> objectives;    // of the students' IEPs
    QHash<qint64, QList<RecordVersion>> histories;   // of the signed records
};

QString timeRange(const TrainingSession &s)
{
    return u"%1—%2（%3分钟）"_s.arg(s.start.toString(u"HH:mm"_s), s.end.toString(u"HH:mm"_s)).arg(s.minutes());
}

QString studentLabel(const RecordContext &rc, qint64 id)
{
    const QString cls = rc.classes.value(id);
    return cls.isEmpty() ? rc.names.students.value(id) : rc.names.students.value(id) + u"（"_s + cls + u"）"_s;
}

// A count is of whatever the objective counts: the measure word after the
// last number of its criterion (每分钟120字 → 字, 每周不超过2次 → 次), else of
// its behaviour, else 次 (the scale's own unit).
QString countUnit(const IepObjective &o)
{
    static const QRegularExpression measure(
        u"\\d+(?:\\.\\d+)?\\s*(分钟|秒|个|次|字|道|题|轮|句|张|步|页|遍|组|名|人|项|件|块|颗|根|下|米|分)"_s);
    for (const QString &text : {o.criterion, o.behaviour}) {
        QString unit;
        for (auto it = measure.globalMatch(text); it.hasNext();)
            unit = it.next().captured(1);
        if (!unit.isEmpty())
            return unit;
    }
    return scaleUnitChinese(MeasurementScale::Count);
}

QString valueText(const RecordContext &rc, const ObjectiveWork &w)
{
    if (!w.value)
        return QString();
    const auto o = rc.objectives.constFind(w.objectiveId);
    if (o == rc.objectives.cend())
        return chartValueText(*w.value);
    if (o->scale == MeasurementScale::PromptLevel)
        return promptLevelChinese(static_cast<PromptLevel>(int(*w.value)));
    if (o->scale == MeasurementScale::Count)
        return chartValueText(*w.value) + countUnit(*o);
    return chartValueText(*w.value) + scaleUnitChinese(o->scale);
}

QString attendanceText(const SessionStudent &st)
{
    if (st.present())
        return attendanceChinese(st.attendance);
    const QString reason = st.absenceReason.trimmed();
    return reason.isEmpty() ? attendanceChinese(st.attendance) : attendanceChinese(st.attendance) + u"："_s + reason;
}

QString ratingText(const SessionStudent &st)
{
    QStringList parts;
    if (st.rating > 0)
        parts << u"%1分（满分5分）"_s.arg(st.rating);
    if (st.prompt)
        parts << promptLevelChinese(*st.prompt);
    return parts.join(u"，"_s);
}

QString timeOrBlank(const QTime &t) { return t.isValid() ? t.toString(u"HH:mm"_s) : QString(); }

QString equipmentText(const TrainingSession &s)
{
    QStringList names;
    for (const EquipmentUse &e : s.equipment)
        names << e.name;
    return names.join(u"、"_s);
}

void addStudentPart(FormDocument &doc, const RecordContext &rc, const SessionStudent &st, const QList<qint64> &groupmates)
{
    FieldGrid grid;
    grid.columnWeights = kColumns;
    grid.minRowHeightMm = 8;
    grid.rows.append({C::label(u"学生"_s), C::value(studentLabel(rc, st.studentId)), C::label(u"出勤"_s),
                      C::value(attendanceText(st))});
    if (!groupmates.isEmpty()) {
        QStringList names;
        for (qint64 id : groupmates)
            names << rc.names.students.value(id);
        grid.rows.append({C::label(u"同组学生"_s), C::value(names.join(u"、"_s), 3)});
    }
    if (st.present()) {
        grid.rows.append({C::label(u"到达时间"_s), C::value(timeOrBlank(st.arrival)), C::label(u"离开时间"_s),
                          C::value(timeOrBlank(st.departure))});
        grid.rows.append({C::label(u"交接给"_s), C::value(st.handedOverTo), C::label(u"表现评分"_s), C::value(ratingText(st))});
    }
    doc.add(grid, 0);
    if (!st.present())
        return;
    FormTable objectives;
    objectives.headers = {u"序号"_s, u"训练目标（个别化教育计划短期目标）"_s, u"本次数据"_s, u"备注"_s};
    objectives.columnWeights = {12, 108, 25, 25};
    objectives.compact = true;
    for (const ObjectiveWork &w : st.objectives)
        objectives.rows.append({QString::number(objectives.rows.size() + 1), w.objectiveText, valueText(rc, w), w.note});
    if (objectives.rows.isEmpty())
        objectives.rows.append({QString(), u"（本次未记录训练目标）"_s, QString(), QString()});
    doc.add(objectives, 0);
    FieldGrid words;
    words.columnWeights = kColumns;
    words.minRowHeightMm = 10;
    words.rows = {{C::label(u"学生表现"_s), C::value(st.performance, 3)}, {C::label(u"训练效果"_s), C::value(st.results, 3)}};
    doc.add(words, 0);
}

QString changeText(const RecordContext &rc, const FieldChange &c)
{
    QString what = sessionFieldChinese(c.field);
    if (c.studentId > 0)
        what = rc.names.students.value(c.studentId) + u"的"_s + what;
    const QString before = c.before.trimmed().isEmpty() ? u"（空）"_s : c.before.trimmed();
    const QString after = c.after.trimmed().isEmpty() ? u"（空）"_s : c.after.trimmed();
    return u"%1：“%2”改为“%3”"_s.arg(what, before, after);
}

// One session's record; `only` limits it to one student's part (0: everyone).
void addSession(FormDocument &doc, const RecordContext &rc, const TrainingSession &s, qint64 only, double spaceBefore)
{
    FieldGrid head;
    head.columnWeights = kColumns;
    head.minRowHeightMm = 8;
    head.rows = {
        {C::label(u"训练日期"_s), C::value(chineseDate(s.date) + u" "_s + chineseWeekday(s.date)), C::label(u"训练时间"_s),
         C::value(timeRange(s))},
        {C::label(u"训练地点"_s), C::value(rc.names.rooms.value(s.roomId)), C::label(u"指导教师"_s),
         C::value(rc.names.staff.value(s.instructorId))},
        {C::label(u"训练形式"_s), C::value(sessionKindChinese(s.kind)), C::label(u"训练类别"_s),
         C::value(serviceTypeChinese(s.service))},
        {C::label(u"训练项目"_s), C::value(s.topic, 3)},
        {C::label(u"训练内容"_s), C::value(s.content, 3)},
        {C::label(u"训练方法"_s), C::value(s.method, 3)},
        {C::label(u"器材教具"_s), C::value(equipmentText(s), 3)},
    };
    // One record: kept on one page, or continued with its student and date.
    QStringList who;
    for (const SessionStudent &st : s.students)
        if (only <= 0 || st.studentId == only)
            who << rc.names.students.value(st.studentId);
    doc.beginRecord(who.join(u"、"_s) + u" "_s + chineseDate(s.date) + u" 训练记录"_s);
    doc.add(head, spaceBefore, true);
    for (const SessionStudent &st : s.students) {
        if (only > 0 && st.studentId != only)
            continue;
        QList<qint64> groupmates;
        if (only > 0)
            for (const SessionStudent &other : s.students)
                if (other.studentId != only)
                    groupmates.append(other.studentId);
        addStudentPart(doc, rc, st, groupmates);
    }
    FieldGrid tail;
    tail.columnWeights = kColumns;
    tail.minRowHeightMm = 10;
    tail.rows = {{C::label(u"存在问题"_s), C::value(s.problems, 3)}, {C::label(u"后续调整"_s), C::value(s.nextSteps, 3)}};
    const QString signer = s.isSigned() ? rc.names.staff.value(s.signedBy) : QString();
    const QString signedOn = s.isSigned() ? chineseDate(s.signedAt.date()) + u" "_s + s.signedAt.time().toString(u"HH:mm"_s)
                                          : QString();
    tail.rows.append({C::label(u"教师签字"_s), C::value(signer), C::label(u"签字日期"_s), C::value(signedOn)});
    doc.add(tail, 0);

    const QList<RecordVersion> history = rc.histories.value(s.id);
    if (history.size() > 1) {
        FormTable corrections;
        corrections.caption = u"更正记录（原记录签字后的修改，按时间先后）"_s;
        corrections.headers = {u"序号"_s, u"更正日期"_s, u"更正人"_s, u"更正原因"_s, u"更正内容"_s};
        corrections.columnWeights = {12, 30, 20, 40, 68};
        corrections.compact = true;
        for (int i = 1; i < history.size(); ++i) {
            const RecordVersion &v = history.at(i);
            QStringList changes;
            for (const FieldChange &c : v.changes)
                changes << changeText(rc, c);
            corrections.rows.append({QString::number(i), chineseDate(v.date), v.author, v.reason, changes.join(u"；"_s)});
        }
        doc.add(corrections, 0);
    }
    doc.endRecord();
}

Result<RecordContext> recordContext(const FormContext &context, const QList<TrainingSession> &sessions)
{
    auto names = trainingctx::sessionNames(*context.db);
    if (!names)
        return names.error();
    RecordContext rc{*names, {}, {}, {}};
    const SessionRepository repository(context.db, context.clock);
    QSet<qint64> students;
    for (const TrainingSession &s : sessions) {
        for (const SessionStudent &st : s.students)
            students.insert(st.studentId);
        if (!s.isSigned())
            continue;
        auto history = repository.history(s.id);
        if (!history)
            return history.error();
        rc.histories.insert(s.id, *history);
    }
    const auto summaries = StudentRepository(context.db).summaries();
    if (!summaries)
        return summaries.error();
    for (const StudentSummary &summary : *summaries)
        if (students.contains(summary.id))
            rc.classes.insert(summary.id, summary.grade > 0 ? classText(summary.grade, summary.className) : summary.className);
    const IepRepository ieps(context.db);
    for (qint64 id : students) {
        auto plans = ieps.forStudent(id);
        if (!plans)
            return plans.error();
        for (const Iep &iep : std::as_const(*plans))
            for (const IepGoal &goal : iep.content.goals)
                for (const IepObjective &o : goal.objectives)
                    rc.objectives.insert(o.id, o);
    }
    return rc;
}

const QString kNote = u"说明：训练记录应真实、完整、可追溯，训练后按功能室管理制度规定的时限填写并签字；已签字的记录不得涂改，"
                      u"确需更正的，以更正记录注明日期、更正人及原因。本记录含未成年人敏感个人信息，仅供学生教育相关人员查阅。"_s;

} // namespace

Result<FormDocument> buildTrainingRecordForm(const FormContext &context)
{
    if (!context.db)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Print", "No data file is open."));
    const auto profile = SettingsRepository(context.db).profile();
    if (!profile)
        return profile.error();
    const SessionRepository repository(context.db, context.clock);
    FormDocument doc;
    doc.title = u"个别化训练记录表"_s;

    if (context.request.sessionId) {
        const auto session = repository.byId(*context.request.sessionId);
        if (!session && session.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Print", "There is no training record with number %1.")
                                                      .arg(*context.request.sessionId));
        if (!session)
            return session.error();
        const auto records = recordContext(context, {*session});
        if (!records)
            return records.error();
        const RecordContext &rc = *records;
        QStringList who;
        for (const SessionStudent &st : session->students)
            who << rc.names.students.value(st.studentId);
        doc.header = {{u"学校"_s, profile->schoolName}, {u"学生"_s, who.join(u"、"_s)}, {u"记录状态"_s,
                      session->isSigned() ? (session->version > 0 ? u"已签字（有更正）"_s : u"已签字"_s) : u"未签字"_s}};
        doc.runningHead = u"个别化训练记录表（%1，%2）"_s.arg(who.join(u"、"_s), chineseDate(session->date));
        addSession(doc, rc, *session, 0, 4);
        doc.add(Paragraph{kNote, Paragraph::Style::Note}, 4);
        return doc;
    }

    auto student = requestedStudent(context);
    if (!student)
        return student.error();
    const QDate today = formToday(context);
    const auto latestMonth = defaultFormPeriod(context, FormScope::StudentPeriod);
    if (!latestMonth)
        return latestMonth.error();
    auto period = requestedPeriod(context, latestMonth->first, latestMonth->second);
    if (!period)
        return period.error();
    const auto [from, to] = *period;
    const auto found = repository.forStudent(student->id, from, to);
    if (!found)
        return found.error();
    const QList<TrainingSession> &sessions = *found;
    const auto records = recordContext(context, sessions);
    if (!records)
        return records.error();
    const RecordContext &rc = *records;

    doc.subtitle = student->name + u" "_s + periodChinese(from, to);
    doc.runningHead = u"个别化训练记录表（%1，%2）"_s.arg(student->name, periodChinese(from, to));
    doc.header = {{u"学校"_s, profile->schoolName},
                  {u"学生"_s, studentLabel(rc, student->id).isEmpty() ? student->name : studentLabel(rc, student->id)},
                  {u"打印日期"_s, formDate(today)}};

    int present = 0;
    int away = 0;
    int minutes = 0;
    int unsignedCount = 0;
    for (const TrainingSession &s : sessions) {
        if (const SessionStudent *st = s.student(student->id)) {
            present += st->present() ? 1 : 0;
            away += st->present() ? 0 : 1;
            minutes += deliveredMinutes(s, *st);
        }
        unsignedCount += s.isSigned() ? 0 : 1;
    }
    QString summary = sessions.isEmpty()
        ? u"本期间没有%1的训练记录。"_s.arg(student->name)
        : u"本期间共有训练记录%1份：出席%2次，缺勤或请假%3次，实际训练%4分钟。"_s.arg(sessions.size()).arg(present).arg(away).arg(minutes);
    if (unsignedCount > 0)
        summary += u"其中%1份尚未签字。"_s.arg(unsignedCount);
    doc.add(Paragraph{summary, Paragraph::Style::Normal}, 4);
    bool first = true;
    for (const TrainingSession &s : sessions) {
        addSession(doc, rc, s, student->id, first ? 3 : 8);
        first = false;
    }
    doc.add(Paragraph{kNote, Paragraph::Style::Note}, 6);
    doc.add(SignatureBlock{{u"资源教师"_s, u"审阅人"_s}, QString(), u"审阅日期"_s, true}, 6);
    return doc;
}

} // namespace rr
