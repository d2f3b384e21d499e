#include "timetable/Occurrences.h"

#include "calendar/BoostDate.h"
#include "calendar/SchoolCalendar.h"

#include <QHash>
#include <algorithm>

namespace rr {

namespace bg = boost::gregorian;

bool slotMeetsOn(const Semester &semester, const TimetableSlot &slot, const QDate &date)
{
    return semester.contains(date) && slot.validOn(date) && date.dayOfWeek() == slot.weekday
        && !isHoliday(semester, date);
}

std::optional<SlotOccurrence> applyChange(const TimetableSlot &slot, const QDate &date, const SlotChange *change)
{
    SlotOccurrence o;
    o.slotId = slot.id;
    o.date = date;
    o.start = slot.start;
    o.end = slot.end;
    o.roomId = slot.roomId;
    o.instructorId = slot.instructorId;
    o.studentIds = slot.studentIds;
    o.service = slot.service;
    o.content = slot.content;
    if (!change)
        return o;
    if (change->cancelled)
        return std::nullopt;
    if (change->newDate && change->newDate->isValid())
        o.date = *change->newDate;
    if (change->newStart && change->newStart->isValid())
        o.start = *change->newStart;
    if (change->newEnd && change->newEnd->isValid())
        o.end = *change->newEnd;
    if (change->newRoomId > 0)
        o.roomId = change->newRoomId;
    if (change->newInstructorId > 0)
        o.instructorId = change->newInstructorId;
    o.changed = true;
    return o;
}

QList<SlotOccurrence> occurrencesOf(const Semester &semester, const QList<TimetableSlot> &slotList,
                                    const QList<SlotChange> &changes, const QDate &from, const QDate &to)
{
    QList<SlotOccurrence> list;
    if (!from.isValid() || !to.isValid() || from > to)
        return list;
    QHash<qint64, QHash<QDate, const SlotChange *>> changeOf;
    for (const SlotChange &change : changes)
        changeOf[change.slotId].insert(change.date, &change);

    const auto inRange = [&](const QDate &date) { return date >= from && date <= to; };
    for (const TimetableSlot &slot : slotList) {
        const auto slotChanges = changeOf.value(slot.id);
        // Meetings whose own date lies in the range (they may move out of it).
        const QDate first = qMax(from, semester.start);
        const QDate last = qMin(to, semester.end);
        if (first <= last) {
            for (bg::day_iterator it(toBoost(first)); *it <= toBoost(last); ++it) {
                const QDate date = fromBoost(*it);
                if (!slotMeetsOn(semester, slot, date))
                    continue;
                const auto o = applyChange(slot, date, slotChanges.value(date, nullptr));
                if (o && inRange(o->date))
                    list.append(*o);
            }
        }
        // Meetings moved into the range from a date outside it.
        for (auto it = slotChanges.cbegin(); it != slotChanges.cend(); ++it) {
            if (inRange(it.key()) || !slotMeetsOn(semester, slot, it.key()))
                continue;
            const auto o = applyChange(slot, it.key(), it.value());
            if (o && inRange(o->date))
                list.append(*o);
        }
    }
    std::sort(list.begin(), list.end(), [](const SlotOccurrence &a, const SlotOccurrence &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.start != b.start)
            return a.start < b.start;
        return a.slotId < b.slotId;
    });
    return list;
}

} // namespace rr
