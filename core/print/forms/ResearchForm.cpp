#include "print/forms/ResearchForm.h"

#include "print/forms/ActivityFormSupport.h"
#include "print/forms/FormSupport.h"
#include "print/forms/SchoolWorkFormSupport.h"
#include "schoolwork/SchoolActivityRepository.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

Result<FormDocument> buildResearchForm(const FormContext &context)
{
    const auto basics = schoolFormBasics(context, true);
    if (!basics)
        return basics.error();
    const auto activities = SchoolActivityRepository(context.db).inSemester(basics->semester.id, ActivityKind::Research);
    if (!activities)
        return activities.error();

    FormDocument doc;
    doc.title = u"教研活动记录表"_s;
    doc.header = {{u"学校"_s, basics->schoolName}, {u"学期"_s, basics->semester.name}, {u"活动次数"_s, u"%1次"_s.arg(activities->size())}};
    QList<SchoolActivity> list = *activities;
    if (list.isEmpty())
        list << SchoolActivity{};   // a blank record to fill in by hand
    bool first = true;
    for (const SchoolActivity &a : std::as_const(list)) {
        addActivityRecord(doc, a, u"活动主题"_s, {{u"活动内容"_s, a.content, 5}, {u"活动成效"_s, a.outcome, 3}}, first);
        first = false;
    }
    doc.add(SignatureBlock{{u"记录人"_s, u"教研组长"_s}, QString(), QString(), true}, 6);
    return doc;
}

} // namespace rr
