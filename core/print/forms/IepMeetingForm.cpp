#include "print/forms/IepMeetingForm.h"

#include "calendar/ChineseDate.h"
#include "print/forms/FormSupport.h"
#include "print/forms/IepForm.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// The minutes as teachers type them: optional first lines "地点：…",
// "主持：…", "记录：…", "参加：…", then the discussion, then "决定：" and
// the decisions. Minutes without these marks are all discussion.
struct Minutes {
    QString place;
    QString chair;
    QString recorder;
    QString discussion;
    QString decisions;
};

Minutes parseMinutes(const QString &text)
{
    Minutes m;
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty()) {
        const QString line = lines.constFirst().trimmed();
        if (line.startsWith(u"地点："_s))
            m.place = line.mid(3).trimmed();
        else if (line.startsWith(u"主持："_s))
            m.chair = line.mid(3).trimmed();
        else if (line.startsWith(u"记录："_s))
            m.recorder = line.mid(3).trimmed();
        else if (!line.startsWith(u"参加："_s))   // the participants table says it better
            break;
        lines.removeFirst();
    }
    QStringList discussion;
    QStringList decisions;
    bool inDecisions = false;
    for (const QString &line : std::as_const(lines)) {
        const QString trimmed = line.trimmed();
        if (!inDecisions && (trimmed.startsWith(u"决定："_s) || trimmed.startsWith(u"决定事项："_s))) {
            inDecisions = true;
            const QString rest = trimmed.section(u'：', 1).trimmed();
            if (!rest.isEmpty())
                decisions << rest;
            continue;
        }
        (inDecisions ? decisions : discussion) << line;
    }
    m.discussion = discussion.join(u'\n').trimmed();
    m.decisions = decisions.join(u'\n').trimmed();
    return m;
}

} // namespace

Result<FormDocument> buildIepMeetingForm(const FormContext &context)
{
    auto data = requestedIep(context);
    if (!data)
        return data.error();
    const IepFormData &d = *data;
    const IepContent &content = d.iep.content;
    const Minutes minutes = parseMinutes(content.meetingMinutes);

    FormDocument doc;
    doc.title = u"IEP研讨记录"_s;
    doc.subtitle = u"（个别化教育计划研讨会议）"_s;
    doc.header = {{u"学校"_s, d.schoolName}, {u"学期"_s, d.semester.name}};
    doc.runningHead = u"IEP研讨记录（%1 %2）"_s.arg(d.student.name, d.semester.name);

    using C = GridCell;
    FieldGrid grid;
    grid.columnWeights = {22, 34, 22, 34, 22, 36};
    grid.minRowHeightMm = 8;
    const Student &s = d.student;
    grid.rows = {
        {C::label(u"学生姓名"_s), C::value(s.name), C::label(u"年级班级"_s),
         C::value(s.grade > 0 ? classText(s.grade, s.className) : s.className), C::label(u"障碍类别"_s),
         C::value(needsChinese(s.needs, false))},
        {C::label(u"会议日期"_s), C::value(formDate(content.meetingDate)), C::label(u"会议地点"_s),
         C::value(minutes.place, 3)},
        {C::label(u"主持人"_s), C::value(minutes.chair), C::label(u"记录人"_s), C::value(minutes.recorder),
         C::label(u"会议主题"_s), C::value(u"期初IEP制定"_s)},
    };
    doc.add(grid);

    FormTable people;
    people.caption = u"参加人员"_s;
    people.headers = {u"角色"_s, u"姓名"_s, u"签名"_s};
    people.columnWeights = {1.2, 1.3, 2.0};
    for (const IepTeamMember &m : content.team)
        people.rows.append({teamRoleChinese(m.role), m.name, QString()});
    people.minRows = 5;
    doc.add(people, 0);

    constexpr double headingMm = 22;
    doc.add(TextSection{u"研讨内容"_s, minutes.discussion, 8, headingMm}, 0);
    doc.add(TextSection{u"决定事项"_s, minutes.decisions, 5, headingMm}, 0);
    doc.add(SignatureBlock{{u"主持人"_s, u"记录人"_s, u"家长"_s}}, 8);
    doc.add(Paragraph{u"说明：本记录与个别化教育计划表一并存入学生个人档案，内容涉及未成年人敏感个人信息，不得外传。"_s,
                      Paragraph::Style::Note},
            4);
    return doc;
}

} // namespace rr
