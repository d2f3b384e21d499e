#pragma once
// The progress chart (进步曲线) of one short-term objective: the probes joined
// by a line, the baseline, the aim line, the trend line and the phase lines
// where the teaching changed, with axes, gridlines and a legend.
//
// ProgressChartData is plain data built with the core/progress functions, so
// it can be checked without painting. paintProgressChart draws it with any
// QPainter — a PDF page, a printer, a widget — as vectors, its labels as text
// (sharp when zoomed, found by search, copied from the PDF).
#include "progress/AimLine.h"
#include "progress/Baseline.h"
#include "progress/DataPoint.h"
#include "progress/MeasurementScale.h"
#include "progress/TrendLine.h"

#include <QDate>
#include <QFont>
#include <QList>
#include <QString>
#include <optional>

class QPainter;
class QRectF;

namespace rr {

struct FormFonts;

// A vertical line where the teaching changed; labelled with the note
// (shortened to fit), or 调整教学 when there is none.
struct ChartPhaseChange {
    QDate date;
    QString note;
    bool operator==(const ChartPhaseChange &) const = default;
};

enum class TrendMethod { LeastSquares, Tukey };

// What the chart is built from: one objective's series and its goal.
struct ProgressChartInput {
    QString title;                         // printed above the legend; empty: none
    MeasurementScale scale = MeasurementScale::Accuracy;
    Direction direction = Direction::Increase;
    QList<DataPoint> points;
    QList<ChartPhaseChange> phaseChanges{};
    QDate deadline{};                      // the objective's deadline: where the aim line ends
    std::optional<double> goalValue{};     // no goal value: no aim line
    TrendMethod trendMethod{TrendMethod::LeastSquares};
    QDate today{};                         // the clock's today: where the x axis sits with neither data nor deadline
};

struct ProgressChartData {
    QString title;
    MeasurementScale scale = MeasurementScale::Accuracy;
    Direction direction = Direction::Increase;
    QList<DataPoint> points;               // date order
    QList<ChartPhaseChange> phaseChanges;  // date order
    std::optional<Baseline> baseline;      // fewer than three points: none
    std::optional<AimLine> aim;            // needs the baseline, a goal value and a later deadline
    std::optional<TrendLine> trend;        // through the current phase
    QDate trendEnd;                        // the trend line runs from trend->origin to here
    QDate firstDate;                       // x range, inclusive
    QDate lastDate;
    double minimum = 0;                    // y range: the scale's, or from the data when unbounded
    double maximum = 100;
};

ProgressChartData progressChartData(const ProgressChartInput &input);

struct ProgressChartFonts {
    QFont title;    // the chart's title
    QFont label;    // legend, axis titles, line labels
    QFont tick;     // the numbers and dates at the ticks
};

// The print fonts (Noto Sans CJK SC), already scaled for the form's device.
ProgressChartFonts progressChartFonts(const FormFonts &fonts);

// Draws the chart inside `rect` (the painter's coordinates). Sizes (margins,
// pen widths, markers) follow the painter's device resolution; the painter's
// state is restored afterwards.
void paintProgressChart(QPainter &painter, const QRectF &rect, const ProgressChartData &data,
                        const ProgressChartFonts &fonts);

// Every character paintProgressChart may print for `data`.
QString progressChartText(const ProgressChartData &data);

// The texts the chart prints, shared with the printed form.
QString chartDateLabel(const QDate &date);            // 9/14
QString chartValueText(double value);                  // 45, 62.5
QString chartAxisTitle(MeasurementScale scale);        // 正确率（%）

} // namespace rr
