#include "print/forms/StudentInfoForm.h"

#include "calendar/ChineseDate.h"
#include "calendar/SchoolCalendar.h"
#include "school/SettingsRepository.h"
#include "students/StudentRepository.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double labelColumnMm = 22;

QString dateOrBlank(const QDate &date) { return date.isValid() ? chineseDate(date) : QString(); }

QString ageOrBlank(const QDate &birth, const QDate &today)
{
    if (!birth.isValid() || !today.isValid() || birth > today)
        return {};
    const Age age = ageAt(birth, today);
    return age.months > 0 ? u"%1岁%2个月"_s.arg(age.years).arg(age.months) : u"%1岁"_s.arg(age.years);
}

QString needsText(const QList<Need> &needs)
{
    QStringList parts;
    for (const Need &need : needs) {
        const QString note = need.note.trimmed();
        parts.append(needTextChinese(need) + (note.isEmpty() ? QString() : u"（"_s + note + u"）"_s));
    }
    return parts.join(u"；"_s);
}

FieldGrid basicGrid(const Student &s, const QDate &today)
{
    using C = GridCell;
    FieldGrid grid;
    // Millimetres on the 170 mm wide portrait page: a label column holds five
    // characters (残疾人证号), the middle one three (班主任), a value column a
    // date such as 2015年10月12日 on one line; the last column the photo.
    grid.columnWeights = {labelColumnMm, 30, 17, 24, 20, 30, 27};
    grid.rows = {
        {C::label(u"姓名"_s), C::value(s.name), C::label(u"性别"_s), C::value(genderChinese(s.gender)),
         C::label(u"民族"_s), C::value(s.ethnicity), C::photo(s.photo, 4)},
        {C::label(u"出生日期"_s), C::value(dateOrBlank(s.birthDate)), C::label(u"年龄"_s),
         C::value(ageOrBlank(s.birthDate, today)), C::label(u"年级班级"_s),
         C::value(s.grade > 0 ? classText(s.grade, s.className) : s.className)},
        {C::label(u"入学日期"_s), C::value(dateOrBlank(s.enrolmentDate)), C::label(u"班主任"_s),
         C::value(s.headTeacherName), C::label(u"安置方式"_s), C::value(placementChinese(s.placement))},
        {C::label(u"身份证号"_s), C::value(s.idNumber, 5)},
        {C::label(u"残疾人证号"_s), C::value(s.certificateNumber, 6)},
        {C::label(u"残疾类别及等级（特殊需要）"_s, 2), C::value(needsText(s.needs), 5)},
    };
    return grid;
}

FormTable guardianTable(const Student &s)
{
    FormTable table;
    table.caption = u"监护人情况"_s;
    table.headers = {u"关系"_s, u"姓名"_s, u"联系电话"_s, u"家庭住址"_s, u"是否联系人"_s};
    table.columnWeights = {1.0, 1.3, 1.8, 4.2, 1.3};
    for (const Guardian &g : s.guardians)
        table.rows.append({g.relation, g.name, g.phone, g.address, g.isContact ? u"是"_s : u"否"_s});
    table.minRows = 2;
    return table;
}

} // namespace

FormDocument studentInfoDocument(const Student &s, const QString &schoolName, const QDate &today)
{
    FormDocument doc;
    doc.title = u"学生基本情况登记表"_s;
    doc.header = {{u"学校"_s, schoolName}, {u"填表日期"_s, dateOrBlank(today)}};
    doc.runningHead = u"学生基本情况登记表（%1）"_s.arg(s.name);
    doc.add(basicGrid(s, today));
    // The blocks below join the grid into one continuous form.
    doc.add(guardianTable(s), 0);
    // 家庭情况 and 成长史 belong to 家庭情况及成长史, printed there only.
    // Broken by hand: five characters a line would leave 史 alone.
    doc.add(TextSection{u"治疗及\n教育史"_s, s.treatmentHistory, 3, labelColumnMm}, 0);
    doc.add(TextSection{u"医疗史"_s, s.medicalHistory, 2, labelColumnMm}, 0);
    doc.add(TextSection{u"备注"_s, s.notes, 2, labelColumnMm}, 0);
    doc.add(SignatureBlock{{u"填表人"_s, u"班主任"_s, u"家长"_s}}, 8);
    doc.add(Paragraph{u"说明：家庭情况及成长史另见《家庭情况及成长史》。本表存入学生个人档案，内容涉及未成年人敏感个人信息，仅供学生教育相关人员查阅，不得外传。"_s,
                      Paragraph::Style::Note},
            4);
    return doc;
}

Result<FormDocument> buildStudentInfoForm(const FormContext &context)
{
    if (!context.db)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Print", "No data file is open."));
    if (!context.request.studentId)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Print", "Choose the student whose form is to be printed."));
    const auto student = StudentRepository(context.db).byId(*context.request.studentId);
    if (!student)
        return student.error();
    const auto clock = context.clock ? context.clock : systemClock();
    const auto profile = SettingsRepository(context.db).profile();
    if (!profile)
        return profile.error();
    return studentInfoDocument(*student, profile->schoolName, clock->today());
}

} // namespace rr
