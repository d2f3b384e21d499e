#include "print/forms/SchoolArchiveIndexForm.h"

#include "print/forms/FormSupport.h"
#include "print/forms/SchoolWorkFormSupport.h"
#include "schoolwork/SchoolArchiveCompleteness.h"
#include "schoolwork/SchoolDocumentRepository.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

Result<FormDocument> buildSchoolArchiveIndexForm(const FormContext &context)
{
    const auto basics = schoolFormBasics(context, true);
    if (!basics)
        return basics.error();
    const auto documents = SchoolDocumentRepository(context.db).inSemester(basics->semester.id);
    if (!documents)
        return documents.error();
    const auto completeness = schoolArchiveCompleteness(context.db, basics->semester);
    if (!completeness)
        return completeness.error();

    FormTable index;
    index.headers = {u"序号"_s, u"类别"_s, u"档案名称"_s, u"日期"_s, u"附件"_s, u"备注"_s};
    index.columnWeights = {12, 30, 50, 32, 12, 34};
    int number = 0;
    for (const SchoolDocument &d : *documents)
        index.rows.append({QString::number(++number), documentCategoryChinese(d.category), d.title, formDate(d.date),
                           d.files.isEmpty() ? QString() : u"%1件"_s.arg(d.files.size()), d.note});
    index.minRows = 5;

    FormTable items;
    items.caption = u"档案项目核对"_s;
    items.headers = {u"项目"_s, u"档案"_s, u"系统记录"_s, u"情况"_s};
    items.columnWeights = {50, 25, 25, 40};
    for (const SchoolArchiveItemState &s : completeness->items)
        items.rows.append({schoolArchiveItemChinese(s.item), QString::number(s.documents), QString::number(s.records),
                           s.present() ? u"有"_s : (s.expected ? u"缺"_s : u"无（非每学期必备）"_s)});

    FormDocument doc;
    doc.title = u"学校档案目录"_s;
    doc.header = {{u"学校"_s, basics->schoolName},
                  {u"学期"_s, basics->semester.name},
                  {u"齐全"_s, u"%1/%2项"_s.arg(completeness->presentExpectedCount()).arg(completeness->expectedCount())}};
    doc.add(index, 4);
    doc.add(items, 6);
    doc.add(Paragraph{u"说明：系统记录指本系统中的领导小组、经费投入登记和活动记录；学生个人档案见各生档案目录。"_s, Paragraph::Style::Note}, 3);
    doc.add(SignatureBlock{{u"档案管理员"_s, u"学校负责人"_s}, formDate(formToday(context)), u"核对日期"_s, true}, 6);
    return doc;
}

} // namespace rr
