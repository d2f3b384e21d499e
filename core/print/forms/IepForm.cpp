#include "print/forms/IepForm.h"

#include "calendar/ChineseDate.h"
#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "iep/IepRepository.h"
#include "print/forms/FormSupport.h"
#include "rooms/RoomRepository.h"
#include "school/SettingsRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// 9月1日—1月13日 fits a narrow column on two lines; the semester gives the year.
QString dateRange(const QDate &start, const QDate &end)
{
    auto day = [](const QDate &d) { return d.isValid() ? u"%1月%2日"_s.arg(d.month()).arg(d.day()) : QString(); };
    if (!start.isValid() && !end.isValid())
        return {};
    return day(start) + u"—\n"_s + day(end);
}

QString ageOn(const QDate &birth, const QDate &at)
{
    if (!birth.isValid() || !at.isValid() || birth > at)
        return {};
    return ageText(ageAt(birth, at));
}

QString goalNumber(int index) { return chineseNumber(index + 1); }

// 感知觉与运动·精细: no brackets inside the brackets of a caption.
QString domainText(GoalDomain domain)
{
    return goalDomainChinese(domain).replace(u"（"_s, u"·"_s).remove(u"）"_s);
}

// Letters as printed: "O T".
QString methodLetters(const QString &letters)
{
    QStringList parts;
    for (QChar c : letters)
        parts << QString(c);
    return parts.join(u' ');
}

FieldGrid studentGrid(const IepFormData &d, const QDate &today)
{
    using C = GridCell;
    const Student &s = d.student;
    // The age the team planned for: on the 制定日期 (meeting date); a plan
    // not yet dated takes the form's day within its semester.
    const QDate ageDate = d.iep.content.meetingDate.isValid() ? d.iep.content.meetingDate : std::min(today, d.semester.end);
    FieldGrid grid;
    grid.columnWeights = {20, 32, 20, 40, 22, 36};
    grid.minRowHeightMm = 8;
    grid.rows = {
        {C::label(u"学生姓名"_s), C::value(s.name), C::label(u"性别"_s), C::value(genderChinese(s.gender)),
         C::label(u"年龄"_s), C::value(ageOn(s.birthDate, ageDate))},
        {C::label(u"年级班级"_s), C::value(s.grade > 0 ? classText(s.grade, s.className) : s.className),
         C::label(u"班主任"_s), C::value(s.headTeacherName), C::label(u"出生日期"_s), C::value(formDate(s.birthDate))},
        {C::label(u"障碍类别"_s), C::value(needsChinese(s.needs, true), 3), C::label(u"安置方式"_s),
         C::value(placementChinese(s.placement))},
        {C::label(u"计划期限"_s), C::value(formDate(d.semester.start) + u" 至 "_s + formDate(d.semester.end), 3),
         C::label(u"计划状态"_s), C::value(iepStatusChinese(d.iep.status))},
    };
    return grid;
}

FormTable teamTable(const IepContent &content)
{
    FormTable table;
    table.caption = u"IEP制定小组"_s;
    table.headers = {u"角色"_s, u"姓名"_s, u"角色"_s, u"姓名"_s};
    table.columnWeights = {1.0, 1.2, 1.0, 1.2};
    for (int i = 0; i < content.team.size(); i += 2) {
        QStringList row{teamRoleChinese(content.team.at(i).role), content.team.at(i).name};
        if (i + 1 < content.team.size())
            row << teamRoleChinese(content.team.at(i + 1).role) << content.team.at(i + 1).name;
        else
            row << QString() << QString();
        table.rows.append(row);
    }
    table.minRows = 2;
    return table;
}

FormTable presentLevelTable(const IepContent &content)
{
    FormTable table;
    table.caption = u"现有能力水平"_s;
    table.headers = {u"领域"_s, u"现有能力水平（优势与需求）"_s};
    table.columnWeights = {38, 132};
    for (const PresentLevel &p : content.presentLevels)
        table.rows.append({domainText(p.domain), p.text});
    table.minRows = 2;
    return table;
}

FormTable goalTable(const IepGoal &goal, int index, bool evaluated)
{
    FormTable table;
    table.caption = u"长期目标%1（%2）：%3"_s.arg(goalNumber(index), domainText(goal.domain), goal.longTerm);
    table.headers = {u"序号"_s, u"短期目标"_s, u"评量\n方式"_s, u"起止日期"_s, u"负责人"_s, u"进度\n标记"_s, u"达成\n情况"_s};
    table.columnWeights = {10, 75, 13, 22, 18, 13, 19};
    for (int o = 0; o < goal.objectives.size(); ++o) {
        const IepObjective &obj = goal.objectives.at(o);
        QString text = obj.behaviour;
        if (!obj.condition.trimmed().isEmpty() && !text.contains(obj.condition.trimmed()))
            text = obj.condition.trimmed() + u"，"_s + text;
        if (!obj.criterion.trimmed().isEmpty() && !text.contains(obj.criterion.trimmed()))
            text += u"（标准："_s + obj.criterion.trimmed() + u"）"_s;
        const QString mark = evaluated && obj.result != ProgressMark::None ? progressMarkKey(obj.result) : QString();
        const QString achieved = evaluated ? achievementChinese(obj.achievement) : QString();
        table.rows.append({u"%1.%2"_s.arg(index + 1).arg(o + 1), text, methodLetters(obj.methods),
                           dateRange(obj.start, obj.end.isValid() ? obj.end : obj.deadline), obj.responsible, mark,
                           achieved});
    }
    return table;
}

FormTable serviceTable(const IepContent &content, const QHash<qint64, QString> &rooms)
{
    FormTable table;
    table.caption = u"服务安排（个别化教育与康复训练）"_s;
    table.headers = {u"服务项目"_s, u"每周分钟"_s, u"负责人"_s, u"地点"_s};
    table.columnWeights = {1.3, 1.0, 1.6, 1.6};
    int total = 0;
    for (const IepService &s : content.services) {
        table.rows.append({serviceTypeChinese(s.type), QString::number(s.minutesPerWeek), s.provider,
                           s.roomId > 0 ? rooms.value(s.roomId) : QString()});
        total += s.minutesPerWeek;
    }
    if (!content.services.isEmpty())
        table.rows.append({u"合计"_s, QString::number(total), QString(), QString()});
    table.minRows = 2;
    return table;
}

FormTable accommodationTable(const IepContent &content)
{
    FormTable table;
    table.caption = u"调整与支持措施"_s;
    table.headers = {u"类别"_s, u"调整措施"_s};
    table.columnWeights = {38, 132};
    for (AccommodationKind kind : {AccommodationKind::Classroom, AccommodationKind::Homework, AccommodationKind::Exam}) {
        QStringList items;
        for (const IepAccommodation &a : content.accommodations)
            if (a.kind == kind)
                items << a.text;
        if (items.size() > 1)
            for (int i = 0; i < items.size(); ++i)
                items[i] = u"%1. %2"_s.arg(i + 1).arg(items.at(i));
        table.rows.append({accommodationKindChinese(kind) + u"调整"_s, items.join(u'\n')});
    }
    return table;
}

SignatureBlock signatures(const IepContent &content)
{
    SignatureBlock block;
    bool parent = false;
    for (const IepTeamMember &m : content.team) {
        block.roles << u"%1（%2）"_s.arg(teamRoleChinese(m.role), m.name);
        parent = parent || m.role == TeamRole::Parent;
    }
    if (!parent)
        block.roles << u"家长"_s;
    return block;
}

} // namespace

Result<IepFormData> requestedIep(const FormContext &context)
{
    auto student = requestedStudent(context);
    if (!student)
        return student.error();
    const auto profile = SettingsRepository(context.db).profile();
    if (!profile)
        return profile.error();
    const auto semester = requestedSemester(context);
    if (!semester)
        return semester.error();
    const auto iep = IepRepository(context.db).forStudentSemester(student->id, semester->id);
    if (!iep)
        return iep.error();
    if (!*iep)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Print", "%1 has no IEP for %2.")
                                                  .arg(student->name, semester->name));
    return IepFormData{*student, *semester, **iep, profile->schoolName};
}

Result<FormDocument> buildIepForm(const FormContext &context)
{
    auto data = requestedIep(context);
    if (!data)
        return data.error();
    const IepFormData &d = *data;
    const IepContent &content = d.iep.content;
    const auto roomNames = RoomRepository(context.db).names();
    if (!roomNames)
        return roomNames.error();
    const QHash<qint64, QString> &rooms = *roomNames;
    const bool evaluated = d.iep.status == IepStatus::Evaluation || d.iep.status == IepStatus::Archived;

    FormDocument doc;
    doc.title = u"个别化教育计划表"_s;
    doc.header = {{u"学校"_s, d.schoolName}, {u"学期"_s, d.semester.name}, {u"制定日期"_s, formDate(content.meetingDate)}};
    doc.runningHead = u"个别化教育计划表（%1 %2）"_s.arg(d.student.name, d.semester.name);
    doc.add(studentGrid(d, formToday(context)));
    doc.add(teamTable(content), 0);
    doc.add(presentLevelTable(content), 0);
    for (int g = 0; g < content.goals.size(); ++g)
        doc.add(goalTable(content.goals.at(g), g, evaluated), g == 0 ? 5.0 : 3.0);
    doc.add(serviceTable(content, rooms), 5);
    doc.add(accommodationTable(content), 0);
    QStringList reviews;
    for (const QDate &date : content.reviewDates)
        reviews << formDate(date);
    if (!reviews.isEmpty())
        doc.add(Paragraph{u"定期评估：%1。"_s.arg(reviews.join(u"、"_s)), Paragraph::Style::Normal}, 3);
    doc.add(Paragraph{u"评量方式：O 观察　W 作品　T 测验　V 口头　P 实作。"
                      "进度标记：P 通过　C 继续　D 放弃　S 简化　E 加深。"
                      "达成情况：达成 / 基本达成 / 未达成（期末评估时填写）。"_s,
                      Paragraph::Style::Note},
            3);
    doc.add(signatures(content), 6);
    doc.add(Paragraph{u"说明：本计划经IEP制定小组研讨通过，家长签字后生效，存入学生个人档案；内容涉及未成年人敏感个人信息，不得外传。"_s,
                      Paragraph::Style::Note},
            4);
    return doc;
}

} // namespace rr
