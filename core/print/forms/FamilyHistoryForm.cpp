#include "print/forms/FamilyHistoryForm.h"

#include "print/forms/FormSupport.h"
#include "school/SettingsRepository.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double labelColumnMm = 22;

FieldGrid studentGrid(const Student &s)
{
    using C = GridCell;
    FieldGrid grid;
    // Millimetres of the 170 mm portrait column; a date such as 2017年10月12日 fits a value cell.
    grid.columnWeights = {labelColumnMm, 34, 20, 22, 22, 50};
    grid.rows = {
        {C::label(u"姓名"_s), C::value(s.name), C::label(u"性别"_s), C::value(genderChinese(s.gender)),
         C::label(u"出生日期"_s), C::value(formDate(s.birthDate))},
        {C::label(u"年级班级"_s), C::value(s.grade > 0 ? classText(s.grade, s.className) : s.className),
         C::label(u"民族"_s), C::value(s.ethnicity), C::label(u"班主任"_s), C::value(s.headTeacherName)},
        // Broken by hand: the column holds four characters a line.
        {C::label(u"残疾类别\n及等级"_s), C::value(needsChinese(s.needs, true), 5)},
    };
    return grid;
}

// The guardians on record, and blank rows for other members of the household.
FormTable familyTable(const Student &s)
{
    FormTable table;
    table.caption = u"家庭成员及监护人"_s;
    table.headers = {u"称谓"_s, u"姓名"_s, u"文化程度"_s, u"工作单位及职业"_s, u"联系电话"_s, u"家庭住址"_s};
    // Millimetres of the 170 mm column: every header, an 11-digit phone
    // number and names of six characters (艾力·买买提) on one line.
    table.columnWeights = {12, 26, 18.5, 31, 26.5, 56};
    for (const Guardian &g : s.guardians)
        table.rows.append({g.relation, g.name, g.education, g.occupation, g.phone, g.address});
    table.minRows = 4;
    return table;
}

// Room to write by hand: a few lines below a typed text, more when nothing
// is on record yet. The empty form still fits one page.
TextSection section(const QString &heading, const QString &text, int linesWhenEmpty)
{
    return TextSection{heading, text, text.trimmed().isEmpty() ? linesWhenEmpty : 4, labelColumnMm, {}};
}

} // namespace

FormDocument familyHistoryDocument(const Student &s, const QString &schoolName, const QDate &today)
{
    FormDocument doc;
    doc.title = u"家庭情况及成长史"_s;
    doc.header = {{u"学校"_s, schoolName}, {u"填表日期"_s, formDate(today)}};
    doc.runningHead = u"家庭情况及成长史（%1）"_s.arg(s.name);
    doc.add(studentGrid(s));
    // One continuous form: each block joins the one above.
    doc.add(familyTable(s), 0);
    // What the title names and no more: the treatment and medical histories
    // are printed once, on 学生基本情况登记表, and the family and growth
    // histories only here.
    doc.add(section(u"家庭情况"_s, s.familySituation, 6), 0);
    doc.add(section(u"成长史"_s, s.growthHistory, 6), 0);
    doc.add(SignatureBlock{{u"资源教师"_s, u"家长"_s}}, 8);
    doc.add(Paragraph{u"说明：本表存入学生个人档案，内容涉及未成年人敏感个人信息，仅供学生教育相关人员查阅，不得外传。"_s,
                      Paragraph::Style::Note},
            4);
    return doc;
}

Result<FormDocument> buildFamilyHistoryForm(const FormContext &context)
{
    auto student = requestedStudent(context);
    if (!student)
        return student.error();
    const auto profile = SettingsRepository(context.db).profile();
    if (!profile)
        return profile.error();
    return familyHistoryDocument(*student, profile->schoolName, formToday(context));
}

} // namespace rr
