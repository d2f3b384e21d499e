#include "print/forms/ProgressForm.h"

#include "calendar/SemesterRepository.h"
#include "goalbank/GoalDomain.h"
#include "iep/IepRepository.h"
#include "iep/ObjectiveData.h"
#include "print/chart/ProgressChart.h"
#include "print/forms/FormSupport.h"
#include "progress/FourPointRule.h"
#include "school/SettingsRepository.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double labelColumnMm = 22;
constexpr double chartHeightMm = 80;

QString objectiveText(const IepObjective &o)
{
    // An objective filled from the goal bank already holds its condition and
    // criterion in the behaviour text; print each part once.
    QString text = o.behaviour.trimmed();
    if (!o.condition.trimmed().isEmpty() && !text.contains(o.condition.trimmed()))
        text = o.condition.trimmed() + u"，"_s + text;
    if (!o.criterion.trimmed().isEmpty() && !text.contains(o.criterion.trimmed()))
        text += u"，"_s + o.criterion.trimmed();
    return text;
}

QString valueWithUnit(MeasurementScale scale, double value)
{
    return chartValueText(value) + scaleUnitChinese(scale);
}

QString slopeText(MeasurementScale scale, double perWeek)
{
    const double rounded = std::round(perWeek * 10) / 10;
    const QString digits = QString::number(std::abs(rounded), 'f', 1);
    const QString number = rounded > 0 ? u"+"_s + digits : rounded < 0 ? u"-"_s + digits : digits;
    return number + scaleUnitChinese(scale) + u"/周"_s;
}

// The printed form is a Chinese document: the reasons are worded here rather
// than taken from the translated ones of fourPointRule().
QString decisionReason(const DecisionResult &result, Direction direction, int phasePoints)
{
    const bool up = direction == Direction::Increase;
    switch (result.decision) {
    case ProgressDecision::ChangeTeaching:
        return up ? u"最近连续4个数据点均低于目标线，进步太慢，按期难以达到目标，应调整教学。"_s
                  : u"最近连续4个数据点均高于目标线，行为减少太慢，按期难以达到目标，应调整教学。"_s;
    case ProgressDecision::RaiseGoal:
        return up ? u"最近连续4个数据点均高于目标线，进步快于计划，可提高目标。"_s
                  : u"最近连续4个数据点均低于目标线，行为减少快于计划，可提高目标。"_s;
    case ProgressDecision::Continue:
        return u"最近连续4个数据点分布在目标线两侧，继续当前教学。"_s;
    case ProgressDecision::NotEnoughData:
        break;
    }
    return u"当前阶段基线之后有%1个数据点，四点法则至少需要%2个，暂不作判断。"_s.arg(phasePoints).arg(kDecisionMinimumPoints);
}

QString slopeComparison(const ProgressChartData &chart)
{
    QStringList parts;
    parts.append(u"趋势线 "_s + (chart.trend ? slopeText(chart.scale, chart.trend->slopePerWeek()) : u"数据不足"_s));
    parts.append(u"目标线 "_s + (chart.aim ? slopeText(chart.scale, chart.aim->slopePerWeek()) : u"未能确定"_s));
    QString text = parts.join(u"；"_s);
    if (chart.trend && chart.aim) {
        const double trend = chart.trend->slopePerWeek();
        const double aim = chart.aim->slopePerWeek();
        const bool better = chart.direction == Direction::Increase ? trend >= aim : trend <= aim;
        text += better ? u"（趋势达到或快于目标线）"_s : u"（趋势慢于目标线）"_s;
    }
    return text;
}

FieldGrid headingGrid(const IepGoal &goal, const IepObjective &o, const QString &number)
{
    using C = GridCell;
    FieldGrid grid;
    grid.columnWeights = {labelColumnMm, 50, 16, 22, 22, 38};
    grid.minRowHeightMm = 8;
    grid.rows = {
        {C::label(u"长期目标"_s), C::value(u"【%1】%2"_s.arg(goalDomainChinese(goal.domain), goal.longTerm), 5)},
        {C::label(u"短期目标"_s), C::value(number + u" "_s + objectiveText(o), 5)},
        {C::label(u"评量尺度"_s),
         C::value(chartAxisTitle(o.scale) + u"，"_s + directionChinese(o.direction) + u"为好"_s),
         C::label(u"目标值"_s), C::value(o.goalValue ? valueWithUnit(o.scale, *o.goalValue) : QString()),
         C::label(u"完成期限"_s), C::value(formDate(o.deadline))},
    };
    return grid;
}

FormTable rawDataTable(const QList<ProgressPoint> &points, const QList<PhaseChange> &phases, MeasurementScale scale,
                       const QString &number)
{
    FormTable table;
    table.caption = u"原始数据（短期目标%1）"_s.arg(number);
    table.headers = {u"序号"_s, u"日期"_s, u"数值"_s, u"备注"_s};
    table.columnWeights = {1.1, 2.6, 1.8, 7.5};
    table.compact = true;
    QList<DataPoint> sorted = sortedByDate(toDataPoints(points));
    int phase = 0;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const DataPoint &p = sorted.at(i);
        // A phase change is listed where it happened, before the first probe on or after it.
        while (phase < phases.size() && phases.at(phase).date <= p.date) {
            const PhaseChange &c = phases.at(phase++);
            table.rows.append({QString(), formDate(c.date), u"—"_s,
                               u"调整教学"_s + (c.note.trimmed().isEmpty() ? QString() : u"："_s + c.note.trimmed())});
        }
        QString note = p.note.trimmed();
        if (i < kBaselinePoints)
            note = note.isEmpty() ? u"基线"_s : u"基线；"_s + note;
        table.rows.append({QString::number(i + 1), formDate(p.date), valueWithUnit(scale, p.value), note});
    }
    for (; phase < phases.size(); ++phase) {
        const PhaseChange &c = phases.at(phase);
        table.rows.append({QString(), formDate(c.date), u"—"_s,
                           u"调整教学"_s + (c.note.trimmed().isEmpty() ? QString() : u"："_s + c.note.trimmed())});
    }
    return table;
}

// One objective with its data (`stored`, `phases`: date order).
void addObjective(FormDocument &doc, const IepGoal &goal, const IepObjective &o, const QList<ProgressPoint> &stored,
                  const QList<PhaseChange> &phases, const QDate &today, const QString &number, bool first)
{
    const double space = first ? 4 : 8;
    FieldGrid heading = headingGrid(goal, o, number);
    if (stored.isEmpty()) {
        heading.rows.append({GridCell::label(u"监测数据"_s), GridCell::value(u"暂无数据"_s, 5)});
        doc.add(heading, space);
        return;
    }
    doc.add(heading, space, true);

    ProgressChartInput input;
    input.title = u"短期目标%1 进步曲线"_s.arg(number);
    input.scale = o.scale;
    input.direction = o.direction;
    input.points = toDataPoints(stored);
    for (const PhaseChange &c : phases)
        input.phaseChanges.append({c.date, c.note});
    input.deadline = o.deadline;
    input.goalValue = o.goalValue;
    input.today = today;
    const ProgressChartData chart = progressChartData(input);

    ChartBlock block;
    block.heightMm = chartHeightMm;
    block.text = progressChartText(chart);
    block.paint = [chart](QPainter &painter, const QRectF &rect, const FormFonts &fonts) {
        paintProgressChart(painter, rect, chart, progressChartFonts(fonts));
    };
    doc.add(block, 0, true);

    QList<QDate> phaseDates;
    for (const PhaseChange &c : phases)
        phaseDates.append(c.date);
    const int phasePoints = int(pointsInCurrentPhase(chart.points, phaseDates).size());
    QString hint;
    if (chart.aim) {
        const DecisionResult result = fourPointRule(chart.points, *chart.aim, o.direction, phaseDates);
        hint = result.chinese + u"。"_s + decisionReason(result, o.direction, phasePoints);
    } else {
        hint = decisionChinese(ProgressDecision::NotEnoughData) + u"。"_s +
               (!chart.baseline ? u"基线需要最初3次数据，尚不能画目标线。"_s
                : !o.goalValue  ? u"未填写目标值，不能画目标线。"_s
                                : u"完成期限须晚于基线日期，不能画目标线。"_s);
    }
    using C = GridCell;
    FieldGrid decision;
    decision.columnWeights = {labelColumnMm, 170 - labelColumnMm};
    decision.minRowHeightMm = 8;
    decision.rows = {
        {C::label(u"四点法则"_s), C::value(hint)},
        {C::label(u"每周变化"_s), C::value(slopeComparison(chart))},
    };
    doc.add(decision, 0);
    doc.add(rawDataTable(stored, phases, o.scale, number), 3);
}

} // namespace

Result<FormDocument> buildProgressForm(const FormContext &context)
{
    auto student = requestedStudent(context);
    if (!student)
        return student.error();
    const auto profile = SettingsRepository(context.db).profile();
    if (!profile)
        return profile.error();
    const auto semester = requestedSemester(context);
    if (!semester)
        return semester.error();
    const auto found = IepRepository(context.db).forStudentSemester(student->id, semester->id);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Print", "%1 has no IEP for %2.").arg(student->name, semester->name));
    const Iep &iep = **found;

    FormDocument doc;
    doc.title = u"目标监测记录"_s;
    doc.subtitle = semester->name + u" 个别化教育计划短期目标进步曲线"_s;
    doc.runningHead = u"目标监测记录（%1，%2）"_s.arg(student->name, semester->name);
    doc.header = {{u"学校"_s, profile->schoolName},
                  {u"学生"_s, student->name},
                  {u"打印日期"_s, formDate(formToday(context))}};

    const ObjectiveDataRepository data(context.db);
    const auto points = data.pointsOfPlan(iep.id);
    if (!points)
        return points.error();
    const auto phases = data.phaseChangesOfPlan(iep.id);
    if (!phases)
        return phases.error();
    bool first = true;
    for (int g = 0; g < iep.content.goals.size(); ++g) {
        const IepGoal &goal = iep.content.goals.at(g);
        for (int i = 0; i < goal.objectives.size(); ++i) {
            const IepObjective &o = goal.objectives.at(i);
            // One record per objective: on one page, or continued with the student's name.
            doc.beginRecord(u"%1 短期目标%2.%3 监测记录"_s.arg(student->name).arg(g + 1).arg(i + 1));
            addObjective(doc, goal, o, points->value(o.id), phases->value(o.id), formToday(context),
                         u"%1.%2"_s.arg(g + 1).arg(i + 1), first);
            doc.endRecord();
            first = false;
        }
    }
    if (first)
        doc.add(Paragraph{u"本学期个别化教育计划尚无短期目标。"_s, Paragraph::Style::Normal}, 6);

    doc.add(Paragraph{u"说明：基线取最初3次数据的中位数；目标线从基线连到完成期限时的目标值；趋势线为当前教学阶段"
                      u"（最近一次调整教学之后）数据的最小二乘直线。当前阶段基线之后有6个以上数据点时，按四点法则看最近"
                      u"连续4个数据点：均未达到目标线应调整教学，均超过目标线可提高目标，否则继续。本记录含未成年人敏感"
                      u"个人信息，仅供学生教育相关人员及家长查阅。"_s,
                      Paragraph::Style::Note},
            6);
    doc.add(SignatureBlock{{u"资源教师"_s, u"家长"_s}}, 8);
    return doc;
}

} // namespace rr
