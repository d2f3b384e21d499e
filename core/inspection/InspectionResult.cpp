#include "inspection/InspectionResult.h"

#include "common/EnumLabels.h"

namespace rr {

namespace {

constexpr EnumLabels<ProblemKind, 7> kKinds{"rr::Inspection", {{
    {ProblemKind::WeeklySession, "weekly_session", u"个别化训练未达到每周要求",
     QT_TRANSLATE_NOOP("rr::Inspection", "Fewer sessions in a week than required")},
    {ProblemKind::MonthlyCounselling, "monthly_counselling", u"未按月开展一对一心理辅导",
     QT_TRANSLATE_NOOP("rr::Inspection", "No one-to-one counselling in a month")},
    {ProblemKind::MonthlyFamilyContact, "monthly_family_contact", u"未按月开展家校联系",
     QT_TRANSLATE_NOOP("rr::Inspection", "No contact with the family in a month")},
    {ProblemKind::MissingFields, "missing_fields", u"训练记录填写不完整",
     QT_TRANSLATE_NOOP("rr::Inspection", "Record incomplete")},
    {ProblemKind::LateSignature, "late_signature", u"训练记录未按时签字",
     QT_TRANSLATE_NOOP("rr::Inspection", "Record not signed in time")},
    {ProblemKind::ShortMinutes, "short_minutes", u"训练时间未达到个别化教育计划要求",
     QT_TRANSLATE_NOOP("rr::Inspection", "Fewer minutes than the IEP requires")},
    {ProblemKind::UnrecordedUse, "unrecorded_use", u"功能室使用无训练记录",
     QT_TRANSLATE_NOOP("rr::Inspection", "Room used without a record")},
}}};

constexpr EnumLabels<ProblemStatus, 3> kStatuses{"rr::Inspection", {{
    {ProblemStatus::Repeated, "repeated", u"仍未整改", QT_TRANSLATE_NOOP("rr::Inspection", "Still open")},
    {ProblemStatus::Resolved, "resolved", u"已整改", QT_TRANSLATE_NOOP("rr::Inspection", "Fixed")},
    {ProblemStatus::Open, "open", u"新发现", QT_TRANSLATE_NOOP("rr::Inspection", "New")},
}}};

} // namespace

QList<ProblemKind> allProblemKinds()
{
    QList<ProblemKind> kinds;
    for (const auto &entry : kKinds.entries())
        kinds.append(entry.value);
    return kinds;
}
QString problemKindKey(ProblemKind k) { return kKinds.key(k); }
ProblemKind problemKindFromKey(const QString &key) { return kKinds.fromKey(key); }
QString problemKindChinese(ProblemKind k) { return kKinds.chinese(k); }
QString problemKindLabel(ProblemKind k) { return kKinds.label(k); }

QString problemStatusKey(ProblemStatus s) { return kStatuses.key(s); }
ProblemStatus problemStatusFromKey(const QString &key) { return kStatuses.fromKey(key); }
QString problemStatusChinese(ProblemStatus s) { return kStatuses.chinese(s); }
QString problemStatusLabel(ProblemStatus s) { return kStatuses.label(s); }

int InspectionResult::count(ProblemKind kind) const
{
    return int(problemsOf(kind).size());
}

QList<InspectionProblem> InspectionResult::problemsOf(ProblemKind kind) const
{
    QList<InspectionProblem> list;
    for (const InspectionProblem &p : problems)
        if (p.kind == kind)
            list.append(p);
    return list;
}

} // namespace rr
