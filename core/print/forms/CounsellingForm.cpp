#include "print/forms/CounsellingForm.h"

#include "family/CounsellingRepository.h"
#include "print/forms/FormSupport.h"
#include "school/SettingsRepository.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double labelColumnMm = 24;

void addSession(FormDocument &doc, const Student &s, const CounsellingSession &c, bool first)
{
    using C = GridCell;
    QString when = formDate(c.date);
    if (c.time.isValid())
        when += u' ' + c.time.toString(u"HH:mm"_s);
    // Notes the account may not read (security/Policy.h) print as withheld, not as blank lines to fill in.
    const QString withheld = u"（内容保密，本账户不可查阅）"_s;
    const QString topic = c.notesWithheld ? withheld : c.topic;
    const QString observations = c.notesWithheld ? withheld : c.observations;
    const QString followUp = c.notesWithheld ? withheld : c.followUp;
    FieldGrid grid;
    grid.columnWeights = {labelColumnMm, 40, 22, 30, 22, 32};
    grid.rows = {
        {C::label(u"学生姓名"_s), C::value(s.name), C::label(u"年级班级"_s),
         C::value(s.grade > 0 ? classText(s.grade, s.className) : s.className), C::label(u"辅导教师"_s), C::value(c.counsellorName)},
        {C::label(u"辅导时间"_s), C::value(when, 3), C::label(u"辅导形式"_s), C::value(u"一对一"_s)},
        {C::label(u"辅导主题"_s), C::value(topic, 5)},
    };
    doc.add(grid, first ? 4.0 : 8.0, true);
    doc.add(TextSection{u"观察与记录"_s, observations, observations.isEmpty() ? 10 : 3, labelColumnMm, {}}, 0);
    doc.add(TextSection{u"后续跟进"_s, followUp, followUp.isEmpty() ? 4 : 2, labelColumnMm, {}}, 0);
}

} // namespace

FormDocument counsellingDocument(const Student &s, const Semester &semester, const QList<CounsellingSession> &sessions,
                                 const QString &schoolName)
{
    FormDocument doc;
    doc.title = u"心理辅导记录表"_s;
    doc.subtitle = u"（保密）"_s;
    doc.header = {{u"学校"_s, schoolName}, {u"学期"_s, semester.name}};
    doc.runningHead = u"心理辅导记录表（%1）"_s.arg(s.name);
    // Stronger than the usual mark: only the counsellor and the resource teacher read these notes.
    doc.confidentialityMark = u"保密 仅限辅导教师和资源教师查阅"_s;
    if (sessions.isEmpty()) {
        addSession(doc, s, CounsellingSession{}, true);
    } else {
        for (qsizetype i = 0; i < sessions.size(); ++i)
            addSession(doc, s, sessions.at(i), i == 0);
    }
    doc.add(SignatureBlock{{u"辅导教师"_s}}, 8);
    doc.add(Paragraph{u"说明：本记录属学生个人隐私，单独存放，不得复印、外传；查阅须经资源教师同意。"_s, Paragraph::Style::Note}, 4);
    return doc;
}

Result<FormDocument> buildCounsellingForm(const FormContext &context)
{
    auto student = requestedStudent(context);
    if (!student)
        return student.error();
    auto semester = requestedSemester(context);
    if (!semester)
        return semester.error();
    auto sessions = CounsellingRepository(context.db).sessionsForStudent(student->id, semester->start, semester->end);
    if (!sessions)
        return sessions.error();
    const auto profile = SettingsRepository(context.db).profile();
    if (!profile)
        return profile.error();
    return counsellingDocument(*student, *semester, *sessions, profile->schoolName);
}

} // namespace rr
