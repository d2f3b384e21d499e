#pragma once
// Trend lines through the probes of the current phase (after the baseline and
// after the last phase change), x = days, so their slope can be compared with
// the aim line's. Least squares is the textbook line; Tukey's tri-split median
// line is the robust one that one wild probe (a sick day) cannot tilt.
#include "progress/DataPoint.h"

#include <QList>
#include <optional>

namespace rr {

struct TrendLine {
    QDate origin;            // x = 0 (the first point used)
    double intercept = 0.0;  // value at origin
    double slopePerDay = 0.0;

    double slopePerWeek() const { return slopePerDay * 7.0; }
    double valueAt(const QDate &date) const { return intercept + slopePerDay * double(origin.daysTo(date)); }
    bool operator==(const TrendLine &) const = default;
};

// Needs at least two points on different dates.
std::optional<TrendLine> leastSquaresTrend(const QList<DataPoint> &points, const QList<QDate> &phaseChanges = {});

// Needs at least three points and different dates in the outer thirds.
// Thirds by date order: n = 3k → k,k,k; 3k+1 → k,k+1,k; 3k+2 → k+1,k,k+1
// (Velleman & Hoaglin). Slope = (ȳR − ȳL)/(x̄R − x̄L) from the medians of the
// outer thirds; intercept = mean of the three thirds' (median y − slope·median x),
// Tukey's choice, so the middle third also pulls the line's level.
std::optional<TrendLine> tukeyTrend(const QList<DataPoint> &points, const QList<QDate> &phaseChanges = {});

// The same two fits on points taken as given (no baseline/phase filtering);
// the functions above call these on pointsInCurrentPhase().
std::optional<TrendLine> fitLeastSquares(const QList<DataPoint> &points);
std::optional<TrendLine> fitTukey(const QList<DataPoint> &points);

} // namespace rr
