#pragma once
// Median and 95th percentile (nearest rank) of repeated measurements.
#include <QList>

namespace rr::bench {

struct Spread {
    double median = 0;
    double p95 = 0;
    int runs = 0;
};

Spread spreadOf(QList<double> samples);

} // namespace rr::bench
