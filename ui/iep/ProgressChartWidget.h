#pragma once
// The progress chart of one objective on screen, drawn with Qt Charts: the
// probes, the baseline (median of the first three), the aim line, the trend
// line (least squares, or Tukey's robust line when the toggle is on) and a
// vertical line at every phase change, with the four-point rule's hint as
// text above. The series math is core's progressChartData(), the same the
// printed page uses; the paper keeps its own vector routine.
#include "print/chart/ProgressChart.h"
#include "progress/FourPointRule.h"

#include <QWidget>
#include <optional>

class QChart;
class QChartView;
class QCheckBox;
class QLabel;
class QLineSeries;
class QStackedWidget;

namespace rr {

class ProgressChartWidget final : public QWidget {
    Q_OBJECT
public:
    explicit ProgressChartWidget(QWidget *parent = nullptr);

    void setInput(const ProgressChartInput &input);
    void clear(const QString &message = {});   // no chart: the message instead
    bool hasChart() const { return m_data.has_value(); }
    const std::optional<ProgressChartData> &chart() const { return m_data; }
    const DecisionResult &decision() const { return m_decision; }
    TrendMethod trendMethod() const;

    // For tests and screenshots: the series on the chart (nullptr when absent).
    QChartView *chartView() const { return m_view; }
    QLineSeries *dataSeries() const { return m_dataSeries; }
    QLineSeries *baselineSeries() const { return m_baselineSeries; }
    QLineSeries *aimSeries() const { return m_aimSeries; }
    QLineSeries *trendSeries() const { return m_trendSeries; }
    const QList<QLineSeries *> &phaseSeries() const { return m_phaseSeries; }
    QLabel *decisionHint() const { return m_decisionLabel; }
    QLabel *messageLabel() const { return m_message; }
    QCheckBox *robustTrendToggle() const { return m_robust; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void rebuild();
    QLineSeries *addLine(const QString &name, const QPen &pen, const QList<QPointF> &points, bool inLegend = true);

    std::optional<ProgressChartInput> m_input;
    std::optional<ProgressChartData> m_data;
    DecisionResult m_decision;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_chartPanel = nullptr;
    QLabel *m_decisionLabel = nullptr;
    QCheckBox *m_robust = nullptr;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QLineSeries *m_dataSeries = nullptr;
    QLineSeries *m_baselineSeries = nullptr;
    QLineSeries *m_aimSeries = nullptr;
    QLineSeries *m_trendSeries = nullptr;
    QList<QLineSeries *> m_phaseSeries;
};

} // namespace rr
