#include "schoolwork/SchoolArchiveCompleteness.h"

#include "calendar/Semester.h"
#include "common/EnumLabels.h"
#include "storage/Database.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr EnumLabels<SchoolArchiveItem, 11> kItems{"rr::SchoolWork", {{
    {SchoolArchiveItem::Organisation, "organisation", u"组织和领导", QT_TRANSLATE_NOOP("rr::SchoolWork", "Organisation and leadership")},
    {SchoolArchiveItem::Policies, "policies", u"文件和制度", QT_TRANSLATE_NOOP("rr::SchoolWork", "Documents and rules")},
    {SchoolArchiveItem::PlansAndSummaries, "plans", u"学期计划和总结", QT_TRANSLATE_NOOP("rr::SchoolWork", "Semester plans and summaries")},
    {SchoolArchiveItem::Inspections, "inspections", u"检查与考评", QT_TRANSLATE_NOOP("rr::SchoolWork", "Inspections and evaluations")},
    {SchoolArchiveItem::RoomConstruction, "room", u"资源教室建设", QT_TRANSLATE_NOOP("rr::SchoolWork", "Resource room construction")},
    {SchoolArchiveItem::Funding, "funding", u"经费投入", QT_TRANSLATE_NOOP("rr::SchoolWork", "Funding")},
    {SchoolArchiveItem::Research, "research", u"教科研", QT_TRANSLATE_NOOP("rr::SchoolWork", "Teaching research")},
    {SchoolArchiveItem::Inclusion, "inclusion", u"普特融合活动", QT_TRANSLATE_NOOP("rr::SchoolWork", "Inclusion activities")},
    {SchoolArchiveItem::Themed, "themed", u"专题活动", QT_TRANSLATE_NOOP("rr::SchoolWork", "Themed activities")},
    {SchoolArchiveItem::Community, "community", u"社区互动", QT_TRANSLATE_NOOP("rr::SchoolWork", "Community work")},
    {SchoolArchiveItem::Honours, "honours", u"荣誉", QT_TRANSLATE_NOOP("rr::SchoolWork", "Honours")},
}}};

} // namespace

QList<SchoolArchiveItem> allSchoolArchiveItems()
{
    QList<SchoolArchiveItem> out;
    for (const auto &entry : kItems.entries())
        out << entry.value;
    return out;
}

QString schoolArchiveItemChinese(SchoolArchiveItem item) { return kItems.chinese(item); }
QString schoolArchiveItemLabel(SchoolArchiveItem item) { return kItems.label(item); }

SchoolArchiveItem schoolArchiveItemOf(DocumentCategory category)
{
    switch (category) {
    case DocumentCategory::Policies:
        return SchoolArchiveItem::Policies;
    case DocumentCategory::PlansAndSummaries:
        return SchoolArchiveItem::PlansAndSummaries;
    case DocumentCategory::Inspections:
        return SchoolArchiveItem::Inspections;
    case DocumentCategory::RoomConstruction:
        return SchoolArchiveItem::RoomConstruction;
    case DocumentCategory::Funding:
        return SchoolArchiveItem::Funding;
    case DocumentCategory::ResearchRecords:
    case DocumentCategory::DemoLessons:
    case DocumentCategory::CaseStudies:
    case DocumentCategory::SchoolMaterials:
        return SchoolArchiveItem::Research;
    case DocumentCategory::Inclusion:
        return SchoolArchiveItem::Inclusion;
    case DocumentCategory::Themed:
        return SchoolArchiveItem::Themed;
    case DocumentCategory::Community:
        return SchoolArchiveItem::Community;
    case DocumentCategory::Honours:
        return SchoolArchiveItem::Honours;
    }
    return SchoolArchiveItem::Policies;
}

int SchoolArchiveCompleteness::expectedCount() const
{
    return int(std::count_if(items.begin(), items.end(), [](const SchoolArchiveItemState &s) { return s.expected; }));
}

int SchoolArchiveCompleteness::presentExpectedCount() const
{
    return int(std::count_if(items.begin(), items.end(), [](const SchoolArchiveItemState &s) { return s.expected && s.present(); }));
}

QList<SchoolArchiveItem> SchoolArchiveCompleteness::missing() const
{
    QList<SchoolArchiveItem> out;
    for (const SchoolArchiveItemState &s : items)
        if (s.expected && !s.present())
            out << s.item;
    return out;
}

Result<SchoolArchiveCompleteness> schoolArchiveCompleteness(const std::shared_ptr<Database> &db, const Semester &semester)
{
    SchoolArchiveCompleteness result;
    const QList<SchoolArchiveItem> items = allSchoolArchiveItems();
    for (SchoolArchiveItem item : items)
        result.items << SchoolArchiveItemState{item, 0, 0, item != SchoolArchiveItem::Honours};
    auto at = [&](SchoolArchiveItem item) -> SchoolArchiveItemState & { return result.items[items.indexOf(item)]; };

    auto documents = readList(*db, u"SELECT category, count(*) FROM school_documents WHERE semester_id = :s GROUP BY category"_s,
                              {{":s", semester.id}},
                              [](const SqlRows &q) { return std::pair{q.value(0).toString(), q.value(1).toInt()}; });
    if (!documents)
        return documents.error();
    for (const auto &[key, count] : std::as_const(*documents)) {
        DocumentCategory category;
        if (documentCategoryFromKey(key, &category))
            at(schoolArchiveItemOf(category)).documents += count;
    }
    auto activities = readList(*db, u"SELECT kind, count(*) FROM school_activities WHERE semester_id = :s GROUP BY kind"_s,
                               {{":s", semester.id}},
                               [](const SqlRows &q) { return std::pair{q.value(0).toString(), q.value(1).toInt()}; });
    if (!activities)
        return activities.error();
    for (const auto &[key, count] : std::as_const(*activities)) {
        ActivityKind kind;
        if (!activityKindFromKey(key, &kind))
            continue;
        at(kind == ActivityKind::Research ? SchoolArchiveItem::Research
           : kind == ActivityKind::Inclusion ? SchoolArchiveItem::Inclusion
                                              : SchoolArchiveItem::Themed)
            .records += count;
    }
    const SqlParams range{{":a", isoDate(semester.start)}, {":b", isoDate(semester.end)}};
    auto funding = readValue(*db, u"SELECT count(*) FROM funding_entries WHERE entry_date BETWEEN :a AND :b"_s, range);
    if (!funding)
        return funding.error();
    at(SchoolArchiveItem::Funding).records += funding->toInt();
    // A leadership group member serving at some time in the semester.
    auto leaders = readValue(*db, u"SELECT count(*) FROM school_group_members WHERE group_kind = 'leadership' "
                                   "AND (from_date IS NULL OR from_date <= :b) AND (to_date IS NULL OR to_date >= :a)"_s,
                             range);
    if (!leaders)
        return leaders.error();
    at(SchoolArchiveItem::Organisation).records += leaders->toInt();
    return result;
}

} // namespace rr
