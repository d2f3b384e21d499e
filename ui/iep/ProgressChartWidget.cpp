#include "iep/ProgressChartWidget.h"
#include "calendar/ScreenDate.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kDayMargin = 2;   // no probe sits on the chart's edge

qreal xOf(const QDate &date) { return qreal(date.startOfDay().toMSecsSinceEpoch()); }

QPen pen(const QColor &color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen p(color, width, style);
    p.setCapStyle(Qt::FlatCap);
    return p;
}

QColor decisionColor(ProgressDecision decision)
{
    switch (decision) {
    case ProgressDecision::ChangeTeaching: return QColor(0xb0, 0x24, 0x1c);
    case ProgressDecision::RaiseGoal: return QColor(0x1f, 0x5f, 0xbf);
    case ProgressDecision::Continue: return QColor(0x2e, 0x7d, 0x32);
    case ProgressDecision::NotEnoughData: break;
    }
    return QColor(0x55, 0x55, 0x55);
}

} // namespace

ProgressChartWidget::ProgressChartWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    m_message = new QLabel(this);
    m_message->setObjectName(u"chartMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    m_chartPanel = new QWidget(this);
    m_decisionLabel = new QLabel(m_chartPanel);
    m_decisionLabel->setObjectName(u"decisionHint"_s);
    m_decisionLabel->setWordWrap(true);
    m_decisionLabel->setTextFormat(Qt::RichText);
    m_robust = new QCheckBox(tr("Robust trend (Tukey)"), m_chartPanel);
    m_robust->setObjectName(u"robustTrend"_s);
    m_robust->setToolTip(tr("A trend line that one unusual day (a sick day, a lucky guess) cannot tilt."));

    m_view = new QChartView(m_chartPanel);
    m_chart = m_view->chart();   // replaced (and deleted) by clear()
    m_view->setObjectName(u"progressChartView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 0, 4, 0);
    top->addWidget(m_decisionLabel, 1);
    top->addWidget(m_robust, 0, Qt::AlignTop);
    auto *panelLayout = new QVBoxLayout(m_chartPanel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->setSpacing(2);
    panelLayout->addLayout(top);
    panelLayout->addWidget(m_view, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_chartPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_robust, &QCheckBox::toggled, this, [this] { rebuild(); });
    clear();
}

QSize ProgressChartWidget::sizeHint() const
{
    return {640, 320};
}

QSize ProgressChartWidget::minimumSizeHint() const
{
    return {320, 220};
}

TrendMethod ProgressChartWidget::trendMethod() const
{
    return m_robust->isChecked() ? TrendMethod::Tukey : TrendMethod::LeastSquares;
}

void ProgressChartWidget::setInput(const ProgressChartInput &input)
{
    m_input = input;
    rebuild();
}

void ProgressChartWidget::clear(const QString &message)
{
    m_input.reset();
    m_data.reset();
    m_decision = {};
    // A fresh chart each time: axes removed from a chart leave their labels in
    // the scene until the event loop deletes them, so nothing is reused.
    QChart *old = m_chart;
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_view->setChart(m_chart);
    delete old;
    m_dataSeries = m_baselineSeries = m_aimSeries = m_trendSeries = nullptr;
    m_phaseSeries.clear();
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

QLineSeries *ProgressChartWidget::addLine(const QString &name, const QPen &linePen, const QList<QPointF> &points,
                                          bool inLegend)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setPen(linePen);
    series->append(points);
    m_chart->addSeries(series);
    if (!inLegend)
        for (QLegendMarker *marker : m_chart->legend()->markers(series))
            marker->setVisible(false);
    return series;
}

void ProgressChartWidget::rebuild()
{
    if (!m_input)
        return;
    const ProgressChartInput input = *m_input;
    ProgressChartInput withMethod = input;
    withMethod.trendMethod = trendMethod();
    const ProgressChartData data = progressChartData(withMethod);
    clear();
    m_input = input;
    m_data = data;

    QList<QDate> phaseDates;
    for (const ChartPhaseChange &c : data.phaseChanges)
        phaseDates.append(c.date);
    if (data.aim) {
        m_decision = fourPointRule(data.points, *data.aim, data.direction, phaseDates);
    } else {
        m_decision.decision = ProgressDecision::NotEnoughData;
        m_decision.chinese = decisionChinese(ProgressDecision::NotEnoughData);
        m_decision.reason = data.baseline ? tr("The objective has no goal value or deadline, so there is no aim line.")
                                          : tr("The baseline needs three data points.");
    }
    m_decisionLabel->setText(u"<b style='color:%1'>%2</b> — %3"_s.arg(
        decisionColor(m_decision.decision).name(), tr("Four-point rule: %1").arg(decisionLabel(m_decision.decision)).toHtmlEscaped(),
        m_decision.reason.toHtmlEscaped()));

    const qreal left = xOf(data.firstDate.addDays(-kDayMargin));
    const qreal right = xOf(data.lastDate.addDays(kDayMargin));
    QFont small = font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.9);

    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(screenShortDateFormat());
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(left)), QDateTime::fromMSecsSinceEpoch(qint64(right)));
    xAxis->setTickCount(std::clamp(int(data.firstDate.daysTo(data.lastDate) / 7) + 2, 3, 9));
    xAxis->setLabelsFont(small);
    xAxis->setTitleText(tr("Date"));
    xAxis->setTitleFont(small);
    m_chart->addAxis(xAxis, Qt::AlignBottom);

    QAbstractAxis *yAxis = nullptr;
    if (data.scale == MeasurementScale::PromptLevel) {
        auto *levels = new QCategoryAxis;
        levels->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (int level = int(PromptLevel::FullAssist); level <= int(PromptLevel::Independent); ++level)
            levels->append(promptLevelLabel(static_cast<PromptLevel>(level)), level);
        levels->setRange(-0.3, 5.3);
        yAxis = levels;
    } else {
        auto *values = new QValueAxis;
        values->setRange(data.minimum, data.maximum);
        values->setLabelFormat(u"%g"_s);
        values->applyNiceNumbers();
        if (values->min() < data.minimum)
            values->setMin(data.minimum);
        yAxis = values;
    }
    yAxis->setLabelsFont(small);
    yAxis->setTitleText(scaleLabel(data.scale));
    yAxis->setTitleFont(small);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    const qreal bottom = data.scale == MeasurementScale::PromptLevel ? -0.3 : data.minimum;
    const qreal topValue = data.scale == MeasurementScale::PromptLevel ? 5.3 : data.maximum;

    if (data.baseline)
        m_baselineSeries = addLine(tr("Baseline %1").arg(chartValueText(data.baseline->value)),
                                   pen(QColor(0x66, 0x66, 0x66), 1.5, Qt::DashLine),
                                   {{left, data.baseline->value}, {right, data.baseline->value}});
    if (data.aim)
        m_aimSeries = addLine(tr("Aim line"), pen(QColor(0x1f, 0x5f, 0xbf), 2.0),
                              {{xOf(data.aim->start), data.aim->startValue}, {xOf(data.aim->end), data.aim->goalValue}});
    if (data.trend)
        m_trendSeries = addLine(trendMethod() == TrendMethod::Tukey ? tr("Trend (Tukey)") : tr("Trend (least squares)"),
                                pen(QColor(0xc0, 0x2b, 0x2b), 1.8, Qt::DashDotLine),
                                {{xOf(data.trend->origin), data.trend->valueAt(data.trend->origin)},
                                 {xOf(data.trendEnd), data.trend->valueAt(data.trendEnd)}});
    for (int i = 0; i < data.phaseChanges.size(); ++i) {
        const ChartPhaseChange &change = data.phaseChanges.at(i);
        QLineSeries *line = addLine(tr("Phase change"), pen(QColor(0x33, 0x33, 0x33), 1.2, Qt::DotLine),
                                    {{xOf(change.date), bottom}, {xOf(change.date), topValue}}, i == 0);
        line->setProperty("note", change.note);
        m_phaseSeries.append(line);
        // The note at the top of the line, as on the printed chart.
        auto *label = new QScatterSeries;
        label->append(xOf(change.date), topValue);
        label->setMarkerSize(1);
        label->setColor(Qt::transparent);
        label->setBorderColor(Qt::transparent);
        const QString note = change.note.trimmed().isEmpty() ? tr("Teaching changed") : change.note.trimmed();
        label->setPointLabelsFormat(note.size() > 14 ? note.left(13) + u"…"_s : note);
        label->setPointLabelsVisible(true);
        label->setPointLabelsClipping(false);
        label->setPointLabelsFont(small);
        m_chart->addSeries(label);
        for (QLegendMarker *marker : m_chart->legend()->markers(label))
            marker->setVisible(false);
    }
    QList<QPointF> probes;
    for (const DataPoint &p : data.points)
        probes.append({xOf(p.date), p.value});
    m_dataSeries = addLine(tr("Data"), pen(Qt::black, 2.0), probes);
    m_dataSeries->setPointsVisible(true);
    m_dataSeries->setMarkerSize(7);

    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    m_stack->setCurrentWidget(m_chartPanel);
    // Lay the new chart out now rather than on the next event loop pass, so
    // that it is complete whenever it is painted or grabbed.
    m_chart->resize(m_view->viewport()->size());
    if (m_chart->layout())
        m_chart->layout()->activate();
}

} // namespace rr
