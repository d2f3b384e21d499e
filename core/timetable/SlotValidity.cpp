#include "timetable/SlotValidity.h"

#include <QCoreApplication>

namespace rr {

ValidityPeriod defaultValidity(const Semester &semester, const QDate &today)
{
    const QDate from = semester.contains(today) ? today : semester.start;
    return {from, semester.end};
}

TimetableSlot withSemesterValidity(const Semester &semester, TimetableSlot slot)
{
    if (!slot.validFrom.isValid())
        slot.validFrom = semester.start;
    if (!slot.validUntil.isValid())
        slot.validUntil = semester.end;
    return slot;
}

Result<void> checkValidity(const Semester &semester, const TimetableSlot &slot)
{
    if (!semester.contains(slot.validFrom) || !semester.contains(slot.validUntil))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Timetable",
                                                     "The slot's validity period must lie inside the semester (%1 to %2).")
                             .arg(semester.start.toString(Qt::ISODate), semester.end.toString(Qt::ISODate)));
    if (slot.validUntil < slot.validFrom)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Timetable", "The slot cannot end before it takes effect."));
    return {};
}

} // namespace rr
