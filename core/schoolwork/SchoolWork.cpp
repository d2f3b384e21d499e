#include "schoolwork/SchoolWork.h"

#include "common/EnumLabels.h"

namespace rr {

namespace {

// The last entry of each list is the fallback for unknown keys.
constexpr EnumLabels<GuidanceTopic, 4> kTopics{"rr::SchoolWork", {{
    {GuidanceTopic::IepWriting, "iep", u"个别化教育计划制订", QT_TRANSLATE_NOOP("rr::SchoolWork", "IEP writing")},
    {GuidanceTopic::ClassroomTeaching, "classroom", u"课堂教学", QT_TRANSLATE_NOOP("rr::SchoolWork", "Classroom teaching")},
    {GuidanceTopic::FamilyEducation, "family", u"家庭教育", QT_TRANSLATE_NOOP("rr::SchoolWork", "Family education")},
    {GuidanceTopic::Rehabilitation, "rehabilitation", u"康复训练", QT_TRANSLATE_NOOP("rr::SchoolWork", "Rehabilitation")},
}}};

constexpr EnumLabels<SchoolGroup, 2> kGroups{"rr::SchoolWork", {{
    {SchoolGroup::Working, "working", u"工作小组", QT_TRANSLATE_NOOP("rr::SchoolWork", "Working group")},
    {SchoolGroup::Leadership, "leadership", u"领导小组", QT_TRANSLATE_NOOP("rr::SchoolWork", "Leadership group")},
}}};

constexpr EnumLabels<PartnerKind, 4> kContactKinds{"rr::SchoolWork", {{
    {PartnerKind::Centre, "centre", u"资源中心", QT_TRANSLATE_NOOP("rr::SchoolWork", "Resource centre")},
    {PartnerKind::Federation, "federation", u"残联", QT_TRANSLATE_NOOP("rr::SchoolWork", "Disabled Persons' Federation")},
    {PartnerKind::Hospital, "hospital", u"医院", QT_TRANSLATE_NOOP("rr::SchoolWork", "Hospital")},
    {PartnerKind::Other, "other", u"其他", QT_TRANSLATE_NOOP("rr::SchoolWork", "Other")},
}}};

constexpr EnumLabels<DocumentCategory, 13> kCategories{"rr::SchoolWork", {{
    {DocumentCategory::Policies, "policies", u"文件和制度", QT_TRANSLATE_NOOP("rr::SchoolWork", "Documents and rules")},
    {DocumentCategory::PlansAndSummaries, "plans", u"学期计划和总结", QT_TRANSLATE_NOOP("rr::SchoolWork", "Semester plans and summaries")},
    {DocumentCategory::Inspections, "inspections", u"检查与考评", QT_TRANSLATE_NOOP("rr::SchoolWork", "Inspections and evaluations")},
    {DocumentCategory::RoomConstruction, "room", u"资源教室建设", QT_TRANSLATE_NOOP("rr::SchoolWork", "Resource room construction")},
    {DocumentCategory::Funding, "funding", u"经费投入", QT_TRANSLATE_NOOP("rr::SchoolWork", "Funding")},
    {DocumentCategory::ResearchRecords, "research", u"教科研·活动记录", QT_TRANSLATE_NOOP("rr::SchoolWork", "Research: activity records")},
    {DocumentCategory::DemoLessons, "lessons", u"教科研·研讨课", QT_TRANSLATE_NOOP("rr::SchoolWork", "Research: demonstration lessons")},
    {DocumentCategory::CaseStudies, "cases", u"教科研·个案研究", QT_TRANSLATE_NOOP("rr::SchoolWork", "Research: case studies")},
    {DocumentCategory::SchoolMaterials, "materials", u"教科研·校本教材", QT_TRANSLATE_NOOP("rr::SchoolWork", "Research: school-based materials")},
    {DocumentCategory::Inclusion, "inclusion", u"普特融合活动", QT_TRANSLATE_NOOP("rr::SchoolWork", "Inclusion activities")},
    {DocumentCategory::Themed, "themed", u"专题活动", QT_TRANSLATE_NOOP("rr::SchoolWork", "Themed activities")},
    {DocumentCategory::Community, "community", u"社区互动", QT_TRANSLATE_NOOP("rr::SchoolWork", "Community work")},
    {DocumentCategory::Honours, "honours", u"荣誉", QT_TRANSLATE_NOOP("rr::SchoolWork", "Honours")},
}}};

constexpr EnumLabels<ActivityKind, 3> kActivityKinds{"rr::SchoolWork", {{
    {ActivityKind::Inclusion, "inclusion", u"普特融合活动", QT_TRANSLATE_NOOP("rr::SchoolWork", "Inclusion activity")},
    {ActivityKind::Themed, "themed", u"专题活动", QT_TRANSLATE_NOOP("rr::SchoolWork", "Themed activity")},
    {ActivityKind::Research, "research", u"教研活动", QT_TRANSLATE_NOOP("rr::SchoolWork", "Teaching research")},
}}};

template <typename E, std::size_t N>
QList<E> valuesOf(const EnumLabels<E, N> &labels)
{
    QList<E> out;
    for (const auto &entry : labels.entries())
        out << entry.value;
    return out;
}

} // namespace

QList<GuidanceTopic> allGuidanceTopics() { return valuesOf(kTopics); }
QString guidanceTopicKey(GuidanceTopic t) { return kTopics.key(t); }
bool guidanceTopicFromKey(const QString &key, GuidanceTopic *t) { return kTopics.fromKey(key, t); }
QString guidanceTopicChinese(GuidanceTopic t) { return kTopics.chinese(t); }
QString guidanceTopicLabel(GuidanceTopic t) { return kTopics.label(t); }

QString schoolGroupKey(SchoolGroup g) { return kGroups.key(g); }
bool schoolGroupFromKey(const QString &key, SchoolGroup *g) { return kGroups.fromKey(key, g); }
QString schoolGroupChinese(SchoolGroup g) { return kGroups.chinese(g); }
QString schoolGroupLabel(SchoolGroup g) { return kGroups.label(g); }

QList<PartnerKind> allPartnerKinds() { return valuesOf(kContactKinds); }
QString partnerKindKey(PartnerKind k) { return kContactKinds.key(k); }
bool partnerKindFromKey(const QString &key, PartnerKind *k) { return kContactKinds.fromKey(key, k); }
QString partnerKindChinese(PartnerKind k) { return kContactKinds.chinese(k); }
QString partnerKindLabel(PartnerKind k) { return kContactKinds.label(k); }

QList<DocumentCategory> allDocumentCategories() { return valuesOf(kCategories); }
QString documentCategoryKey(DocumentCategory c) { return kCategories.key(c); }
bool documentCategoryFromKey(const QString &key, DocumentCategory *c) { return kCategories.fromKey(key, c); }
QString documentCategoryChinese(DocumentCategory c) { return kCategories.chinese(c); }
QString documentCategoryLabel(DocumentCategory c) { return kCategories.label(c); }

QList<ActivityKind> allActivityKinds() { return {ActivityKind::Research, ActivityKind::Inclusion, ActivityKind::Themed}; }
QString activityKindKey(ActivityKind k) { return kActivityKinds.key(k); }
bool activityKindFromKey(const QString &key, ActivityKind *k) { return kActivityKinds.fromKey(key, k); }
QString activityKindChinese(ActivityKind k) { return kActivityKinds.chinese(k); }
QString activityKindLabel(ActivityKind k) { return kActivityKinds.label(k); }

} // namespace rr
