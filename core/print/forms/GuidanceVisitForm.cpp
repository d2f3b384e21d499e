#include "print/forms/GuidanceVisitForm.h"

#include "print/forms/FormSupport.h"
#include "print/forms/SchoolWorkFormSupport.h"
#include "schoolwork/GuidanceVisitRepository.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// ☑ IEP制订  ☐ 课堂教学 …: every topic printed, the guided ones ticked.
QString topicBoxes(const QList<GuidanceTopic> &topics)
{
    QStringList parts;
    for (GuidanceTopic t : allGuidanceTopics())
        parts << (topics.contains(t) ? u"☑"_s : u"☐"_s) + guidanceTopicChinese(t);
    return parts.join(u"　"_s);
}

void addVisit(FormDocument &doc, const GuidanceVisit &v, int number)
{
    FieldGrid grid;
    grid.columnWeights = {1, 1.6, 1, 1.6};
    grid.rows = {
        {GridCell::label(u"第%1次"_s.arg(number)), GridCell::value(formDate(v.date)), GridCell::label(u"指导教师"_s),
         GridCell::value(v.visitor)},
        {GridCell::label(u"所属中心"_s), GridCell::value(v.centre, 3)},
        {GridCell::label(u"指导内容"_s), GridCell::value(topicBoxes(v.topics), 3)},
    };
    doc.add(grid, number == 1 ? 4 : 6, true);
    // The heading column lines up with the grid's label column (170 mm of A4 portrait).
    const double labelWidth = 170.0 / 5.2;
    doc.add(TextSection{u"发现的问题"_s, v.problems, 2, labelWidth}, 0);
    doc.add(TextSection{u"指导建议"_s, v.suggestions, 2, labelWidth}, 0);
    doc.add(TextSection{u"整改跟进"_s, v.followUp, 1, labelWidth}, 0);
    doc.add(TextSection{u"跟进结果"_s, v.followUpResult, 1, labelWidth}, 0);
}

} // namespace

Result<FormDocument> buildGuidanceVisitForm(const FormContext &context)
{
    const auto basics = schoolFormBasics(context, true);
    if (!basics)
        return basics.error();
    const auto visits = GuidanceVisitRepository(context.db).inSemester(basics->semester);
    if (!visits)
        return visits.error();

    FormDocument doc;
    doc.title = u"巡回指导记录表"_s;
    doc.header = {{u"学校"_s, basics->schoolName},
                  {u"学期"_s, basics->semester.name},
                  {u"指导次数"_s, u"%1次（应%2～%3次）"_s.arg(visits->size()).arg(GuidanceCount::kExpectedMin).arg(GuidanceCount::kExpectedMax)}};
    int number = 0;
    for (const GuidanceVisit &v : *visits)
        addVisit(doc, v, ++number);
    if (visits->isEmpty()) {
        // An empty record to fill in by hand at the next visit.
        addVisit(doc, GuidanceVisit{}, 1);
    }
    doc.add(SignatureBlock{{u"巡回指导教师"_s, u"资源教师"_s}, QString(), QString(), true}, 6);
    return doc;
}

} // namespace rr
