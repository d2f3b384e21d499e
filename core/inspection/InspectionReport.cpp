#include "inspection/InspectionReport.h"

#include "calendar/ChineseDate.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QString checkedItems(const InspectionRules &r)
{
    QStringList items;
    if (r.weeklySessions)
        items << u"每周个别化训练次数（每周至少%1次）"_s.arg(r.sessionsPerWeek);
    if (r.monthlyCounselling)
        items << u"一对一心理辅导（每月至少%1次）"_s.arg(r.counsellingPerMonth);
    if (r.requiredFields)
        items << u"记录填写完整性"_s;
    if (r.signedInTime)
        items << u"签字时限"_s;
    if (r.deliveredMinutes)
        items << u"训练时间（不少于计划的%1%）"_s.arg(r.minutesPercent);
    if (r.unrecordedUse)
        items << u"排课及功能室使用是否均有记录"_s;
    return items.join(u"、"_s);
}

QString problemLine(int number, const InspectionProblem &p)
{
    QString line = u"%1. %2"_s.arg(number).arg(p.message);
    if (!p.instructorName.isEmpty())
        line += u"（指导教师：%1）"_s.arg(p.instructorName);
    if (p.status != ProblemStatus::Open)
        line += u"【%1】"_s.arg(problemStatusChinese(p.status));
    return line;
}

} // namespace

InspectionReport inspectionReport(const InspectionResult &r)
{
    InspectionReport report;
    report.title = u"个别化训练记录检查反馈"_s;
    report.scope = u"检查日期：%1　检查范围：%2至%3"_s.arg(chineseDate(r.inspectedOn), chineseDate(r.from), chineseDate(r.to));
    if (!r.inspector.isEmpty())
        report.scope += u"　检查人：%1"_s.arg(r.inspector);

    const InspectionCounts &c = r.counts;
    QString situation = u"%1，对%2至%3的个别化训练记录开展专项检查，检查内容为%4。"_s.arg(
        chineseDate(r.inspectedOn), chineseDate(r.from), chineseDate(r.to), checkedItems(r.rules));
    situation += u"共检查学生%1名、指导教师%2名，训练记录%3份（%4人次），覆盖教学周%5周，核对排课%6节、功能室使用登记%7次。"_s
                     .arg(c.students)
                     .arg(c.instructors)
                     .arg(c.sessions)
                     .arg(c.studentRecords)
                     .arg(c.weeks)
                     .arg(c.occurrences)
                     .arg(c.usageEntries);
    QStringList byKind;
    for (ProblemKind kind : allProblemKinds())
        if (const int n = r.count(kind); n > 0)
            byKind << u"%1%2项"_s.arg(problemKindChinese(kind)).arg(n);
    situation += r.problems.isEmpty() ? u"未发现问题。"_s
                                      : u"发现问题%1项，其中%2。"_s.arg(r.problems.size()).arg(byKind.join(u"，"_s));
    int repeated = 0;
    for (const InspectionProblem &p : r.problems)
        repeated += p.status == ProblemStatus::Repeated ? 1 : 0;
    if (r.previousId > 0)
        situation += u"与上次检查相比，已整改%1项，仍未整改%2项。"_s.arg(r.resolved.size()).arg(repeated);
    report.situation = situation;

    const QStringList numerals{u"一"_s, u"二"_s, u"三"_s, u"四"_s, u"五"_s, u"六"_s};
    int section = 0;
    for (ProblemKind kind : allProblemKinds()) {
        const QList<InspectionProblem> list = r.problemsOf(kind);
        if (list.isEmpty())
            continue;
        InspectionReportSection s;
        s.heading = u"（%1）%2（%3项）"_s.arg(numerals.value(section++), problemKindChinese(kind)).arg(list.size());
        for (int i = 0; i < list.size(); ++i)
            s.lines << problemLine(i + 1, list.at(i));
        report.problems.append(s);
    }
    for (int i = 0; i < r.requirements.size(); ++i)
        report.requirements << u"%1. %2"_s.arg(i + 1).arg(r.requirements.at(i).text);
    for (int i = 0; i < r.resolved.size(); ++i)
        report.followUp << problemLine(i + 1, r.resolved.at(i));
    return report;
}

QString inspectionReportText(const InspectionReport &report)
{
    QStringList out{report.title, report.scope, QString(), u"一、检查情况"_s, report.situation, QString(), u"二、存在问题"_s};
    if (report.problems.isEmpty())
        out << u"无。"_s;
    for (const InspectionReportSection &s : report.problems)
        out << s.heading << s.lines;
    out << QString() << u"三、整改要求"_s;
    if (report.requirements.isEmpty())
        out << u"无。"_s;
    out << report.requirements;
    if (!report.followUp.isEmpty())
        out << QString() << u"四、上次检查问题整改情况"_s << report.followUp;
    return out.join(u'\n') + u'\n';
}

} // namespace rr
