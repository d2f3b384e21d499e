#include "iep/ProgressChartWidget.h"

#include <QPainter>

namespace rr {

ProgressChartWidget::ProgressChartWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAutoFillBackground(false);
}

void ProgressChartWidget::setChart(const ProgressChartData &data)
{
    m_chart = data;
    m_message.clear();
    update();
}

void ProgressChartWidget::clear(const QString &message)
{
    m_chart.reset();
    m_message = message;
    update();
}

QSize ProgressChartWidget::sizeHint() const
{
    return {640, 300};
}

QSize ProgressChartWidget::minimumSizeHint() const
{
    return {320, 200};
}

ProgressChartFonts ProgressChartWidget::screenFonts() const
{
    const QFont base = font();
    ProgressChartFonts fonts{base, base, base};
    fonts.title.setBold(true);
    if (base.pointSizeF() > 0)
        fonts.tick.setPointSizeF(base.pointSizeF() * 0.85);
    else if (base.pixelSize() > 0)
        fonts.tick.setPixelSize(qMax(8, base.pixelSize() * 85 / 100));
    return fonts;
}

void ProgressChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), Qt::white);
    if (m_chart) {
        paintProgressChart(painter, QRectF(rect()).adjusted(8, 8, -8, -8), *m_chart, screenFonts());
        return;
    }
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_message);
}

} // namespace rr
