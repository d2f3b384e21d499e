#include "progress/Baseline.h"

#include <algorithm>

namespace rr {

std::optional<Baseline> baseline(const QList<DataPoint> &points)
{
    if (points.size() < kBaselinePoints)
        return std::nullopt;
    const QList<DataPoint> sorted = sortedByDate(points);
    double values[kBaselinePoints] = {sorted[0].value, sorted[1].value, sorted[2].value};
    std::sort(std::begin(values), std::end(values));
    return Baseline{sorted[kBaselinePoints - 1].date, values[1]};
}

QList<DataPoint> pointsInCurrentPhase(const QList<DataPoint> &points, const QList<QDate> &phaseChanges)
{
    const QList<DataPoint> sorted = sortedByDate(points);
    QDate lastChange;
    for (const QDate &change : phaseChanges)
        if (change.isValid() && (!lastChange.isValid() || change > lastChange))
            lastChange = change;
    QList<DataPoint> result;
    for (qsizetype i = kBaselinePoints; i < sorted.size(); ++i)
        if (!lastChange.isValid() || sorted[i].date >= lastChange)
            result.append(sorted[i]);
    return result;
}

} // namespace rr
