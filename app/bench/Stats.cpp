#include "Stats.h"

#include <algorithm>
#include <cmath>

namespace rr::bench {

Spread spreadOf(QList<double> samples)
{
    Spread s;
    s.runs = int(samples.size());
    if (samples.isEmpty())
        return s;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    s.median = n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2;
    const qsizetype rank = qsizetype(std::ceil(0.95 * double(n)));
    s.p95 = samples.at(std::clamp<qsizetype>(rank - 1, 0, n - 1));
    return s;
}

} // namespace rr::bench
