#include "print/forms/InspectionForm.h"

#include "calendar/ChineseDate.h"
#include "calendar/SemesterRepository.h"
#include "inspection/CheckedPeriods.h"
#include "inspection/InspectionReport.h"
#include "inspection/InspectionRepository.h"
#include "inspection/Inspector.h"
#include "print/forms/FormSupport.h"
#include "school/SettingsRepository.h"
#include "storage/Database.h"
#include "training/RoomContext.h"
#include "training/SessionRepository.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

using C = GridCell;

QString shortDate(const QDate &d) { return d.isValid() ? u"%1月%2日"_s.arg(d.month()).arg(d.day()) : QString(); }

QString orDash(const QString &text) { return text.trimmed().isEmpty() ? u"—"_s : text.trimmed(); }

// Who answers for the problems of a kind: their instructors, else the resource room.
QString responsibleFor(const QList<InspectionProblem> &problems)
{
    QStringList names;
    for (const InspectionProblem &p : problems)
        if (!p.instructorName.isEmpty() && !names.contains(p.instructorName))
            names << p.instructorName;
    return names.isEmpty() ? u"资源教室"_s : names.join(u"、"_s);
}

// 检查项目 with what each asks and how much was looked at.
FormTable checkedItems(const InspectionResult &r, int months)
{
    const InspectionRules &rules = r.rules;
    const InspectionCounts &c = r.counts;
    FormTable table;
    table.headers = {u"序号"_s, u"检查项目"_s, u"检查要求"_s, u"检查范围"_s, u"发现问题"_s};
    table.columnWeights = {10, 22, 74, 44, 20};
    table.compact = true;
    auto add = [&](bool enabled, ProblemKind kind, const QString &item, const QString &rule, const QString &scope) {
        if (!enabled)
            return;
        const int n = r.count(kind);
        table.rows.append({QString::number(table.rows.size() + 1), item, rule, scope, n > 0 ? u"%1项"_s.arg(n) : u"无"_s});
    };
    add(rules.weeklySessions, ProblemKind::WeeklySession, u"训练次数"_s,
        u"每名学生每项个别化训练、康复训练每周至少%1次"_s.arg(rules.sessionsPerWeek),
        u"学生%1名，教学周%2周"_s.arg(c.students).arg(c.weeks));
    add(rules.monthlyCounselling, ProblemKind::MonthlyCounselling, u"心理辅导"_s,
        u"计划中有心理辅导的学生，每月一对一辅导至少%1次"_s.arg(rules.counsellingPerMonth), u"%1个月"_s.arg(months));
    add(rules.requiredFields, ProblemKind::MissingFields, u"记录完整"_s,
        u"出勤学生填写训练内容、学生表现、训练效果，缺勤、请假注明原因"_s,
        u"训练记录%1份（%2人次）"_s.arg(c.sessions).arg(c.studentRecords));
    add(rules.signedInTime, ProblemKind::LateSignature, u"按时签字"_s,
        u"按功能室管理制度规定的时限签字，未规定的训练后%1天内"_s.arg(rules.signWithinDays),
        u"训练记录%1份"_s.arg(c.sessions));
    add(rules.deliveredMinutes, ProblemKind::ShortMinutes, u"训练时间"_s,
        u"实际训练时间不少于个别化教育计划规定的%1%"_s.arg(rules.minutesPercent), u"学生%1名"_s.arg(c.students));
    add(rules.unrecordedUse, ProblemKind::UnrecordedUse, u"使用登记"_s, u"每节排课、每次功能室学生活动均有训练记录"_s,
        u"排课%1节，使用登记%2次"_s.arg(c.occurrences).arg(c.usageEntries));
    return table;
}

FormTable problemTable(const QString &caption, const QList<InspectionProblem> &problems, bool withStatus)
{
    FormTable table;
    table.caption = caption;
    table.headers = {u"序号"_s, u"学生"_s, u"指导教师"_s, u"日期"_s, u"问题描述"_s};
    table.columnWeights = {10, 26, 18, 20, 96};
    if (withStatus) {
        table.headers << u"状态"_s;
        table.columnWeights = {10, 26, 16, 20, 80, 18};
    }
    table.compact = true;
    for (int i = 0; i < problems.size(); ++i) {
        const InspectionProblem &p = problems.at(i);
        QStringList row{QString::number(i + 1), orDash(p.studentName), orDash(p.instructorName), shortDate(p.date), p.message};
        if (withStatus)
            row << problemStatusChinese(p.status);
        table.rows.append(row);
    }
    return table;
}

QString opinion(const InspectionResult &r)
{
    if (r.problems.isEmpty())
        return u"本次检查范围内的个别化训练均按计划开展，训练记录真实、完整，签字及时，符合学校资源教室管理制度的要求。请继续保持。"_s;
    const QDate due = r.requirements.isEmpty() ? r.inspectedOn : r.requirements.first().due;
    return u"本次检查范围内的个别化训练总体按计划开展，多数训练记录填写规范。检查发现的%1项问题，请相关指导教师对照整改要求逐项落实，"
           u"于%2前完成整改，并将整改情况报检查人复查；复查结果在下次检查时一并反馈。"_s.arg(r.problems.size()).arg(chineseDate(due));
}

} // namespace

Result<FormDocument> inspectionFeedbackDocument(const std::shared_ptr<Database> &db, const InspectionResult &r)
{
    const auto profile = SettingsRepository(db).profile();
    if (!profile)
        return profile.error();
    const auto allSemesters = SemesterRepository(db).all();
    if (!allSemesters)
        return allSemesters.error();
    const QList<Semester> &semesters = *allSemesters;
    QString semesterName;
    for (const Semester &s : semesters)
        if (s.contains(r.to) || s.contains(r.from))
            semesterName = s.name;
    // Those whose records were checked.
    const auto names = trainingctx::sessionNames(*db);
    if (!names)
        return names.error();
    const auto sessions = SessionRepository(db).between(r.from, r.to);
    if (!sessions)
        return sessions.error();
    QStringList instructors;
    for (const TrainingSession &s : *sessions)
        if (const QString name = names->staff.value(s.instructorId); !name.isEmpty() && !instructors.contains(name))
            instructors << name;

    FormDocument doc;
    doc.title = u"个别化训练记录检查反馈表"_s;
    doc.subtitle = semesterName;
    doc.runningHead = u"个别化训练记录检查反馈表（%1）"_s.arg(chineseDate(r.inspectedOn));
    doc.header = {{u"学校"_s, profile->schoolName}, {u"检查日期"_s, chineseDate(r.inspectedOn)}};

    doc.add(Paragraph{u"各年级组、各班主任、资源教室工作人员、个别化训练指导教师："_s, Paragraph::Style::Normal}, 4);
    doc.add(Paragraph{u"　　为规范个别化训练记录归档管理，确保训练记录真实、完整、可追溯，学校于%1对%2至%3的个别化训练记录开展专项检查。"
                      u"现将检查情况、存在问题及整改要求反馈如下，请相关教师严格遵照执行，落实整改。"_s.arg(
                          chineseDate(r.inspectedOn), chineseDate(r.from), chineseDate(r.to)),
                      Paragraph::Style::Normal},
            1);

    FieldGrid head;
    head.columnWeights = {22, 63, 22, 63};
    head.minRowHeightMm = 8;
    head.rows = {
        {C::label(u"检查范围"_s), C::value(chineseDate(r.from) + u"至"_s + chineseDate(r.to)), C::label(u"检查方式"_s),
         C::value(u"查阅训练记录、课表及使用登记"_s)},
        {C::label(u"检查人"_s), C::value(r.inspector), C::label(u"被检查人"_s), C::value(instructors.join(u"、"_s))},
    };
    doc.add(head, 4);

    const InspectionReport report = inspectionReport(r);
    // The report's first sentence says what the letter above already did.
    const qsizetype firstStop = report.situation.indexOf(u'。');
    const QString situation = report.situation.startsWith(chineseDate(r.inspectedOn)) && firstStop > 0
        ? report.situation.mid(firstStop + 1)
        : report.situation;
    doc.add(TextSection{u"一、检查情况"_s, situation, 2}, 0);
    doc.add(checkedItems(r, int(checkedMonths(semesters, r.from, r.to).size())), 0);

    const bool withStatus = r.previousId > 0;
    doc.add(TextSection{u"二、存在问题"_s,
                        r.problems.isEmpty() ? u"未发现问题。"_s
                                             : u"共发现问题%1项，按类别列出如下（日期为训练日期，按周、按月检查的为该周周一或该月1日）。"_s.arg(
                                                   r.problems.size()),
                        1},
            0);
    const QStringList numerals{u"一"_s, u"二"_s, u"三"_s, u"四"_s, u"五"_s, u"六"_s};
    int section = 0;
    for (ProblemKind kind : allProblemKinds()) {
        const QList<InspectionProblem> list = r.problemsOf(kind);
        if (list.isEmpty())
            continue;
        const QString caption = u"（%1）%2（%3项）"_s.arg(numerals.value(section++), problemKindChinese(kind)).arg(list.size());
        doc.add(problemTable(caption, list, withStatus), 0);
    }

    FormTable requirements;
    requirements.headers = {u"序号"_s, u"整改要求"_s, u"责任人"_s, u"完成期限"_s};
    requirements.columnWeights = {10, 104, 24, 32};
    requirements.compact = true;
    for (const InspectionRequirement &q : r.requirements)
        requirements.rows.append({QString::number(requirements.rows.size() + 1), q.text, responsibleFor(r.problemsOf(q.kind)),
                                  chineseDate(q.due)});
    doc.add(TextSection{u"三、整改要求"_s,
                        r.requirements.isEmpty() ? u"无。"_s
                                                 : u"请责任人在完成期限内逐项整改；已签字的记录以更正方式补充，不得涂改。"_s,
                        1},
            0);
    if (!requirements.rows.isEmpty())
        doc.add(requirements, 0);

    if (r.previousId > 0) {
        const auto previous = InspectionRepository(db).byId(r.previousId);
        if (!previous)
            return previous.error();
        QList<InspectionProblem> repeated;
        for (const InspectionProblem &p : r.problems)
            if (p.status == ProblemStatus::Repeated)
                repeated << p;
        doc.add(TextSection{u"四、上次检查问题整改情况"_s,
                            u"对照%1检查发现的问题逐项复查：已整改%2项，未整改%3项。"_s
                                .arg(chineseDate(previous->inspectedOn))
                                .arg(r.resolved.size())
                                .arg(repeated.size()),
                            1},
                0);
        FormTable followUp;
        followUp.headers = {u"序号"_s, u"上次发现的问题"_s, u"学生"_s, u"指导教师"_s, u"整改情况"_s};
        followUp.columnWeights = {10, 96, 26, 18, 20};
        followUp.compact = true;
        for (const InspectionProblem &p : r.resolved)
            followUp.rows.append({QString::number(followUp.rows.size() + 1), p.message, orDash(p.studentName),
                                  orDash(p.instructorName), u"已整改"_s});
        for (const InspectionProblem &p : repeated)
            followUp.rows.append({QString::number(followUp.rows.size() + 1), p.message, orDash(p.studentName),
                                  orDash(p.instructorName), u"未整改"_s});
        if (!followUp.rows.isEmpty())
            doc.add(followUp, 0);
    }

    // The opinion goes over to a new page with the signatures under it.
    doc.add(TextSection{r.previousId > 0 ? u"五、检查意见"_s : u"四、检查意见"_s, opinion(r), 2}, 0, true);
    doc.add(SignatureBlock{{u"检查人"_s, u"被检查人"_s}}, 8);
    doc.add(Paragraph{u"说明：本反馈表一式两份，一份交被检查教师，一份由学校存档。整改情况请于完成期限内报检查人复查。"
                      u"本表含学生姓名等个人信息，注意保密。"_s,
                      Paragraph::Style::Note},
            4);
    return doc;
}

Result<FormDocument> buildInspectionForm(const FormContext &context)
{
    if (!context.db)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Print", "No data file is open."));
    if (context.request.inspectionId) {
        const auto saved = InspectionRepository(context.db).byId(*context.request.inspectionId);
        if (!saved)
            return saved.error();
        return inspectionFeedbackDocument(context.db, *saved);
    }
    if (!context.request.from || !context.request.to)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Print", "Choose a saved inspection, or the first and last day to inspect."));
    auto result = Inspector(context.db, context.clock ? context.clock : systemClock()).run(*context.request.from, *context.request.to);
    if (!result)
        return result.error();
    return inspectionFeedbackDocument(context.db, *result);
}

} // namespace rr
