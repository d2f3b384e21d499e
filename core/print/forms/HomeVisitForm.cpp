#include "print/forms/HomeVisitForm.h"

#include "family/FamilyContactRepository.h"
#include "print/forms/FormSupport.h"
#include "school/SettingsRepository.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double labelColumnMm = 24;

QString timeText(const FamilyContact &c)
{
    if (!c.date.isValid())
        return {};
    return c.time.isValid() ? formDate(c.date) + u' ' + c.time.toString(u"HH:mm"_s) : formDate(c.date);
}

QString followUpText(const FamilyContact &c)
{
    if (!c.followUpDue.isValid())
        return c.followUp;
    return c.followUp + u"\n（完成期限：%1）"_s.arg(formDate(c.followUpDue));
}

void addVisit(FormDocument &doc, const Student &s, const FamilyContact &c, bool first)
{
    using C = GridCell;
    FieldGrid grid;
    grid.columnWeights = {labelColumnMm, 40, 22, 30, 22, 32};
    grid.rows = {
        {C::label(u"学生姓名"_s), C::value(s.name), C::label(u"年级班级"_s),
         C::value(s.grade > 0 ? classText(s.grade, s.className) : s.className), C::label(u"家访教师"_s), C::value(c.staffName)},
        {C::label(u"家访时间"_s), C::value(timeText(c), 3), C::label(u"参与家庭\n成员"_s), C::value(c.familyPresent)},
    };
    doc.add(grid, first ? 4.0 : 8.0, true);
    doc.add(TextSection{u"家访内容"_s, c.content, c.content.isEmpty() ? 8 : 3, labelColumnMm, {}}, 0);
    doc.add(TextSection{u"家庭情况\n及家长意见"_s, c.familyViews, c.familyViews.isEmpty() ? 6 : 3, labelColumnMm, {}}, 0);
    doc.add(TextSection{u"后续措施"_s, followUpText(c), c.followUp.isEmpty() ? 4 : 2, labelColumnMm, {}}, 0);
}

} // namespace

FormDocument homeVisitDocument(const Student &s, const Semester &semester, const QList<FamilyContact> &visits,
                               const QString &schoolName)
{
    FormDocument doc;
    doc.title = u"家访记录表"_s;
    doc.header = {{u"学校"_s, schoolName}, {u"学期"_s, semester.name}};
    doc.runningHead = u"家访记录表（%1）"_s.arg(s.name);
    if (visits.isEmpty()) {
        addVisit(doc, s, FamilyContact{}, true);
    } else {
        for (qsizetype i = 0; i < visits.size(); ++i)
            addVisit(doc, s, visits.at(i), i == 0);
    }
    doc.add(SignatureBlock{{u"家访教师"_s, u"家长"_s}}, 8);
    return doc;
}

Result<FormDocument> buildHomeVisitForm(const FormContext &context)
{
    auto student = requestedStudent(context);
    if (!student)
        return student.error();
    auto semester = requestedSemester(context);
    if (!semester)
        return semester.error();
    auto contacts = FamilyContactRepository(context.db).forStudent(student->id, semester->start, semester->end);
    if (!contacts)
        return contacts.error();
    QList<FamilyContact> visits;
    for (const FamilyContact &c : std::as_const(*contacts))
        if (c.kind == ContactKind::HomeVisit)
            visits << c;
    const auto profile = SettingsRepository(context.db).profile();
    if (!profile)
        return profile.error();
    return homeVisitDocument(*student, *semester, visits, profile->schoolName);
}

} // namespace rr
