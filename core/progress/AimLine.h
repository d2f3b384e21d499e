#pragma once
// The aim line: the straight path from the baseline to the goal value at the
// goal's deadline. Each new probe is judged against it (four-point rule) and
// the trend line's slope is compared with its slope.
#include "common/Result.h"
#include "progress/DataPoint.h"

#include <QList>

namespace rr {

struct AimLine {
    QDate start;          // date of the third baseline probe
    double startValue = 0.0;
    QDate end;            // the objective's deadline
    double goalValue = 0.0;

    double slopePerWeek() const;
    // Extended beyond both ends along the same line: a probe after the
    // deadline is still judged against where the child should be by then.
    double valueAt(const QDate &date) const;
    bool operator==(const AimLine &) const = default;
};

// Refused when there is no baseline yet (fewer than three points) or the
// deadline is not after the baseline.
Result<AimLine> aimLine(const QList<DataPoint> &points, const QDate &deadline, double goalValue);

} // namespace rr
