#pragma once
// The progress chart of one objective on screen, painted by the same
// paintProgressChart() as the printed form, in the application's font.
#include "print/chart/ProgressChart.h"

#include <QWidget>
#include <optional>

namespace rr {

class ProgressChartWidget final : public QWidget {
    Q_OBJECT
public:
    explicit ProgressChartWidget(QWidget *parent = nullptr);

    void setChart(const ProgressChartData &data);
    void clear(const QString &message = {});   // no chart: the message instead
    bool hasChart() const { return m_chart.has_value(); }
    const std::optional<ProgressChartData> &chart() const { return m_chart; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ProgressChartFonts screenFonts() const;
    std::optional<ProgressChartData> m_chart;
    QString m_message;
};

} // namespace rr
