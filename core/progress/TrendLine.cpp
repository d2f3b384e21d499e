#include "progress/TrendLine.h"

#include "progress/Baseline.h"

#include <algorithm>
#include <vector>

namespace rr {

namespace {
double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

struct Third {
    double x = 0.0;
    double y = 0.0;
};

Third medianOf(const std::vector<double> &xs, const std::vector<double> &ys, std::size_t from, std::size_t count)
{
    const auto slice = [&](const std::vector<double> &v) {
        return std::vector<double>(v.begin() + long(from), v.begin() + long(from + count));
    };
    return {median(slice(xs)), median(slice(ys))};
}
} // namespace

std::optional<TrendLine> fitLeastSquares(const QList<DataPoint> &points)
{
    const QList<DataPoint> sorted = sortedByDate(points);
    if (sorted.size() < 2)
        return std::nullopt;
    const QDate origin = sorted.first().date;
    const double n = double(sorted.size());
    double sumX = 0, sumY = 0;
    for (const DataPoint &p : sorted) {
        sumX += double(origin.daysTo(p.date));
        sumY += p.value;
    }
    const double meanX = sumX / n, meanY = sumY / n;
    double sxx = 0, sxy = 0;
    for (const DataPoint &p : sorted) {
        const double dx = double(origin.daysTo(p.date)) - meanX;
        sxx += dx * dx;
        sxy += dx * (p.value - meanY);
    }
    if (sxx == 0.0)
        return std::nullopt;   // all on one day: no slope to speak of
    const double slope = sxy / sxx;
    return TrendLine{origin, meanY - slope * meanX, slope};
}

std::optional<TrendLine> fitTukey(const QList<DataPoint> &points)
{
    const QList<DataPoint> sorted = sortedByDate(points);
    const std::size_t n = std::size_t(sorted.size());
    if (n < 3)
        return std::nullopt;
    const QDate origin = sorted.first().date;
    std::vector<double> xs, ys;
    for (const DataPoint &p : sorted) {
        xs.push_back(double(origin.daysTo(p.date)));
        ys.push_back(p.value);
    }
    const std::size_t k = n / 3;
    const std::size_t outer = (n % 3 == 2) ? k + 1 : k;
    const std::size_t middle = n - 2 * outer;
    const Third left = medianOf(xs, ys, 0, outer);
    const Third centre = medianOf(xs, ys, outer, middle);
    const Third right = medianOf(xs, ys, outer + middle, outer);
    if (right.x == left.x)
        return std::nullopt;
    const double slope = (right.y - left.y) / (right.x - left.x);
    const double intercept = ((left.y - slope * left.x) + (centre.y - slope * centre.x)
                              + (right.y - slope * right.x)) / 3.0;
    return TrendLine{origin, intercept, slope};
}

std::optional<TrendLine> leastSquaresTrend(const QList<DataPoint> &points, const QList<QDate> &phaseChanges)
{
    return fitLeastSquares(pointsInCurrentPhase(points, phaseChanges));
}

std::optional<TrendLine> tukeyTrend(const QList<DataPoint> &points, const QList<QDate> &phaseChanges)
{
    return fitTukey(pointsInCurrentPhase(points, phaseChanges));
}

} // namespace rr
