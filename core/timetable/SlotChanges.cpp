#include "timetable/SlotChanges.h"

#include "storage/Database.h"
#include "timetable/TimetableRepository.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

Result<qint64> SlotChanges::set(Transaction &tx, const SlotChange &change)
{
    auto existing = TimetableRepository::changeOn(tx, change.slotId, change.date);
    if (!existing)
        return existing.error();
    if (*existing)
        if (auto removed = TimetableRepository::removeChange(tx, (*existing)->id); !removed)
            return removed.error();
    return TimetableRepository::addChange(tx, change);
}

Result<qint64> SlotChanges::set(const SlotChange &change)
{
    return m_db->writeReturningId({change.cancelled ? u"timetable.change.cancel"_s : u"timetable.change.move"_s,
                                   change.cancelled ? u"timetable slot cancelled for one date"_s
                                                    : u"timetable slot moved for one date"_s},
                                  [&](Transaction &tx) { return set(tx, change); });
}

Result<void> SlotChanges::undo(Transaction &tx, qint64 slotId, const QDate &date)
{
    auto existing = TimetableRepository::changeOn(tx, slotId, date);
    if (!existing)
        return existing.error();
    if (!*existing)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Timetable", "The slot has no change on %1.")
                             .arg(date.toString(Qt::ISODate)));
    return TimetableRepository::removeChange(tx, (*existing)->id);
}

Result<void> SlotChanges::undo(qint64 slotId, const QDate &date)
{
    return m_db->write({u"timetable.change.remove"_s, u"timetable change undone"_s},
                       [&](Transaction &tx) { return undo(tx, slotId, date); });
}

} // namespace rr
