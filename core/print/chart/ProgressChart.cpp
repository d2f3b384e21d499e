#include "print/chart/ProgressChart.h"

#include "print/FormFonts.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <utility>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// Days of margin left and right of the data, so that no probe sits on the axis.
constexpr double kDayMargin = 2.0;

const QString kDateAxisTitle = u"日期"_s;
const QString kPhaseDefault = u"调整教学"_s;
const QString kLegendData = u"数据点"_s;
const QString kLegendBaseline = u"基线"_s;
const QString kLegendAim = u"目标线"_s;
const QString kLegendTrend = u"趋势线"_s;
const QString kLegendPhase = u"调整教学"_s;

// 1, 2 or 5 times a power of ten, at least `x`.
double niceStep(double x)
{
    if (!(x > 0))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(x)));
    const double f = x / power;
    const double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    return nice * power;
}

QString unitText(MeasurementScale scale, double value)
{
    return chartValueText(value) + scaleUnitChinese(scale);
}

enum class LineKind { Data, Baseline, Aim, Trend, Phase };

struct Style {
    double mm = 1;   // device units per millimetre

    QPen pen(LineKind kind) const
    {
        QPen p;
        p.setCapStyle(Qt::FlatCap);
        p.setJoinStyle(Qt::RoundJoin);
        switch (kind) {
        case LineKind::Data:
            p.setColor(Qt::black);
            p.setWidthF(0.35 * mm);
            break;
        case LineKind::Baseline:
            p.setColor(QColor(0x55, 0x55, 0x55));
            p.setWidthF(0.3 * mm);
            p.setDashPattern({6, 4});
            break;
        case LineKind::Aim:
            p.setColor(QColor(0x1f, 0x5f, 0xbf));
            p.setWidthF(0.4 * mm);
            break;
        case LineKind::Trend:
            p.setColor(QColor(0xc0, 0x2b, 0x2b));
            p.setWidthF(0.35 * mm);
            p.setDashPattern({8, 3, 1.5, 3});
            break;
        case LineKind::Phase:
            p.setColor(QColor(0x33, 0x33, 0x33));
            p.setWidthF(0.3 * mm);
            p.setDashPattern({2, 2});
            break;
        }
        return p;
    }
    double markerRadius() const { return 0.8 * mm; }
};

class Geometry {
public:
    Geometry(const QRectF &plot, const ProgressChartData &data) : m_plot(plot), m_data(data)
    {
        m_first = -kDayMargin;
        m_last = double(data.firstDate.daysTo(data.lastDate)) + kDayMargin;
    }
    double x(const QDate &date) const
    {
        return m_plot.left() + (double(m_data.firstDate.daysTo(date)) - m_first) / (m_last - m_first) * m_plot.width();
    }
    double y(double value) const
    {
        const double span = m_data.maximum - m_data.minimum;
        return m_plot.bottom() - (value - m_data.minimum) / (span > 0 ? span : 1) * m_plot.height();
    }
    QPointF at(const QDate &date, double value) const { return {x(date), y(value)}; }
    QDate firstVisible() const { return m_data.firstDate.addDays(qint64(std::ceil(m_first))); }
    QDate lastVisible() const { return m_data.firstDate.addDays(qint64(std::floor(m_last))); }
    double daySpan() const { return m_last - m_first; }

private:
    QRectF m_plot;
    const ProgressChartData &m_data;
    double m_first = 0;
    double m_last = 1;
};

// Labels placed inside the plot, each on the first candidate place that is
// free of other labels and of the data markers.
class LabelPlacer {
public:
    LabelPlacer(QPainter &painter, const QRectF &bounds) : m_painter(painter), m_bounds(bounds) {}
    void occupy(const QRectF &rect) { m_taken.append(rect); }
    // A line, as small squares along it every `step`.
    void occupyLine(const QPointF &a, const QPointF &b, double halfWidth, double step)
    {
        const double length = std::hypot(b.x() - a.x(), b.y() - a.y());
        const int n = std::max(1, int(std::ceil(length / std::max(step, 1e-9))));
        for (int i = 0; i <= n; ++i) {
            const QPointF p = a + (b - a) * (double(i) / n);
            m_taken.append(QRectF(p.x() - halfWidth, p.y() - halfWidth, 2 * halfWidth, 2 * halfWidth));
        }
    }
    bool place(const QString &text, const QFont &font, const QList<QPointF> &topLefts)
    {
        const QFontMetricsF metrics(font, m_painter.device());
        const QSizeF size(metrics.horizontalAdvance(text), metrics.height());
        for (const QPointF &topLeft : topLefts) {
            const QRectF rect(topLeft, size);
            if (!m_bounds.contains(rect))
                continue;
            if (std::any_of(m_taken.cbegin(), m_taken.cend(), [&](const QRectF &r) { return r.intersects(rect); }))
                continue;
            m_painter.setFont(font);
            m_painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, text);
            m_taken.append(rect);
            return true;
        }
        return false;
    }

private:
    QPainter &m_painter;
    QRectF m_bounds;
    QList<QRectF> m_taken;
};

struct LegendEntry {
    LineKind kind;
    QString text;
};

QList<LegendEntry> legendEntries(const ProgressChartData &data)
{
    QList<LegendEntry> entries{{LineKind::Data, kLegendData}};
    if (data.baseline)
        entries.append({LineKind::Baseline, kLegendBaseline});
    if (data.aim)
        entries.append({LineKind::Aim, kLegendAim});
    if (data.trend)
        entries.append({LineKind::Trend, kLegendTrend});
    if (!data.phaseChanges.isEmpty())
        entries.append({LineKind::Phase, kLegendPhase});
    return entries;
}

void drawSample(QPainter &painter, LineKind kind, const QRectF &box, const Style &style)
{
    painter.setPen(style.pen(kind));
    const double midY = box.center().y();
    if (kind == LineKind::Phase) {
        painter.drawLine(QPointF(box.center().x(), box.top()), QPointF(box.center().x(), box.bottom()));
        return;
    }
    painter.drawLine(QPointF(box.left(), midY), QPointF(box.right(), midY));
    if (kind == LineKind::Data) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::black);
        painter.drawEllipse(box.center(), style.markerRadius(), style.markerRadius());
        painter.setBrush(Qt::NoBrush);
    }
}

// Lays the legend out in rows centred in `rect`; returns the height used.
double paintLegend(QPainter &painter, const QRectF &rect, const QList<LegendEntry> &entries, const QFont &font,
                   const Style &style, bool draw)
{
    const QFontMetricsF metrics(font, painter.device());
    const double sample = 8 * style.mm;
    const double gap = 1.5 * style.mm;
    const double spacing = 5 * style.mm;
    const double lineHeight = metrics.height();
    QList<QList<std::pair<LegendEntry, double>>> rows(1);
    QList<double> rowWidths{0};
    for (const LegendEntry &entry : entries) {
        const double width = sample + gap + metrics.horizontalAdvance(entry.text);
        double &rowWidth = rowWidths.last();
        const double needed = rowWidth > 0 ? rowWidth + spacing + width : width;
        if (rowWidth > 0 && needed > rect.width()) {
            rows.append(QList<std::pair<LegendEntry, double>>());
            rowWidths.append(width);
        } else {
            rowWidth = needed;
        }
        rows.last().append(std::make_pair(entry, width));
    }
    if (draw) {
        painter.setFont(font);
        for (int r = 0; r < rows.size(); ++r) {
            double x = rect.center().x() - rowWidths.at(r) / 2;
            const double top = rect.top() + r * lineHeight;
            for (const auto &[entry, width] : rows.at(r)) {
                drawSample(painter, entry.kind, QRectF(x, top + lineHeight * 0.2, sample, lineHeight * 0.6), style);
                painter.setPen(Qt::black);
                painter.drawText(QRectF(x + sample + gap, top, width - sample - gap, lineHeight),
                                 Qt::AlignLeft | Qt::AlignVCenter, entry.text);
                x += width + spacing;
            }
        }
    }
    return rows.size() * lineHeight;
}

QString phaseLabel(const ChartPhaseChange &change)
{
    const QString note = change.note.simplified();
    return note.isEmpty() ? kPhaseDefault : note;
}

// The phase a probe belongs to: how many phase changes are on or before its date.
int phaseOf(const QDate &date, const QList<ChartPhaseChange> &changes)
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [&](const ChartPhaseChange &c) { return c.date <= date; }));
}

bool isWhole(double value)
{
    return std::abs(value - std::round(value)) < 1e-9;
}

// Levels, and counts that are all whole, get ticks at whole numbers only.
bool wholeNumberTicks(const ProgressChartData &data)
{
    if (scaleRange(data.scale).wholeNumbers)
        return true;
    if (data.scale != MeasurementScale::Count)
        return false;
    return std::all_of(data.points.cbegin(), data.points.cend(), [](const DataPoint &p) { return isWhole(p.value); }) &&
           (!data.aim || isWhole(data.aim->goalValue));
}

} // namespace

QString chartDateLabel(const QDate &date)
{
    return date.isValid() ? u"%1/%2"_s.arg(date.month()).arg(date.day()) : QString();
}

QString chartValueText(double value)
{
    if (isWhole(value))
        return QString::number(qint64(std::round(value)));
    QString text = QString::number(value, 'f', 1);
    return text == u"-0.0"_s ? u"0"_s : text;
}

QString chartAxisTitle(MeasurementScale scale)
{
    return scaleChinese(scale) + u"（"_s + scaleUnitChinese(scale) + u"）"_s;
}

ProgressChartData progressChartData(const ProgressChartInput &input)
{
    ProgressChartData data;
    data.title = input.title;
    data.scale = input.scale;
    data.direction = input.direction;
    data.points = sortedByDate(input.points);
    data.phaseChanges = input.phaseChanges;
    std::stable_sort(data.phaseChanges.begin(), data.phaseChanges.end(),
                     [](const ChartPhaseChange &a, const ChartPhaseChange &b) { return a.date < b.date; });
    QList<QDate> phaseDates;
    for (const ChartPhaseChange &change : data.phaseChanges)
        phaseDates.append(change.date);

    data.baseline = baseline(data.points);
    if (input.goalValue && input.deadline.isValid()) {
        if (auto aim = aimLine(data.points, input.deadline, *input.goalValue))
            data.aim = *aim;
    }
    data.trend = input.trendMethod == TrendMethod::Tukey ? tukeyTrend(data.points, phaseDates)
                                                         : leastSquaresTrend(data.points, phaseDates);
    if (data.trend)
        data.trendEnd = data.points.constLast().date;

    // x: every probe, phase line and the aim line's end.
    QList<QDate> dates = phaseDates;
    for (const DataPoint &p : data.points)
        dates.append(p.date);
    if (data.aim)
        dates.append(data.aim->end);
    dates.removeIf([](const QDate &d) { return !d.isValid(); });
    if (dates.isEmpty())
        dates.append(input.deadline.isValid() ? input.deadline : input.today);
    data.firstDate = *std::min_element(dates.cbegin(), dates.cend());
    data.lastDate = *std::max_element(dates.cbegin(), dates.cend());
    if (data.firstDate.daysTo(data.lastDate) < 7) {
        data.firstDate = data.firstDate.addDays(-3);
        data.lastDate = data.lastDate.addDays(3);
    }

    // y: the scale's range; a scale without a useful upper bound (次数, and
    // 时长 whose bound is a whole school day) takes it from the data.
    const ScaleRange range = scaleRange(input.scale);
    data.minimum = range.minimum;
    if (std::isfinite(range.maximum) && input.scale != MeasurementScale::Duration) {
        data.maximum = range.maximum;
    } else {
        double top = 0;
        for (const DataPoint &p : data.points)
            top = std::max(top, p.value);
        if (input.goalValue)
            top = std::max(top, *input.goalValue);
        if (top <= data.minimum)
            top = data.minimum + 5;
        const bool whole = std::all_of(data.points.cbegin(), data.points.cend(),
                                       [](const DataPoint &p) { return isWhole(p.value); }) &&
                           (!input.goalValue || isWhole(*input.goalValue));
        const double step = std::max(whole ? 1.0 : 0.0, niceStep((top * 1.1 - data.minimum) / 5));
        data.maximum = data.minimum + std::ceil((top * 1.1 - data.minimum) / step - 1e-9) * step;
        if (std::isfinite(range.maximum))
            data.maximum = std::min(data.maximum, range.maximum);
    }
    return data;
}

ProgressChartFonts progressChartFonts(const FormFonts &fonts)
{
    ProgressChartFonts chart{fonts.bold, fonts.small, fonts.small};
    chart.tick.setPointSizeF(8);
    return chart;
}

QString progressChartText(const ProgressChartData &data)
{
    QString all = data.title + kDateAxisTitle + chartAxisTitle(data.scale) + kPhaseDefault + kLegendData +
                  kLegendBaseline + kLegendAim + kLegendTrend + kLegendPhase + u"0123456789/.-% …："_s +
                  scaleUnitChinese(data.scale);
    for (const ChartPhaseChange &change : data.phaseChanges)
        all += phaseLabel(change);
    return all;
}

void paintProgressChart(QPainter &painter, const QRectF &rect, const ProgressChartData &data,
                        const ProgressChartFonts &fonts)
{
    painter.save();
    Style style;
    if (const QPaintDevice *device = painter.device())
        style.mm = device->logicalDpiY() / 25.4;
    const double mm = style.mm;
    const QFontMetricsF labelMetrics(fonts.label, painter.device());
    const QFontMetricsF tickMetrics(fonts.tick, painter.device());
    const QFontMetricsF titleMetrics(fonts.title, painter.device());
    const double pad = 2.5 * mm;
    const QRectF inner = rect.adjusted(pad, pad, -pad, -pad);

    // Top to bottom: title, legend, the y axis title, the plot, the dates.
    double top = inner.top();
    if (!data.title.isEmpty()) {
        painter.setPen(Qt::black);
        painter.setFont(fonts.title);
        painter.drawText(QRectF(inner.left(), top, inner.width(), titleMetrics.height()), Qt::AlignCenter, data.title);
        top += titleMetrics.height() + 0.8 * mm;
    }
    const QList<LegendEntry> legend = legendEntries(data);
    const double legendHeight = paintLegend(painter, QRectF(inner.left(), top, inner.width(), 0), legend, fonts.label,
                                            style, true);
    top += legendHeight + 1.2 * mm;
    const QString yTitle = chartAxisTitle(data.scale);
    const QRectF yTitleRect(inner.left(), top, labelMetrics.horizontalAdvance(yTitle), labelMetrics.height());
    top += labelMetrics.height() + 0.5 * tickMetrics.height();

    const double yLabelWidth = std::max({tickMetrics.horizontalAdvance(chartValueText(data.maximum)),
                                         tickMetrics.horizontalAdvance(chartValueText(data.minimum)),
                                         tickMetrics.horizontalAdvance(u"00"_s)});
    const double xTitleWidth = labelMetrics.horizontalAdvance(kDateAxisTitle);
    QRectF plot;
    plot.setLeft(inner.left() + yLabelWidth + 2.5 * mm);
    plot.setRight(inner.right() - xTitleWidth - 2.5 * mm);
    plot.setTop(top);
    plot.setBottom(inner.bottom() - tickMetrics.height() - 1.5 * mm);
    if (plot.width() < 10 * mm || plot.height() < 10 * mm) {
        painter.restore();
        return;   // too small to say anything
    }
    // Values map into the plot less a headroom at the top: a goal at the
    // top of the scale (100 %) shows its whole marker with its label above
    // it, inside the plot, instead of being cut by the frame.
    const double headroom = labelMetrics.height() + 3 * mm;
    const Geometry g(plot.adjusted(0, headroom, 0, 0), data);

    // Gridlines and ticks: y in steps of 1, 2 or 5 that leave room for the
    // labels, x in days, weeks or months.
    const double span = data.maximum - data.minimum;
    const int maxYTicks = std::max(1, int((plot.height() - headroom) / (tickMetrics.height() * 1.6)));
    double yStep = niceStep(span / maxYTicks);
    if (wholeNumberTicks(data))
        yStep = std::max(1.0, std::round(yStep));
    QList<double> yTicks;
    for (double v = data.minimum; v <= data.maximum + 1e-9; v += yStep)
        yTicks.append(v);

    const double dateLabelWidth = tickMetrics.horizontalAdvance(u"12/30"_s);
    const int maxXTicks = std::max(1, int(plot.width() / (dateLabelWidth * 1.8)));
    int xStep = 182;
    for (int step : {1, 2, 7, 14, 28, 56, 91, 182}) {
        if (g.daySpan() / step <= maxXTicks) {
            xStep = step;
            break;
        }
    }
    QList<QDate> xTicks;
    QDate tick = g.firstVisible();
    if (xStep >= 7)
        while (tick.dayOfWeek() != Qt::Monday)
            tick = tick.addDays(1);
    for (; tick <= g.lastVisible(); tick = tick.addDays(xStep))
        xTicks.append(tick);

    QPen grid(QColor(0xcc, 0xcc, 0xcc));
    grid.setWidthF(0.15 * mm);
    painter.setPen(grid);
    for (double v : yTicks)
        if (v > data.minimum + 1e-9)
            painter.drawLine(QPointF(plot.left(), g.y(v)), QPointF(plot.right(), g.y(v)));
    for (const QDate &d : xTicks)
        painter.drawLine(QPointF(g.x(d), plot.top()), QPointF(g.x(d), plot.bottom()));

    // Axes, ticks and their labels.
    QPen axis(Qt::black);
    axis.setWidthF(0.25 * mm);
    axis.setCapStyle(Qt::FlatCap);
    painter.setPen(axis);
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    const double tickLength = 1.0 * mm;
    painter.setFont(fonts.tick);
    for (double v : yTicks) {
        const double y = g.y(v);
        painter.drawLine(QPointF(plot.left() - tickLength, y), QPointF(plot.left(), y));
        painter.drawText(QRectF(inner.left(), y - tickMetrics.height() / 2, plot.left() - tickLength - 0.8 * mm - inner.left(),
                                tickMetrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, chartValueText(v));
    }
    double lastLabelRight = -1e9;
    for (const QDate &d : xTicks) {
        const double x = g.x(d);
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + tickLength));
        const QString label = chartDateLabel(d);
        const double w = tickMetrics.horizontalAdvance(label);
        QRectF box(x - w / 2, plot.bottom() + tickLength + 0.3 * mm, w, tickMetrics.height());
        if (box.left() < inner.left())
            box.moveLeft(inner.left());
        if (box.left() < lastLabelRight + 1.5 * mm || box.right() > plot.right() + xTitleWidth)
            continue;
        painter.drawText(box, Qt::AlignCenter, label);
        lastLabelRight = box.right();
    }
    painter.setFont(fonts.label);
    painter.drawText(yTitleRect, Qt::AlignLeft | Qt::AlignVCenter, yTitle);
    painter.drawText(QRectF(plot.right() + 1.5 * mm, plot.bottom() - labelMetrics.height() / 2, xTitleWidth + mm,
                            labelMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, kDateAxisTitle);

    // The lines, clipped to the plot (a steep trend may leave it).
    painter.save();
    // Markers on the axes show whole: the clip leaves room for their radius.
    const double markerRoom = style.markerRadius() + 0.5 * mm;
    painter.setClipRect(plot.adjusted(-markerRoom, -0.5 * mm, markerRoom, markerRoom), Qt::IntersectClip);
    painter.setBrush(Qt::NoBrush);
    for (const ChartPhaseChange &change : data.phaseChanges) {
        painter.setPen(style.pen(LineKind::Phase));
        painter.drawLine(QPointF(g.x(change.date), plot.top()), QPointF(g.x(change.date), plot.bottom()));
    }
    if (data.baseline) {
        painter.setPen(style.pen(LineKind::Baseline));
        painter.drawLine(QPointF(plot.left(), g.y(data.baseline->value)), QPointF(plot.right(), g.y(data.baseline->value)));
    }
    if (data.aim) {
        painter.setPen(style.pen(LineKind::Aim));
        painter.drawLine(g.at(data.aim->start, data.aim->startValue), g.at(data.aim->end, data.aim->goalValue));
        // The goal itself: an open square at the deadline.
        const double r = 1.1 * mm;
        painter.drawRect(QRectF(g.x(data.aim->end) - r, g.y(data.aim->goalValue) - r, 2 * r, 2 * r));
    }
    if (data.trend) {
        painter.setPen(style.pen(LineKind::Trend));
        painter.drawLine(g.at(data.trend->origin, data.trend->intercept),
                         g.at(data.trendEnd, data.trend->valueAt(data.trendEnd)));
    }
    // The probes: joined within a phase, never across a phase line.
    painter.setPen(style.pen(LineKind::Data));
    for (qsizetype i = 1; i < data.points.size(); ++i) {
        const DataPoint &a = data.points.at(i - 1);
        const DataPoint &b = data.points.at(i);
        if (phaseOf(a.date, data.phaseChanges) == phaseOf(b.date, data.phaseChanges))
            painter.drawLine(g.at(a.date, a.value), g.at(b.date, b.value));
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (const DataPoint &p : data.points)
        painter.drawEllipse(g.at(p.date, p.value), style.markerRadius(), style.markerRadius());
    painter.setBrush(Qt::NoBrush);
    painter.restore();

    // Labels on the lines, where they do not cover a probe or each other.
    LabelPlacer labels(painter, plot.adjusted(0.5 * mm, 0.3 * mm, -0.3 * mm, -0.3 * mm));
    const double r = style.markerRadius() + 0.3 * mm;
    for (const DataPoint &p : data.points)
        labels.occupy(QRectF(g.x(p.date) - r, g.y(p.value) - r, 2 * r, 2 * r));
    if (data.aim) {
        const double goal = 1.1 * mm + 0.3 * mm;   // the open square at the deadline
        labels.occupy(QRectF(g.x(data.aim->end) - goal, g.y(data.aim->goalValue) - goal, 2 * goal, 2 * goal));
    }
    // No label across a line either (its own is kept clear by its places).
    const double lineRoom = 0.4 * mm;
    for (qsizetype i = 1; i < data.points.size(); ++i) {
        const DataPoint &a = data.points.at(i - 1);
        const DataPoint &b = data.points.at(i);
        if (phaseOf(a.date, data.phaseChanges) == phaseOf(b.date, data.phaseChanges))
            labels.occupyLine(g.at(a.date, a.value), g.at(b.date, b.value), lineRoom, mm);
    }
    for (const ChartPhaseChange &change : data.phaseChanges)
        labels.occupyLine(QPointF(g.x(change.date), plot.top()), QPointF(g.x(change.date), plot.bottom()), lineRoom, mm);
    if (data.baseline)
        labels.occupyLine(QPointF(plot.left(), g.y(data.baseline->value)),
                          QPointF(plot.right(), g.y(data.baseline->value)), lineRoom, mm);
    if (data.aim)
        labels.occupyLine(g.at(data.aim->start, data.aim->startValue), g.at(data.aim->end, data.aim->goalValue),
                          lineRoom, mm);
    if (data.trend)
        labels.occupyLine(g.at(data.trend->origin, data.trend->intercept),
                          g.at(data.trendEnd, data.trend->valueAt(data.trendEnd)), lineRoom, mm);
    const double h = labelMetrics.height();
    const double gap = 0.8 * mm;
    painter.setPen(QColor(0x33, 0x33, 0x33));
    for (const ChartPhaseChange &change : data.phaseChanges) {
        const double x = g.x(change.date);
        const double room = std::max(plot.right() - x - 2 * gap, 18 * mm);
        const QString text = labelMetrics.elidedText(phaseLabel(change), Qt::ElideRight, std::min(room, 40 * mm));
        const double w = labelMetrics.horizontalAdvance(text);
        labels.place(text, fonts.label,
                     {QPointF(x + gap, plot.top() + 0.5 * mm), QPointF(x - gap - w, plot.top() + 0.5 * mm),
                      QPointF(x + gap, plot.top() + 0.5 * mm + h), QPointF(x - gap - w, plot.top() + 0.5 * mm + h)});
    }
    QList<double> fractions{0.0, 0.2, 0.4, 0.6, 0.8};
    if (data.baseline) {
        painter.setPen(style.pen(LineKind::Baseline).color());
        const QString text = kLegendBaseline + u" "_s + unitText(data.scale, data.baseline->value);
        const double y = g.y(data.baseline->value);
        QList<QPointF> places;
        for (double f : fractions) {
            const double x = plot.left() + gap + f * plot.width();
            places += {QPointF(x, y - gap - h), QPointF(x, y + gap)};
        }
        labels.place(text, fonts.label, places);
    }
    if (data.aim) {
        painter.setPen(style.pen(LineKind::Aim).color());
        const QString text = kLegendAim + u" "_s + unitText(data.scale, data.aim->goalValue);
        const double w = labelMetrics.horizontalAdvance(text);
        const QPointF end = g.at(data.aim->end, data.aim->goalValue);
        const QPointF start = g.at(data.aim->start, data.aim->startValue);
        QList<QPointF> places{QPointF(end.x() - w - 2 * gap, end.y() - gap - h), QPointF(end.x() - w - 2 * gap, end.y() + gap),
                              QPointF(end.x() - w / 2, end.y() - 1.5 * mm - h), QPointF(end.x() - w / 2, end.y() + 1.5 * mm)};
        places += {QPointF(end.x() - w - 2 * gap, end.y() - 4 * gap - h), QPointF(end.x() - w - 2 * gap, end.y() + 4 * gap)};
        for (double f : {0.75, 0.5, 0.25})
            for (double offset : {1.5 * gap, 4 * gap}) {
                const QPointF p = start + (end - start) * f;
                places += {QPointF(p.x() - w / 2, p.y() - offset - h), QPointF(p.x() - w / 2, p.y() + offset)};
            }
        labels.place(text, fonts.label, places);
    }
    if (data.trend) {
        painter.setPen(style.pen(LineKind::Trend).color());
        const QString text = kLegendTrend;
        const double w = labelMetrics.horizontalAdvance(text);
        const QPointF end = g.at(data.trendEnd, data.trend->valueAt(data.trendEnd));
        const QPointF start = g.at(data.trend->origin, data.trend->intercept);
        QList<QPointF> places{QPointF(end.x() + 1.5 * gap, end.y() - h / 2), QPointF(end.x() + gap, end.y() - gap - h),
                              QPointF(end.x() + gap, end.y() + gap), QPointF(end.x() - w - gap, end.y() + gap),
                              QPointF(end.x() - w - gap, end.y() - gap - h)};
        for (double f : {0.5, 0.75, 0.25})
            for (double offset : {1.5 * gap, 4 * gap}) {
                const QPointF p = start + (end - start) * f;
                places += {QPointF(p.x() - w / 2, p.y() + offset), QPointF(p.x() - w / 2, p.y() - offset - h)};
            }
        labels.place(text, fonts.label, places);
    }
    painter.restore();
}

} // namespace rr
