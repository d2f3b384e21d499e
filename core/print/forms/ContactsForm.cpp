#include "print/forms/ContactsForm.h"

#include "family/FamilyContactRepository.h"
#include "print/forms/FormSupport.h"
#include "school/SettingsRepository.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

FormDocument contactsDocument(const Student &s, const Semester &semester, const QList<FamilyContact> &contacts,
                              const QString &schoolName)
{
    FormDocument doc;
    doc.orientation = PageOrientation::Landscape;
    doc.title = u"家校联系记录表"_s;
    doc.header = {{u"学校"_s, schoolName},
                  {u"学生"_s, s.name},
                  {u"年级班级"_s, s.grade > 0 ? classText(s.grade, s.className) : s.className},
                  {u"学期"_s, semester.name}};
    doc.runningHead = u"家校联系记录表（%1）"_s.arg(s.name);
    FormTable table;
    table.headers = {u"日期"_s, u"方式"_s, u"联系教师"_s, u"家庭成员"_s, u"联系内容"_s, u"家庭情况及家长意见"_s, u"后续措施及期限"_s};
    // Millimetres of the 257 mm landscape column.
    table.columnWeights = {35, 21, 19, 21, 60, 55, 46};
    for (const FamilyContact &c : contacts) {
        QString when = formDate(c.date);
        if (c.time.isValid())
            when += u'\n' + c.time.toString(u"HH:mm"_s);
        QString follow = c.followUp;
        if (c.followUpDue.isValid())
            follow += u"（%1前）"_s.arg(formDate(c.followUpDue));
        table.rows.append({when, contactKindChinese(c.kind), c.staffName, c.familyPresent, c.content, c.familyViews, follow});
    }
    table.minRows = 8;
    doc.add(table);
    doc.add(Paragraph{u"说明：联系方式包括家访、电话、家长会、家庭训练指导、家长培训、微信/短信；每月至少联系一次。"_s,
                      Paragraph::Style::Note},
            3);
    doc.add(SignatureBlock{{u"资源教师"_s}}, 6);
    return doc;
}

Result<FormDocument> buildContactsForm(const FormContext &context)
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
    const auto profile = SettingsRepository(context.db).profile();
    if (!profile)
        return profile.error();
    return contactsDocument(*student, *semester, *contacts, profile->schoolName);
}

} // namespace rr
