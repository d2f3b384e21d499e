#include "ledger/StockRepository.h"

#include "common/FieldLimits.h"
#include "ledger/LedgerCategoryRepository.h"
#include "ledger/LedgerItemRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

Result<QList<StockMovement>> StockRepository::forItem(qint64 itemId) const
{
    return readList(*m_db,
                    u"SELECT id, item_id, kind, delta, moved_on, person, reason FROM ledger_movements "
                    u"WHERE item_id = :id ORDER BY moved_on, id"_s,
                    {{":id", itemId}}, [](const SqlRows &q) {
                        return StockMovement{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                             movementKindFromKey(q.value(2).toString()), q.value(3).toInt(),
                                             dateFromSql(q.value(4)), q.value(5).toString(), q.value(6).toString()};
                    });
}

Result<int> StockRepository::stock(const SqlExecutor &sql, qint64 itemId)
{
    auto value = readValue(sql, u"SELECT coalesce(sum(delta), 0) FROM ledger_movements WHERE item_id = :id"_s,
                           {{":id", itemId}});
    if (!value)
        return value.error();
    return value->toInt();
}

Result<int> StockRepository::stock(qint64 itemId) const { return stock(*m_db, itemId); }

Result<void> StockRepository::record(Transaction &tx, const StockMovement &movement)
{
    auto invalid = [](const QString &message) { return makeError(ErrorCode::InvalidInput, message); };
    if (movement.delta == 0 || movement.delta > kMaxItemQuantity || movement.delta < -kMaxItemQuantity)
        return invalid(QCoreApplication::translate("rr::Ledger", "A quantity must be between 1 and %1.").arg(kMaxItemQuantity));
    if (!movement.date.isValid())
        return invalid(QCoreApplication::translate("rr::Ledger", "A stock movement needs a date."));
    if (movement.person.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("rr::Ledger", "A stock movement needs the person who made it."));
    if (auto tooLong = checkFieldLengths({{QT_TRANSLATE_NOOP("rr::Fields", "Person"), movement.person, FieldKind::PersonName},
                                          {QT_TRANSLATE_NOOP("rr::Fields", "Reason"), movement.reason, FieldKind::Address}});
        !tooLong)
        return tooLong;
    auto item = LedgerItemRepository::byId(tx, movement.itemId);
    if (!item)
        return item.error();
    if (item->isScrapped())
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Ledger", "%1 is scrapped; its stock no longer changes.").arg(item->name));
    const int after = item->quantity + movement.delta;
    if (after < 0)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Ledger", "Only %1 %2 of %3 are in stock; the stock cannot go below zero.")
                             .arg(item->quantity)
                             .arg(item->unit, item->name));
    if (after < item->onLoan)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Ledger", "%1 %2 of %3 are out on loan; only %4 can leave the stock.")
                             .arg(item->onLoan)
                             .arg(item->unit, item->name)
                             .arg(item->available()));
    if (after > kMaxItemQuantity)
        return invalid(QCoreApplication::translate("rr::Ledger", "A quantity must be between 0 and %1.").arg(kMaxItemQuantity));
    auto done = tx.exec(u"INSERT INTO ledger_movements(item_id, kind, delta, moved_on, person, reason, recorded_at) "
                        u"VALUES (:item, :kind, :delta, :on, :who, coalesce(:why, ''), :at)"_s,
                        {{":item", movement.itemId}, {":kind", movementKindKey(movement.kind)}, {":delta", movement.delta},
                         {":on", isoDate(movement.date)}, {":who", movement.person.trimmed()},
                         {":why", movement.reason.trimmed()}, {":at", sqlDateTime(tx.now())}});
    if (!done)
        return done.error();
    return {};
}

Result<void> StockRepository::receive(qint64 itemId, int quantity, const QDate &date, const QString &person,
                                      const QString &reason)
{
    if (quantity <= 0)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Ledger", "A quantity must be between 1 and %1.").arg(kMaxItemQuantity));
    return m_db->write({u"ledger.stock.receive"_s, u"ledger stock received"_s}, [&](Transaction &tx) {
        return record(tx, StockMovement{0, itemId, MovementKind::Receive, quantity, date, person, reason});
    });
}

Result<void> StockRepository::issue(qint64 itemId, int quantity, const QDate &date, const QString &person,
                                    const QString &reason)
{
    if (quantity <= 0)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Ledger", "A quantity must be between 1 and %1.").arg(kMaxItemQuantity));
    return m_db->write({u"ledger.stock.issue"_s, u"ledger stock issued"_s}, [&](Transaction &tx) -> Result<void> {
        auto item = LedgerItemRepository::byId(tx, itemId);
        if (!item)
            return item.error();
        auto category = LedgerCategoryRepository::byId(tx, item->categoryId);
        if (!category)
            return category.error();
        if (category->kind == CategoryKind::Equipment)
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("rr::Ledger",
                                                         "%1 is equipment: it is lent and returned, not issued.")
                                 .arg(item->name));
        return record(tx, StockMovement{0, itemId, MovementKind::Issue, -quantity, date, person, reason});
    });
}

} // namespace rr
