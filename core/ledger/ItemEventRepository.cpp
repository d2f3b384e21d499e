#include "ledger/ItemEventRepository.h"

#include "common/FieldLimits.h"
#include "ledger/CareScheduleRepository.h"
#include "ledger/LedgerItemRepository.h"
#include "common/Money.h"
#include "ledger/StockRepository.h"
#include "rooms/RoomRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

static const QString kSelect = uR"(
SELECT id, item_id, kind, happened_on, person, details, result, cost_cents, responsible, compensation_cents, paid_on,
       from_room_id, to_room_id, quantity, approved_by, approved_on, schedule_id, from_place, to_place
FROM ledger_events )"_s;

static ItemEvent readEvent(const SqlRows &q)
{
    ItemEvent e;
    e.id = q.value(0).toLongLong();
    e.itemId = q.value(1).toLongLong();
    e.kind = eventKindFromKey(q.value(2).toString());
    e.date = dateFromSql(q.value(3));
    e.person = q.value(4).toString();
    e.details = q.value(5).toString();
    e.result = q.value(6).toString();
    e.costCents = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
    e.responsible = q.value(8).toString();
    e.compensationCents = q.value(9).isNull() ? -1 : q.value(9).toLongLong();
    e.paidOn = dateFromSql(q.value(10));
    e.fromRoomId = q.value(11).toLongLong();
    e.toRoomId = q.value(12).toLongLong();
    e.quantity = q.value(13).toInt();
    e.approvedBy = q.value(14).toString();
    e.approvedOn = dateFromSql(q.value(15));
    e.scheduleId = q.value(16).toLongLong();
    e.fromPlace = q.value(17).toString();
    e.toPlace = q.value(18).toString();
    return e;
}

static Error invalid(const QString &message) { return makeError(ErrorCode::InvalidInput, message); }
static Error conflict(const QString &message) { return makeError(ErrorCode::Conflict, message); }
static Error noSuchEvent()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Ledger", "The ledger entry does not exist."));
}

static QVariant optionalCents(qint64 cents) { return cents < 0 ? QVariant() : QVariant(cents); }
static QVariant optionalId(qint64 id) { return id > 0 ? QVariant(id) : QVariant(); }

Result<QList<ItemEvent>> ItemEventRepository::forItem(qint64 itemId) const
{
    return readList(*m_db, kSelect + u"WHERE item_id = :id ORDER BY happened_on DESC, id DESC"_s, {{":id", itemId}},
                    readEvent);
}

Result<QList<ItemEvent>> ItemEventRepository::ofKind(const SqlExecutor &sql, EventKind kind)
{
    return readList(sql, kSelect + u"WHERE kind = :k ORDER BY happened_on, id"_s, {{":k", eventKindKey(kind)}}, readEvent);
}

Result<QList<ItemEvent>> ItemEventRepository::ofKind(EventKind kind) const { return ofKind(*m_db, kind); }

Result<ItemEvent> ItemEventRepository::byId(qint64 id) const
{
    auto found = readOne(*m_db, kSelect + u"WHERE id = :id"_s, {{":id", id}}, readEvent);
    if (!found)
        return found.error();
    if (!*found)
        return noSuchEvent();
    return **found;
}

static Result<void> validateEvent(const ItemEvent &e, const LedgerItem &item)
{
    if (!e.date.isValid())
        return invalid(QCoreApplication::translate("rr::Ledger", "An entry in the ledger needs its date."));
    if (e.person.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("rr::Ledger", "An entry in the ledger needs the person who made it."));
    if (auto tooLong = checkFieldLengths({{QT_TRANSLATE_NOOP("rr::Fields", "Person"), e.person, FieldKind::PersonName},
                                          {QT_TRANSLATE_NOOP("rr::Fields", "Details"), e.details, FieldKind::LongText},
                                          {QT_TRANSLATE_NOOP("rr::Fields", "Result"), e.result, FieldKind::LongText},
                                          {QT_TRANSLATE_NOOP("rr::Fields", "Responsible"), e.responsible, FieldKind::PersonName},
                                          {QT_TRANSLATE_NOOP("rr::Fields", "Approved by"), e.approvedBy, FieldKind::PersonName},
                                          {QT_TRANSLATE_NOOP("rr::Fields", "Place"), e.toPlace, FieldKind::Address}});
        !tooLong)
        return tooLong;
    if (e.costCents > kMaxAmountFen || e.compensationCents > kMaxAmountFen)
        return invalid(QCoreApplication::translate("rr::Ledger", "An amount must be between 0 and 100,000,000 yuan."));
    if (item.isScrapped())
        return conflict(QCoreApplication::translate("rr::Ledger", "%1 is scrapped; nothing more is recorded for it.").arg(item.name));
    switch (e.kind) {
    case EventKind::Inspection:
        if (e.result.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("rr::Ledger", "An inspection needs its result."));
        break;
    case EventKind::Maintenance:
    case EventKind::Repair:
        if (e.details.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("rr::Ledger", "Maintenance and repairs need what was done."));
        break;
    case EventKind::Damage:
        if (e.details.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("rr::Ledger", "A damage needs its cause."));
        break;
    case EventKind::Transfer: {
        // A move inside the item's room names the new place; a move to another room may.
        const qint64 toRoom = e.toRoomId > 0 ? e.toRoomId : item.roomId;
        if (e.toRoomId <= 0 && e.toPlace.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("rr::Ledger", "A transfer needs the room or the place the item goes to."));
        if (toRoom == item.roomId && e.toPlace.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("rr::Ledger", "The item is in that room already."));
        if (toRoom == item.roomId && e.toPlace.trimmed() == item.place.trimmed())
            return invalid(QCoreApplication::translate("rr::Ledger", "The item is in that place already."));
        break;
    }
    case EventKind::Scrap:
        if (e.details.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("rr::Ledger", "A scrapping needs its reason."));
        if (e.quantity < 1 || e.quantity > item.quantity)
            return invalid(QCoreApplication::translate("rr::Ledger", "Between 1 and %1 %2 can be scrapped.")
                               .arg(item.quantity)
                               .arg(item.unit));
        if (e.approvedOn.isValid() != !e.approvedBy.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("rr::Ledger", "An approval needs both who approved and when."));
        break;
    }
    return {};
}

Result<qint64> ItemEventRepository::record(Transaction &tx, const ItemEvent &event, std::optional<ItemCondition> condition)
{
    auto item = LedgerItemRepository::byId(tx, event.itemId);
    if (!item)
        return item.error();
    if (auto valid = validateEvent(event, *item); !valid)
        return valid.error();
    if (condition == ItemCondition::Scrapped)
        return conflict(QCoreApplication::translate("rr::Ledger",
                                                    "An item is scrapped only through an approved scrapping, never by editing it."));
    ItemEvent e = event;
    if (e.kind == EventKind::Transfer) {
        if (e.toRoomId <= 0)
            e.toRoomId = item->roomId;
        else if (auto room = RoomRepository::byId(tx, e.toRoomId); !room)
            return room.error();
        e.fromRoomId = item->roomId;
        e.fromPlace = item->place.trimmed();
        e.toPlace = e.toPlace.trimmed();
    }
    auto id = tx.insert(uR"(INSERT INTO ledger_events(item_id, kind, happened_on, person, details, result, cost_cents,
        responsible, compensation_cents, from_room_id, to_room_id, quantity, schedule_id, recorded_at, from_place, to_place)
        VALUES (:item, :kind, :on, :who, coalesce(:details, ''), :result, :cost, :resp, :comp, :from, :to, :q, :sched, :at,
                coalesce(:fromPlace, ''), coalesce(:toPlace, '')))"_s,
                        {{":item", e.itemId}, {":kind", eventKindKey(e.kind)}, {":on", isoDate(e.date)},
                         {":who", e.person.trimmed()}, {":details", e.details.trimmed()}, {":result", nullIfEmpty(e.result.trimmed())},
                         {":cost", optionalCents(e.costCents)}, {":resp", nullIfEmpty(e.responsible.trimmed())},
                         {":comp", optionalCents(e.compensationCents)}, {":from", optionalId(e.fromRoomId)},
                         {":to", optionalId(e.toRoomId)}, {":q", e.kind == EventKind::Scrap ? QVariant(e.quantity) : QVariant()},
                         {":sched", optionalId(e.scheduleId)}, {":at", sqlDateTime(tx.now())},
                         {":fromPlace", e.kind == EventKind::Transfer ? e.fromPlace : QString()},
                         {":toPlace", e.kind == EventKind::Transfer ? e.toPlace : QString()}});
    if (!id)
        return id.error();
    if (e.scheduleId > 0) {
        if (e.kind != EventKind::Inspection && e.kind != EventKind::Maintenance && e.kind != EventKind::Repair)
            return invalid(QCoreApplication::translate("rr::Ledger", "Only inspections and maintenance complete a schedule."));
        if (auto done = CareScheduleRepository::markDone(tx, e.scheduleId, e.itemId, e.date); !done)
            return done.error();
    }
    if (e.kind == EventKind::Transfer)
        if (auto moved = run(tx, u"UPDATE ledger_items SET room_id = :room, place = :place WHERE id = :id"_s,
                             {{":room", optionalId(e.toRoomId)}, {":place", nullIfEmpty(e.toPlace)}, {":id", e.itemId}});
            !moved)
            return moved.error();
    std::optional<ItemCondition> after = condition;
    if (!after && e.kind == EventKind::Damage)
        after = ItemCondition::Damaged;
    if (after && *after != item->condition)
        if (auto set = LedgerItemRepository::setCondition(tx, e.itemId, *after); !set)
            return set.error();
    if (e.kind == EventKind::Scrap && e.approvedOn.isValid())
        if (auto approved = approveScrap(tx, *id, e.approvedBy, e.approvedOn); !approved)
            return approved.error();
    return *id;
}

Result<qint64> ItemEventRepository::record(const ItemEvent &event, std::optional<ItemCondition> condition)
{
    return m_db->writeReturningId({u"ledger.event."_s + eventKindKey(event.kind), u"ledger %1 recorded"_s.arg(eventKindKey(event.kind))},
                                  [&](Transaction &tx) { return record(tx, event, condition); });
}

Result<void> ItemEventRepository::markPaid(qint64 eventId, const QDate &date)
{
    if (!date.isValid())
        return invalid(QCoreApplication::translate("rr::Ledger", "A payment needs its date."));
    return m_db->write({u"ledger.damage.paid"_s, u"ledger compensation paid"_s}, [&](Transaction &tx) -> Result<void> {
        auto found = readOne(tx, kSelect + u"WHERE id = :id"_s, {{":id", eventId}}, readEvent);
        if (!found)
            return found.error();
        if (!*found)
            return noSuchEvent();
        const ItemEvent &e = **found;
        if (e.kind != EventKind::Damage || e.compensationCents <= 0)
            return conflict(QCoreApplication::translate("rr::Ledger", "Only a damage with a compensation can be paid."));
        if (e.isPaid())
            return conflict(QCoreApplication::translate("rr::Ledger", "The compensation was paid already."));
        if (date < e.date)
            return invalid(QCoreApplication::translate("rr::Ledger", "A compensation cannot be paid before the damage."));
        return run(tx, u"UPDATE ledger_events SET paid_on = :on WHERE id = :id"_s, {{":on", isoDate(date)}, {":id", eventId}});
    });
}

Result<void> ItemEventRepository::approveScrap(Transaction &tx, qint64 eventId, const QString &approvedBy, const QDate &date)
{
    if (approvedBy.trimmed().isEmpty() || !date.isValid())
        return invalid(QCoreApplication::translate("rr::Ledger", "An approval needs both who approved and when."));
    if (auto tooLong = checkFieldLengths({{QT_TRANSLATE_NOOP("rr::Fields", "Approved by"), approvedBy, FieldKind::PersonName}});
        !tooLong)
        return tooLong;
    auto found = readOne(tx, kSelect + u"WHERE id = :id"_s, {{":id", eventId}}, readEvent);
    if (!found)
        return found.error();
    if (!*found)
        return noSuchEvent();
    const ItemEvent &e = **found;
    if (e.kind != EventKind::Scrap)
        return conflict(QCoreApplication::translate("rr::Ledger", "Only a scrapping is approved."));
    if (e.isApproved())
        return conflict(QCoreApplication::translate("rr::Ledger", "The scrapping was approved already."));
    if (date < e.date)
        return invalid(QCoreApplication::translate("rr::Ledger", "A scrapping cannot be approved before it was applied for."));
    if (auto moved = StockRepository::record(tx, StockMovement{0, e.itemId, MovementKind::Scrap, -e.quantity, date,
                                                               approvedBy, e.details});
        !moved)
        return moved;
    if (auto done = run(tx, u"UPDATE ledger_events SET approved_by = :by, approved_on = :on WHERE id = :id"_s,
                        {{":by", approvedBy.trimmed()}, {":on", isoDate(date)}, {":id", eventId}});
        !done)
        return done;
    auto left = StockRepository::stock(tx, e.itemId);
    if (!left)
        return left.error();
    if (*left == 0)
        return LedgerItemRepository::setCondition(tx, e.itemId, ItemCondition::Scrapped);
    return {};
}

Result<void> ItemEventRepository::approveScrap(qint64 eventId, const QString &approvedBy, const QDate &date)
{
    return m_db->write({u"ledger.scrap.approve"_s, u"ledger scrapping approved"_s},
                       [&](Transaction &tx) { return approveScrap(tx, eventId, approvedBy, date); });
}

} // namespace rr
