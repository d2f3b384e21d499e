#include "print/forms/LeadershipForm.h"

#include "print/forms/FormSupport.h"
#include "print/forms/SchoolWorkFormSupport.h"
#include "schoolwork/SchoolOrganisationRepository.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QString period(const GroupMember &m)
{
    if (!m.from.isValid() && !m.to.isValid())
        return QString();
    return formDate(m.from) + u"至"_s + (m.to.isValid() ? formDate(m.to) : u"今"_s);
}

Result<FormTable> groupTable(const SchoolOrganisationRepository &repository, SchoolGroup group, const QDate &today)
{
    const auto members = repository.members(group);
    if (!members)
        return members.error();
    FormTable table;
    table.caption = schoolGroupChinese(group);
    table.headers = {u"序号"_s, u"姓名"_s, u"职务（分工）"_s, u"任职时间"_s};
    table.columnWeights = {10, 30, 50, 70};
    int number = 0;
    // A printed list shows who serves now; past members stay on screen and in the data.
    for (const GroupMember &m : *members)
        if (m.servingOn(today))
            table.rows.append({QString::number(++number), m.staffName, m.role, period(m)});
    table.minRows = 4;
    return table;
}

} // namespace

Result<FormDocument> buildLeadershipForm(const FormContext &context)
{
    const auto basics = schoolFormBasics(context, false);
    if (!basics)
        return basics.error();
    const SchoolOrganisationRepository repository(context.db);
    const QDate today = formToday(context);
    const auto leaders = groupTable(repository, SchoolGroup::Leadership, today);
    if (!leaders)
        return leaders.error();
    const auto workers = groupTable(repository, SchoolGroup::Working, today);
    if (!workers)
        return workers.error();
    const auto contacts = repository.contacts();
    if (!contacts)
        return contacts.error();

    FormDocument doc;
    doc.title = u"随班就读工作领导小组名单"_s;
    doc.header = {{u"学校"_s, basics->schoolName}, {u"日期"_s, formDate(today)}};
    doc.add(*leaders, 4);
    doc.add(*workers, 6);
    FormTable contactTable;
    contactTable.caption = u"联络单位"_s;
    contactTable.headers = {u"类别"_s, u"单位"_s, u"联系人"_s, u"电话"_s, u"备注"_s};
    contactTable.columnWeights = {20, 55, 25, 30, 30};
    for (const SchoolContact &c : *contacts)
        contactTable.rows.append({partnerKindChinese(c.kind), c.organisation, c.person, c.phone, c.note});
    contactTable.minRows = 3;
    doc.add(contactTable, 6);
    doc.add(SignatureBlock{{u"学校负责人"_s}, QString(), QString(), true}, 6);
    return doc;
}

} // namespace rr
