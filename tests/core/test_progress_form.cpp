// 目标监测记录（进步曲线）: the progress chart's data, the form built from an
// active IEP, rendered to PDF and read back with pdftotext.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "calendar/SemesterRepository.h"
#include "common/Clock.h"
#include "iep/IepRepository.h"
#include "iep/ObjectiveData.h"
#include "print/FormRegistry.h"
#include "print/PdfExport.h"
#include "print/chart/ProgressChart.h"
#include "progress/FourPointRule.h"
#include "students/StudentRepository.h"

#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 22);

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext puts line breaks and spaces where the layout had them.
QString pdfText(const QString &path, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    return runTool(u"pdftotext"_s, args << path << u"-"_s).remove(QRegularExpression(u"\\s+"_s));
}

const QString kMathObjective = u"每天完成5道10以内加减法"_s;
const QString kSocialObjective = u"能在课间与2名同学进行3轮对话互动"_s;

IepObjective objective(const QString &behaviour, const QString &criterion, QDate deadline)
{
    IepObjective o;
    o.behaviour = behaviour;
    o.condition = u"借助实物"_s;
    o.criterion = criterion;
    o.deadline = deadline;
    o.methods = u"OT"_s;
    o.responsible = u"王老师"_s;
    o.start = QDate(2026, 9, 7);
    o.end = deadline;
    o.scale = MeasurementScale::Accuracy;
    o.goalValue = 80.0;
    return o;
}

IepContent content()
{
    IepContent c;
    c.meetingDate = QDate(2026, 9, 10);
    c.meetingMinutes = u"研讨确定本学期目标"_s;
    c.reviewDates = {QDate(2026, 10, 15), QDate(2026, 12, 15)};
    c.team = {{TeamRole::ResourceTeacher, u"王老师"_s}, {TeamRole::Parent, u"张妈妈"_s}};
    c.presentLevels = {{GoalDomain::Mathematics, u"能数到20，不会进位加法"_s}, {GoalDomain::Social, u"很少主动与同学交往"_s}};
    IepGoal math;
    math.domain = GoalDomain::Mathematics;
    math.longTerm = u"本学期掌握20以内不进位加法，正确率达80%"_s;
    math.objectives = {objective(kMathObjective, u"正确率80%以上"_s, QDate(2026, 11, 30))};
    IepGoal social;
    social.domain = GoalDomain::Social;
    social.longTerm = u"课间能与同学交往"_s;
    social.objectives = {objective(kSocialObjective, u"每周3次"_s, QDate(2026, 12, 31))};
    c.goals = {math, social};
    c.services = {{ServiceType::IndividualTraining, 80, u"王老师"_s, 0}};
    c.accommodations = {{AccommodationKind::Exam, u"延长考试时间15分钟"_s}};
    return c;
}

// Weekly probes from Monday 7 September: a baseline of 30, 35, 32 (median 32),
// then slow growth far below the aim line towards 80% on 30 November.
const QList<std::pair<QDate, double>> kProbes = {
    {QDate(2026, 9, 7), 30},   {QDate(2026, 9, 14), 35},  {QDate(2026, 9, 21), 32}, {QDate(2026, 9, 28), 34},
    {QDate(2026, 10, 5), 38},  {QDate(2026, 10, 12), 36}, {QDate(2026, 10, 19), 37}, {QDate(2026, 10, 26), 39},
    {QDate(2026, 11, 2), 41.5}, {QDate(2026, 11, 9), 40},
};

struct Fixture {
    std::unique_ptr<test::TempDatabase> temp = test::makeTempDatabase();
    std::shared_ptr<Database> db = temp->db;
    qint64 student = 0;
    qint64 semester = 0;
    qint64 mathObjective = 0;

    Fixture()
    {
        Student s;
        s.name = u"张小明"_s;
        auto sid = StudentRepository(db).add(s);
        REQUIRE(sid);
        student = *sid;
        Semester t;
        t.name = u"2026年秋季学期"_s;
        t.kind = SemesterKind::Autumn;
        t.schoolYear = 2026;
        t.start = QDate(2026, 9, 1);
        t.end = QDate(2027, 1, 20);
        auto tid = SemesterRepository(db).add(t);
        REQUIRE(tid);
        semester = *tid;
        IepRepository ieps(db);
        auto iep = ieps.create(student, semester, content());
        REQUIRE(iep);
        REQUIRE(ieps.activate(*iep));
        mathObjective = ieps.byId(*iep)->content.goals.first().objectives.first().id;
        ObjectiveDataRepository data(db);
        for (const auto &[date, value] : kProbes) {
            ProgressPoint p;
            p.objectiveId = mathObjective;
            p.date = date;
            p.value = value;
            if (date == QDate(2026, 10, 12))
                p.note = u"病假后第一次"_s;
            REQUIRE(data.addPoint(p));
        }
        // Extra practice with objects from 28 September: the rule counts from there.
        PhaseChange change;
        change.objectiveId = mathObjective;
        change.date = QDate(2026, 9, 28);
        change.note = u"增加实物操作"_s;
        REQUIRE(data.addPhaseChange(change));
    }

    FormContext context(std::optional<qint64> studentId) const
    {
        return FormContext{db, std::make_shared<FixedClock>(kToday), {studentId, semester}};
    }
};

FormDocument build(const FormContext &context)
{
    const FormSpec *spec = findForm(u"progress"_s);
    REQUIRE(spec);
    auto doc = spec->build(context);
    if (!doc)
        FAIL(doc.error().message.toStdString());
    return *doc;
}

QList<DataPoint> probes()
{
    QList<DataPoint> points;
    for (const auto &[date, value] : kProbes)
        points.append(DataPoint{date, value, {}, 0});
    return points;
}

} // namespace

TEST_CASE("the chart data holds baseline, aim line, trend and the y range of the scale", "[print][progress]")
{
    ProgressChartInput input;
    input.scale = MeasurementScale::Accuracy;
    input.points = probes();
    input.phaseChanges = {{QDate(2026, 9, 28), u"增加实物操作"_s}};
    input.deadline = QDate(2026, 11, 30);
    input.goalValue = 80.0;
    const ProgressChartData data = progressChartData(input);
    REQUIRE(data.baseline);
    CHECK(data.baseline->value == 32);
    REQUIRE(data.aim);
    CHECK(data.aim->start == QDate(2026, 9, 21));
    CHECK(data.aim->end == QDate(2026, 11, 30));
    REQUIRE(data.trend);
    CHECK(data.trend->origin == QDate(2026, 9, 28));
    CHECK(data.trend->slopePerWeek() > 0);
    CHECK(data.trend->slopePerWeek() < data.aim->slopePerWeek());
    CHECK(data.trendEnd == QDate(2026, 11, 9));
    CHECK(data.firstDate == QDate(2026, 9, 7));
    CHECK(data.lastDate == QDate(2026, 11, 30));
    CHECK(data.minimum == 0);
    CHECK(data.maximum == 100);
    CHECK(fourPointRule(data.points, *data.aim, Direction::Increase, {QDate(2026, 9, 28)}).decision ==
          ProgressDecision::ChangeTeaching);

    SECTION("a count has no upper bound: the range comes from the data and the goal")
    {
        input.scale = MeasurementScale::Count;
        input.direction = Direction::Decrease;
        input.points = {{QDate(2026, 9, 7), 9, {}, 0}, {QDate(2026, 9, 8), 12, {}, 0}, {QDate(2026, 9, 9), 7, {}, 0}};
        input.goalValue = 2.0;
        const ProgressChartData counts = progressChartData(input);
        CHECK(counts.minimum == 0);
        CHECK(counts.maximum >= 12);
        CHECK(counts.maximum <= 20);
    }
    SECTION("no points: nothing but the axes, still a sane range")
    {
        input.points.clear();
        input.phaseChanges.clear();
        const ProgressChartData empty = progressChartData(input);
        CHECK_FALSE(empty.baseline);
        CHECK_FALSE(empty.aim);
        CHECK_FALSE(empty.trend);
        CHECK(empty.firstDate < empty.lastDate);

        // Neither data nor a deadline: the axis sits around the caller's
        // today (the clock's), never the machine's date.
        input.deadline = QDate();
        input.today = QDate(2031, 5, 20);
        const ProgressChartData bare = progressChartData(input);
        CHECK(bare.firstDate == QDate(2031, 5, 17));
        CHECK(bare.lastDate == QDate(2031, 5, 23));
    }
    SECTION("the texts the chart prints")
    {
        CHECK(chartDateLabel(QDate(2026, 9, 7)) == u"9/7"_s);
        CHECK(chartValueText(45) == u"45"_s);
        CHECK(chartValueText(62.5) == u"62.5"_s);
        CHECK(chartAxisTitle(MeasurementScale::Accuracy) == u"正确率（%）"_s);
        const QString text = progressChartText(data);
        for (const QString &word : {u"基线"_s, u"目标线"_s, u"趋势线"_s, u"增加实物操作"_s, u"日期"_s})
            CHECK(text.contains(word));
    }
}

TEST_CASE("the progress form has a chart, the decision and the raw data per objective", "[print][progress]")
{
    Fixture f;
    const FormDocument doc = build(f.context(f.student));
    CHECK(doc.title == u"目标监测记录"_s);
    const auto charts = std::count_if(doc.blocks.cbegin(), doc.blocks.cend(),
                                      [](const FormBlock &b) { return std::holds_alternative<ChartBlock>(b.content); });
    CHECK(charts == 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"progress.pdf"_s);
    const auto pages = writeFormPdf(doc, path);
    if (!pages)
        FAIL(pages.error().message.toStdString());
    CHECK(*pages >= 1);
    CHECK(*pages <= 3);

    const QString text = pdfText(path);
    CHECK(text.contains(u"目标监测记录"_s));
    CHECK(text.contains(u"张小明"_s));
    CHECK(text.contains(kMathObjective));
    CHECK(text.contains(kSocialObjective));
    CHECK(text.contains(u"本学期掌握20以内不进位加法"_s));
    // The chart's own labels are text in the PDF.
    CHECK(text.contains(u"基线32%"_s));
    CHECK(text.contains(u"目标线80%"_s));
    CHECK(text.contains(u"趋势线"_s));
    CHECK(text.contains(u"数据点"_s));
    CHECK(text.contains(u"正确率（%）"_s));
    CHECK(text.contains(u"增加实物操作"_s));
    CHECK(text.contains(u"9/21"_s));
    // The four-point rule's hint and the slopes.
    CHECK(text.contains(u"调整教学。最近连续4个数据点均低于目标线"_s));
    CHECK(text.contains(u"%/周"_s));
    CHECK(text.contains(u"趋势慢于目标线"_s));
    // The raw data, with the notes.
    CHECK(text.contains(u"原始数据"_s));
    CHECK(text.contains(u"2026年11月2日41.5%"_s));
    CHECK(text.contains(u"病假后第一次"_s));
    // The objective without data.
    CHECK(text.contains(u"暂无数据"_s));
}

TEST_CASE("the progress form needs an IEP in the semester", "[print][progress]")
{
    Fixture f;
    Student other;
    other.name = u"李小红"_s;
    const auto id = StudentRepository(f.db).add(other);
    REQUIRE(id);
    const FormSpec *spec = findForm(u"progress"_s);
    REQUIRE(spec);
    CHECK(spec->scope == FormScope::StudentSemester);
    const auto none = spec->build(f.context(*id));
    REQUIRE_FALSE(none);
    CHECK(none.error().code == ErrorCode::NotFound);
    CHECK(none.error().message.contains(u"李小红"_s));

    const auto noStudent = spec->build(f.context(std::nullopt));
    REQUIRE_FALSE(noStudent);
}

TEST_CASE("a page break never splits a chart", "[print][progress]")
{
    ProgressChartInput input;
    input.points = probes();
    input.deadline = QDate(2026, 11, 30);
    input.goalValue = 80.0;
    FormDocument doc;
    doc.title = u"分页测试"_s;
    const QStringList names = {u"曲线甲"_s, u"曲线乙"_s, u"曲线丙"_s, u"曲线丁"_s, u"曲线戊"_s};
    for (const QString &name : names) {
        doc.add(Paragraph{u"说明文字，用来把图推到页面底部附近。"_s.repeated(6), Paragraph::Style::Normal}, 4);
        input.title = name;
        const ProgressChartData data = progressChartData(input);
        ChartBlock chart;
        chart.heightMm = 80;
        chart.text = progressChartText(data);
        chart.paint = [data](QPainter &painter, const QRectF &rect, const FormFonts &fonts) {
            paintProgressChart(painter, rect, data, progressChartFonts(fonts));
        };
        doc.add(chart, 2);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"charts.pdf"_s);
    const auto pages = writeFormPdf(doc, path);
    if (!pages)
        FAIL(pages.error().message.toStdString());
    CHECK(*pages >= 3);
    int found = 0;
    for (int page = 1; page <= *pages; ++page) {
        const QString text = pdfText(path, page);
        // Title at the top of a chart, axis title at its bottom: both on the same page.
        for (const QString &name : names)
            if (text.contains(name)) {
                ++found;
                CHECK(text.count(u"正确率（%）"_s) == std::count_if(names.cbegin(), names.cend(),
                                                                 [&](const QString &n) { return text.contains(n); }));
            }
        CHECK(text.count(u"日期"_s) == text.count(u"正确率（%）"_s));
    }
    CHECK(found == names.size());
}

TEST_CASE("charts of every kind of series render with their labels as text", "[print][progress]")
{
    FormDocument doc;
    doc.title = u"进步曲线样例"_s;
    auto addChart = [&doc](const ProgressChartInput &input) {
        const ProgressChartData data = progressChartData(input);
        ChartBlock chart;
        chart.text = progressChartText(data);
        chart.paint = [data](QPainter &painter, const QRectF &rect, const FormFonts &fonts) {
            paintProgressChart(painter, rect, data, progressChartFonts(fonts));
        };
        doc.add(chart, 4);
    };
    // A problem behaviour going down, with two changes of teaching.
    ProgressChartInput leaving;
    leaving.title = u"离座次数"_s;
    leaving.scale = MeasurementScale::Count;
    leaving.direction = Direction::Decrease;
    const QList<double> counts = {9, 12, 10, 11, 9, 10, 12, 11, 8, 7, 6, 6, 5, 4};
    for (int i = 0; i < counts.size(); ++i)
        leaving.points.append(DataPoint{QDate(2026, 9, 7).addDays(3 * i), counts.at(i), {}, 0});
    leaving.phaseChanges = {{QDate(2026, 9, 19), {}},
                            {QDate(2026, 10, 1), u"改用代币制强化，每节课结束时兑换奖励，并请班主任配合记录"_s}};
    leaving.deadline = QDate(2026, 11, 30);
    leaving.goalValue = 2.0;
    addChart(leaving);
    // Two probes only: no baseline, no aim line.
    ProgressChartInput prompts;
    prompts.title = u"提示等级"_s;
    prompts.scale = MeasurementScale::PromptLevel;
    prompts.points = {{QDate(2026, 9, 7), 1, {}, 0}, {QDate(2026, 9, 14), 2, {}, 0}};
    prompts.deadline = QDate(2026, 12, 31);
    prompts.goalValue = 5.0;
    addChart(prompts);
    // Five months of sitting time, with the robust trend.
    ProgressChartInput sitting;
    sitting.title = u"坐定时间"_s;
    sitting.scale = MeasurementScale::Duration;
    sitting.trendMethod = TrendMethod::Tukey;
    for (int i = 0; i < 40; ++i)
        sitting.points.append(DataPoint{QDate(2026, 9, 1).addDays(4 * i), 5 + i * 0.4 + (i % 3), {}, 0});
    sitting.deadline = QDate(2027, 1, 15);
    sitting.goalValue = 25.0;
    addChart(sitting);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"kinds.pdf"_s);
    const auto pages = writeFormPdf(doc, path);
    if (!pages)
        FAIL(pages.error().message.toStdString());
    const QString text = pdfText(path);
    for (const QString &word : {u"次数（次）"_s, u"提示等级（级）"_s, u"时长（分钟）"_s, u"调整教学"_s, u"改用代币制"_s,
                                u"目标线2次"_s, u"趋势线"_s, u"基线"_s})
        CHECK(text.contains(word));
}
