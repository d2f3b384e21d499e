#pragma once
// The baseline: where the child stood before teaching began, taken as the
// median of the first three probes so that one bad (or lucky) day does not
// set the aim line.
#include "progress/DataPoint.h"

#include <QList>
#include <optional>

namespace rr {

inline constexpr int kBaselinePoints = 3;

struct Baseline {
    QDate date;      // the date of the third probe: the aim line starts here
    double value = 0.0;
    bool operator==(const Baseline &) const = default;
};

// Fewer than three points → no baseline yet. Points are taken in date order.
std::optional<Baseline> baseline(const QList<DataPoint> &points);

// The points the rules judge: those after the three baseline probes and, when
// the teaching changed, dated on or after the last phase change (a probe on
// the day of the change already used the new teaching). In date order.
QList<DataPoint> pointsInCurrentPhase(const QList<DataPoint> &points, const QList<QDate> &phaseChanges = {});

} // namespace rr
