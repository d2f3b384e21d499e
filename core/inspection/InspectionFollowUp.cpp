// The 整改要求 of an inspection and the follow-up of the previous one.
#include "inspection/Inspection.h"

#include "calendar/ChineseDate.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <tuple>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QString requirementText(ProblemKind kind, const InspectionRules &rules, const QDate &due, bool anyUnsigned)
{
    const QString by = chineseDate(due);
    switch (kind) {
    case ProblemKind::WeeklySession:
        return u"请相关指导教师于%1前为上述学生补训并做好记录；今后保证每名学生每周至少%2次个别化训练。"_s.arg(by).arg(rules.sessionsPerWeek);
    case ProblemKind::MonthlyCounselling:
        return u"请于%1前为上述学生安排一对一心理辅导并做好记录；今后每月至少%2次。"_s.arg(by).arg(rules.counsellingPerMonth);
    case ProblemKind::MonthlyFamilyContact:
        return u"请于%1前与上述学生的家庭取得联系并填写家校联系记录；今后按学校规定每月与每个家庭联系。"_s.arg(by);
    case ProblemKind::MissingFields:
        return u"请相关指导教师于%1前补全缺项的训练记录；已签字的记录以修正方式补充并注明原因，确保记录真实、完整、可追溯。"_s.arg(by);
    case ProblemKind::LateSignature: {
        const QString always = u"今后按功能室管理制度规定的时限（未规定的，训练后%1天内）完成记录并签字。"_s.arg(rules.signWithinDays);
        // A late signature is past; only records still unsigned can be signed by the date.
        return anyUnsigned ? u"未签字的训练记录请于%1前完成签字；"_s.arg(by) + always : always;
    }
    case ProblemKind::ShortMinutes:
        return u"请于%1前调整排课，落实个别化教育计划规定的训练时间，保证每个学生的个别化教育和康复训练时间。"_s.arg(by);
    case ProblemKind::UnrecordedUse:
        return u"排课或使用登记未见训练记录的，请于%1前补填训练记录或注明未上课原因；功能室每次使用均须及时登记。"_s.arg(by);
    }
    return {};
}

bool ruleEnabled(ProblemKind kind, const InspectionRules &rules)
{
    switch (kind) {
    case ProblemKind::WeeklySession: return rules.weeklySessions;
    case ProblemKind::MonthlyCounselling: return rules.monthlyCounselling;
    case ProblemKind::MissingFields: return rules.requiredFields;
    case ProblemKind::LateSignature: return rules.signedInTime;
    case ProblemKind::ShortMinutes: return rules.deliveredMinutes;
    case ProblemKind::UnrecordedUse: return rules.unrecordedUse;
    case ProblemKind::MonthlyFamilyContact: return true;   // counted per the family settings (0: off)
    }
    return false;
}

} // namespace

QList<InspectionRequirement> inspectionRequirements(const QList<InspectionProblem> &problems, const InspectionRules &rules,
                                                    const QDate &inspectedOn)
{
    QList<InspectionRequirement> list;
    const QDate due = inspectedOn.addDays(rules.fixWithinDays);
    const bool anyUnsigned = std::any_of(problems.cbegin(), problems.cend(),
                                         [](const InspectionProblem &p) { return p.key.startsWith(u"unsigned|"_s); });
    for (ProblemKind kind : allProblemKinds())
        if (std::any_of(problems.cbegin(), problems.cend(), [&](const InspectionProblem &p) { return p.kind == kind; }))
            list.append({kind, requirementText(kind, rules, due, anyUnsigned), due});
    return list;
}

bool isCorrectable(const InspectionProblem &problem)
{
    switch (problem.kind) {
    case ProblemKind::MissingFields:
    case ProblemKind::UnrecordedUse:
    case ProblemKind::ShortMinutes:
        return true;
    case ProblemKind::LateSignature:
        return problem.key.startsWith(u"unsigned|"_s);
    case ProblemKind::WeeklySession:
    case ProblemKind::MonthlyCounselling:
    case ProblemKind::MonthlyFamilyContact:
        return false;
    }
    return false;
}

void compareWithPrevious(InspectionResult &current, const InspectionResult &previous,
                         const QList<InspectionProblem> &recheck)
{
    current.previousId = previous.id;
    current.resolved.clear();
    QSet<QString> reported;
    for (const InspectionProblem &p : previous.problems)
        reported.insert(p.key);
    QHash<QString, InspectionProblem> stillThere;
    for (const InspectionProblem &p : recheck)
        stillThere.insert(p.key, p);

    QList<InspectionProblem> problems;
    QSet<QString> listed;
    for (InspectionProblem p : std::as_const(current.problems)) {
        const bool again = reported.contains(p.key)
            // Signing a record found unsigned is its correction; the lateness was reported then.
            || (p.kind == ProblemKind::LateSignature && reported.contains(u"unsigned|%1"_s.arg(p.sessionId)));
        if (again && !isCorrectable(p))
            continue;
        p.status = again ? ProblemStatus::Repeated : ProblemStatus::Open;
        listed.insert(p.key);
        problems.append(p);
    }
    for (const InspectionProblem &p : previous.problems) {
        if (!isCorrectable(p) || !ruleEnabled(p.kind, current.rules))
            continue;
        if (const auto found = stillThere.constFind(p.key); found != stillThere.cend()) {
            if (!listed.contains(p.key)) {   // still open, outside this inspection's range
                InspectionProblem open = *found;
                open.status = ProblemStatus::Repeated;
                problems.append(open);
            }
            continue;
        }
        InspectionProblem fixed = p;
        fixed.status = ProblemStatus::Resolved;
        current.resolved.append(fixed);
    }
    const QList<ProblemKind> order = allProblemKinds();
    std::stable_sort(problems.begin(), problems.end(), [&](const InspectionProblem &a, const InspectionProblem &b) {
        return std::tuple(order.indexOf(a.kind), a.date, a.studentName, a.key)
             < std::tuple(order.indexOf(b.kind), b.date, b.studentName, b.key);
    });
    current.problems = problems;
    current.requirements = inspectionRequirements(current.problems, current.rules, current.inspectedOn);
}

} // namespace rr
