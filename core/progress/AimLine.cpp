#include "progress/AimLine.h"
#include "calendar/ScreenDate.h"

#include "progress/Baseline.h"

#include <QCoreApplication>

namespace rr {

double AimLine::slopePerWeek() const
{
    const qint64 days = start.daysTo(end);
    return days > 0 ? (goalValue - startValue) * 7.0 / double(days) : 0.0;
}

double AimLine::valueAt(const QDate &date) const
{
    const qint64 days = start.daysTo(end);
    if (days <= 0)
        return goalValue;
    return startValue + (goalValue - startValue) * double(start.daysTo(date)) / double(days);
}

Result<AimLine> aimLine(const QList<DataPoint> &points, const QDate &deadline, double goalValue)
{
    const std::optional<Baseline> base = baseline(points);
    if (!base)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Progress", "The aim line needs three baseline probes first."));
    if (!deadline.isValid() || deadline <= base->date)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Progress", "The goal's deadline must come after the baseline (%1).")
                             .arg(screenDate(base->date)));
    return AimLine{base->date, base->value, deadline, goalValue};
}

} // namespace rr
