#include "ledger/StocktakeRepository.h"

#include "common/FieldLimits.h"
#include "ledger/LedgerItemRepository.h"
#include "ledger/StockRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

static const QString kSelect =
    u"SELECT id, title, room_id, started_on, started_by, confirmed_on, confirmed_by FROM ledger_stocktakes "_s;

static Stocktake readStocktake(const SqlRows &q)
{
    Stocktake s;
    s.id = q.value(0).toLongLong();
    s.title = q.value(1).toString();
    s.roomId = q.value(2).toLongLong();
    s.startedOn = dateFromSql(q.value(3));
    s.startedBy = q.value(4).toString();
    s.confirmedOn = dateFromSql(q.value(5));
    s.confirmedBy = q.value(6).toString();
    return s;
}

static Error invalid(const QString &message) { return makeError(ErrorCode::InvalidInput, message); }
static Error conflict(const QString &message) { return makeError(ErrorCode::Conflict, message); }

Result<QList<Stocktake>> StocktakeRepository::all() const
{
    return readList(*m_db, kSelect + u"ORDER BY started_on DESC, id DESC"_s, {}, readStocktake);
}

Result<Stocktake> StocktakeRepository::byId(const SqlExecutor &sql, qint64 id)
{
    auto found = readOne(sql, kSelect + u"WHERE id = :id"_s, {{":id", id}}, readStocktake);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Ledger", "The stocktake does not exist."));
    Stocktake stocktake = **found;
    auto lines = readList(sql, uR"(
SELECT l.id, l.item_id, i.ledger_no, i.name, i.unit, coalesce(i.room_id, 0), l.expected, l.counted, l.reason
FROM ledger_stocktake_lines l JOIN ledger_items i ON i.id = l.item_id
WHERE l.stocktake_id = :id ORDER BY coalesce(i.room_id, 1e18), i.ledger_no)"_s,
                          {{":id", id}}, [](const SqlRows &q) {
                              StocktakeLine line;
                              line.id = q.value(0).toLongLong();
                              line.itemId = q.value(1).toLongLong();
                              line.ledgerNo = q.value(2).toString();
                              line.itemName = q.value(3).toString();
                              line.unit = q.value(4).toString();
                              line.roomId = q.value(5).toLongLong();
                              line.expected = q.value(6).toInt();
                              line.counted = q.value(7).isNull() ? -1 : q.value(7).toInt();
                              line.reason = q.value(8).toString();
                              return line;
                          });
    if (!lines)
        return lines.error();
    stocktake.lines = *lines;
    return stocktake;
}

Result<Stocktake> StocktakeRepository::byId(qint64 id) const { return byId(*m_db, id); }

Result<qint64> StocktakeRepository::start(Transaction &tx, const QString &title, qint64 roomId, const QDate &date,
                                          const QString &person)
{
    if (title.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("rr::Ledger", "A stocktake needs a title."));
    if (!date.isValid() || person.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("rr::Ledger", "A stocktake needs its date and who takes it."));
    if (auto tooLong = checkFieldLengths({{QT_TRANSLATE_NOOP("rr::Fields", "Title"), title, FieldKind::Address},
                                          {QT_TRANSLATE_NOOP("rr::Fields", "Person"), person, FieldKind::PersonName}});
        !tooLong)
        return tooLong.error();
    {
        auto open = readValue(tx, u"SELECT count(*) FROM ledger_stocktakes WHERE confirmed_on IS NULL "
                                  u"AND (room_id IS NULL OR :room = 0 OR room_id = :room)"_s,
                              {{":room", roomId}});
        if (!open)
            return open.error();
        if (open->toInt() > 0)
            return conflict(QCoreApplication::translate("rr::Ledger",
                                                        "A stocktake of these items is still open; confirm or discard it first."));
        ItemFilter filter;
        filter.roomId = roomId;
        filter.includeScrapped = false;
        auto items = LedgerItemRepository::list(tx, filter);
        if (!items)
            return items.error();
        if (items->isEmpty())
            return conflict(QCoreApplication::translate("rr::Ledger", "There is nothing in the ledger to count there."));
        auto id = tx.insert(u"INSERT INTO ledger_stocktakes(title, room_id, started_on, started_by) "
                            u"VALUES (:t, :room, :on, :by)"_s,
                            {{":t", title.trimmed()}, {":room", roomId > 0 ? QVariant(roomId) : QVariant()},
                             {":on", isoDate(date)}, {":by", person.trimmed()}});
        if (!id)
            return id.error();
        for (const LedgerItem &item : std::as_const(*items))
            if (auto line = run(tx, u"INSERT INTO ledger_stocktake_lines(stocktake_id, item_id, expected) VALUES (:s, :i, :e)"_s,
                                {{":s", *id}, {":i", item.id}, {":e", std::max(item.available(), 0)}});
                !line)
                return line.error();
        return *id;
    }
}

Result<qint64> StocktakeRepository::start(const QString &title, qint64 roomId, const QDate &date, const QString &person)
{
    return m_db->writeReturningId({u"ledger.stocktake.start"_s, u"stocktake started"_s},
                                  [&](Transaction &tx) { return start(tx, title, roomId, date, person); });
}

Result<void> StocktakeRepository::setCounts(Transaction &tx, qint64 stocktakeId, const QList<StocktakeLine> &lines)
{
    for (const StocktakeLine &line : lines) {
        if (line.counted < -1 || line.counted > kMaxItemQuantity)
            return invalid(QCoreApplication::translate("rr::Ledger", "A quantity must be between 0 and %1.").arg(kMaxItemQuantity));
        if (auto tooLong = checkFieldLengths({{QT_TRANSLATE_NOOP("rr::Fields", "Reason"), line.reason, FieldKind::Address}});
            !tooLong)
            return tooLong;
    }
    {
        auto stocktake = readOne(tx, kSelect + u"WHERE id = :id"_s, {{":id", stocktakeId}}, readStocktake);
        if (!stocktake)
            return stocktake.error();
        if (!*stocktake)
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Ledger", "The stocktake does not exist."));
        if ((*stocktake)->isConfirmed())
            return conflict(QCoreApplication::translate("rr::Ledger", "The stocktake is confirmed and can no longer change."));
        for (const StocktakeLine &line : lines) {
            auto done = tx.exec(u"UPDATE ledger_stocktake_lines SET counted = :c, reason = coalesce(:r, '') "
                                u"WHERE stocktake_id = :s AND item_id = :i"_s,
                                {{":c", line.counted < 0 ? QVariant() : QVariant(line.counted)}, {":r", line.reason.trimmed()},
                                 {":s", stocktakeId}, {":i", line.itemId}});
            if (!done)
                return done.error();
            if (done->numRowsAffected() == 0)
                return makeError(ErrorCode::NotFound,
                                 QCoreApplication::translate("rr::Ledger", "The item is not on the stocktake's list."));
        }
        return {};
    }
}

Result<void> StocktakeRepository::setCounts(qint64 stocktakeId, const QList<StocktakeLine> &lines)
{
    return m_db->write({u"ledger.stocktake.count"_s, u"stocktake counted"_s},
                       [&](Transaction &tx) { return setCounts(tx, stocktakeId, lines); });
}

Result<void> StocktakeRepository::confirm(Transaction &tx, qint64 stocktakeId, const QDate &date, const QString &person)
{
    if (!date.isValid() || person.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("rr::Ledger", "A confirmation needs its date and who confirms."));
    {
        auto stocktake = byId(tx, stocktakeId);
        if (!stocktake)
            return stocktake.error();
        if (stocktake->isConfirmed())
            return conflict(QCoreApplication::translate("rr::Ledger", "The stocktake was confirmed already."));
        if (date < stocktake->startedOn)
            return invalid(QCoreApplication::translate("rr::Ledger", "A stocktake cannot be confirmed before it started."));
        const QList<StocktakeLine> differences = stocktake->differences();
        for (const StocktakeLine &line : differences)
            if (line.reason.trimmed().isEmpty())
                return invalid(QCoreApplication::translate("rr::Ledger", "The difference of %1 %2 needs a reason.")
                                   .arg(line.ledgerNo, line.itemName));
        for (const StocktakeLine &line : differences) {
            const QString reason = QCoreApplication::translate("rr::Ledger", "Stocktake %1: %2").arg(stocktake->title, line.reason.trimmed());
            if (auto moved = StockRepository::record(
                    tx, StockMovement{0, line.itemId, MovementKind::Adjust, line.difference(), date, person, reason});
                !moved)
                return moved;
        }
        return run(tx, u"UPDATE ledger_stocktakes SET confirmed_on = :on, confirmed_by = :by WHERE id = :id"_s,
                   {{":on", isoDate(date)}, {":by", person.trimmed()}, {":id", stocktakeId}});
    }
}

Result<void> StocktakeRepository::confirm(qint64 stocktakeId, const QDate &date, const QString &person)
{
    return m_db->write({u"ledger.stocktake.confirm"_s, u"stocktake confirmed"_s},
                       [&](Transaction &tx) { return confirm(tx, stocktakeId, date, person); });
}

Result<void> StocktakeRepository::remove(qint64 stocktakeId)
{
    return m_db->write({u"ledger.stocktake.remove"_s, u"stocktake discarded"_s}, [&](Transaction &tx) -> Result<void> {
        auto stocktake = readOne(tx, kSelect + u"WHERE id = :id"_s, {{":id", stocktakeId}}, readStocktake);
        if (!stocktake)
            return stocktake.error();
        if (!*stocktake)
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Ledger", "The stocktake does not exist."));
        if ((*stocktake)->isConfirmed())
            return conflict(QCoreApplication::translate("rr::Ledger", "A confirmed stocktake is kept."));
        return run(tx, u"DELETE FROM ledger_stocktakes WHERE id = :id"_s, {{":id", stocktakeId}});
    });
}

} // namespace rr
