#include "ledger/LedgerItemRepository.h"

#include "common/FieldLimits.h"
#include "ledger/LedgerCategoryRepository.h"
#include "common/Money.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rr {

using namespace Qt::Literals::StringLiterals;

// Quantity, what is out on loan and how often it was used are read with the
// item, so that no list can disagree with the movements.
static const QString kSelect = uR"(
SELECT i.id, i.ledger_no, i.name, i.category_id, i.model, i.brand, i.serial_no, i.unit, i.unit_price_cents,
       i.purchase_date, i.supplier, i.funding_source, i.room_id, i.place, i.keeper_staff_id, i.condition,
       i.loanable, i.batch, i.expiry_date, i.storage_condition, i.reorder_level, i.note,
       coalesce((SELECT sum(m.delta) FROM ledger_movements m WHERE m.item_id = i.id), 0),
       coalesce((SELECT sum(l.quantity) FROM ledger_loans l WHERE l.item_id = i.id AND l.returned_on IS NULL), 0),
       (SELECT count(DISTINCT se.session_id) FROM session_equipment se WHERE se.item_id = i.id),
       i.photo IS NOT NULL
FROM ledger_items i
LEFT JOIN rooms r ON r.id = i.room_id
JOIN ledger_categories c ON c.id = i.category_id
)"_s;
static const QString kOrder = u" ORDER BY coalesce(r.id, 1e18), c.position, c.id, i.ledger_no"_s;

static LedgerItem readItem(const SqlRows &q)
{
    LedgerItem item;
    item.id = q.value(0).toLongLong();
    item.ledgerNo = q.value(1).toString();
    item.name = q.value(2).toString();
    item.categoryId = q.value(3).toLongLong();
    item.model = q.value(4).toString();
    item.brand = q.value(5).toString();
    item.serialNo = q.value(6).toString();
    item.unit = q.value(7).toString();
    item.unitPriceCents = q.value(8).toLongLong();
    item.purchaseDate = dateFromSql(q.value(9));
    item.supplier = q.value(10).toString();
    item.fundingSource = q.value(11).toString();
    item.roomId = q.value(12).toLongLong();
    item.place = q.value(13).toString();
    item.keeperId = q.value(14).toLongLong();
    item.condition = itemConditionFromKey(q.value(15).toString());
    item.loanable = q.value(16).toInt() != 0;
    item.batch = q.value(17).toString();
    item.expiryDate = dateFromSql(q.value(18));
    item.storageCondition = q.value(19).toString();
    item.reorderLevel = q.value(20).toInt();
    item.note = q.value(21).toString();
    item.quantity = q.value(22).toInt();
    item.onLoan = q.value(23).toInt();
    item.uses = q.value(24).toInt();
    item.hasPhoto = q.value(25).toInt() != 0;
    return item;
}

static Error noSuchItem()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Ledger", "The item is not in the ledger."));
}

Result<QList<LedgerItem>> LedgerItemRepository::list(const SqlExecutor &sql, const ItemFilter &filter)
{
    QStringList where;
    SqlParams params;
    if (filter.roomId > 0) {
        where << u"i.room_id = :room"_s;
        params.push_back({":room", filter.roomId});
    }
    if (filter.categoryId > 0) {
        where << u"i.category_id = :cat"_s;
        params.push_back({":cat", filter.categoryId});
    }
    if (!filter.includeScrapped)
        where << u"i.condition <> 'scrapped'"_s;
    if (!filter.text.trimmed().isEmpty()) {
        where << u"(instr(i.name, :text) > 0 OR instr(upper(i.ledger_no), upper(:text)) > 0 "
                 u"OR instr(coalesce(i.model, ''), :text) > 0 OR instr(coalesce(i.brand, ''), :text) > 0)"_s;
        params.push_back({":text", filter.text.trimmed()});
    }
    const QString clause = where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
    return readList(sql, kSelect + clause + kOrder, params, readItem);
}

Result<QList<LedgerItem>> LedgerItemRepository::list(const ItemFilter &filter) const { return list(*m_db, filter); }

Result<LedgerItem> LedgerItemRepository::byId(const SqlExecutor &sql, qint64 id)
{
    auto found = readOne(sql, kSelect + u" WHERE i.id = :id"_s, {{":id", id}}, readItem);
    if (!found)
        return found.error();
    if (!*found)
        return noSuchItem();
    return **found;
}

Result<LedgerItem> LedgerItemRepository::byId(qint64 id) const { return byId(*m_db, id); }

Result<LedgerItem> LedgerItemRepository::find(const QString &key) const
{
    const QString k = key.trimmed();
    auto found = readOne(*m_db, kSelect + u" WHERE upper(i.ledger_no) = upper(:k)"_s, {{":k", k}}, readItem);
    if (!found)
        return found.error();
    if (*found)
        return **found;
    bool isNumber = false;
    const qint64 id = k.toLongLong(&isNumber);
    if (isNumber)
        return byId(id);
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("rr::Ledger", "There is no item \"%1\" in the ledger.").arg(k));
}

Result<QString> LedgerItemRepository::nextLedgerNumber(const SqlExecutor &sql, qint64 categoryId)
{
    auto category = LedgerCategoryRepository::byId(sql, categoryId);
    if (!category)
        return category.error();
    const QString prefix = category->code + u'-';
    auto numbers = readList(sql, u"SELECT ledger_no FROM ledger_items WHERE ledger_no LIKE :p"_s,
                            {{":p", QString(prefix + u'%')}}, [](const SqlRows &q) { return q.value(0).toString(); });
    if (!numbers)
        return numbers.error();
    int highest = 0;
    for (const QString &number : std::as_const(*numbers)) {
        bool ok = false;
        const int n = number.mid(prefix.size()).toInt(&ok);
        if (ok)
            highest = std::max(highest, n);
    }
    return QString(prefix + u"%1"_s.arg(highest + 1, 3, 10, QLatin1Char('0')));
}

Result<QString> LedgerItemRepository::nextLedgerNumber(qint64 categoryId) const
{
    return nextLedgerNumber(*m_db, categoryId);
}

Result<void> LedgerItemRepository::validate(const LedgerItem &item)
{
    auto invalid = [](const QString &message) { return makeError(ErrorCode::InvalidInput, message); };
    if (item.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("rr::Ledger", "An item needs a name."));
    if (item.categoryId <= 0)
        return invalid(QCoreApplication::translate("rr::Ledger", "An item needs a category."));
    if (auto tooLong = checkFieldLengths({
            {QT_TRANSLATE_NOOP("rr::Fields", "Ledger number"), item.ledgerNo, FieldKind::ShortText},
            {QT_TRANSLATE_NOOP("rr::Fields", "Item name"), item.name, FieldKind::Address},
            {QT_TRANSLATE_NOOP("rr::Fields", "Model and specification"), item.model, FieldKind::Address},
            {QT_TRANSLATE_NOOP("rr::Fields", "Brand"), item.brand, FieldKind::ShortText},
            {QT_TRANSLATE_NOOP("rr::Fields", "Serial number"), item.serialNo, FieldKind::ShortText},
            {QT_TRANSLATE_NOOP("rr::Fields", "Unit"), item.unit, FieldKind::ShortText},
            {QT_TRANSLATE_NOOP("rr::Fields", "Supplier"), item.supplier, FieldKind::Address},
            {QT_TRANSLATE_NOOP("rr::Fields", "Funding source"), item.fundingSource, FieldKind::ShortText},
            {QT_TRANSLATE_NOOP("rr::Fields", "Place"), item.place, FieldKind::Address},
            {QT_TRANSLATE_NOOP("rr::Fields", "Batch"), item.batch, FieldKind::ShortText},
            {QT_TRANSLATE_NOOP("rr::Fields", "Storage condition"), item.storageCondition, FieldKind::Address},
            {QT_TRANSLATE_NOOP("rr::Fields", "Note"), item.note, FieldKind::LongText},
        });
        !tooLong)
        return tooLong;
    if (item.unitPriceCents < 0 || item.unitPriceCents > kMaxAmountFen)
        return invalid(QCoreApplication::translate("rr::Ledger", "The unit price must be between 0 and 100,000,000 yuan."));
    if (item.reorderLevel < 0 || item.reorderLevel > kMaxItemQuantity)
        return invalid(QCoreApplication::translate("rr::Ledger", "The reorder level must be between 0 and %1.")
                           .arg(kMaxItemQuantity));
    return {};
}

Result<void> LedgerItemRepository::checkQuantity(int quantity)
{
    if (quantity < 0 || quantity > kMaxItemQuantity)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Ledger", "A quantity must be between 0 and %1.").arg(kMaxItemQuantity));
    return {};
}

static Error duplicateNumber(const QString &number)
{
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate("rr::Ledger", "The ledger number %1 is taken by another item.").arg(number));
}

static SqlParams itemParams(const LedgerItem &item, const QString &ledgerNo)
{
    return {{":no", ledgerNo},
            {":name", item.name.trimmed()},
            {":cat", item.categoryId},
            {":model", nullIfEmpty(item.model.trimmed())},
            {":brand", nullIfEmpty(item.brand.trimmed())},
            {":serial", nullIfEmpty(item.serialNo.trimmed())},
            {":unit", item.unit.trimmed().isEmpty() ? u"件"_s : item.unit.trimmed()},
            {":price", item.unitPriceCents},
            {":bought", isoDate(item.purchaseDate)},
            {":supplier", nullIfEmpty(item.supplier.trimmed())},
            {":funding", nullIfEmpty(item.fundingSource.trimmed())},
            {":room", item.roomId > 0 ? QVariant(item.roomId) : QVariant()},
            {":place", nullIfEmpty(item.place.trimmed())},
            {":keeper", item.keeperId > 0 ? QVariant(item.keeperId) : QVariant()},
            {":cond", itemConditionKey(item.condition)},
            {":loanable", item.loanable ? 1 : 0},
            {":batch", nullIfEmpty(item.batch.trimmed())},
            {":expiry", isoDate(item.expiryDate)},
            {":storage", nullIfEmpty(item.storageCondition.trimmed())},
            {":reorder", item.reorderLevel},
            {":note", nullIfEmpty(item.note.trimmed())}};
}

Result<qint64> LedgerItemRepository::add(Transaction &tx, const LedgerItem &item, int quantity, const QDate &receivedOn,
                                         const QString &person)
{
    if (auto valid = validate(item); !valid)
        return valid.error();
    if (auto valid = checkQuantity(quantity); !valid)
        return valid.error();
    if (item.condition == ItemCondition::Scrapped)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Ledger", "A new item cannot be registered as scrapped."));
    if (quantity > 0 && (!receivedOn.isValid() || person.trimmed().isEmpty()))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Ledger", "Receiving needs a date and who received it."));
    if (auto category = LedgerCategoryRepository::byId(tx, item.categoryId); !category)
        return category.error();
    QString number = item.ledgerNo.trimmed();
    if (number.isEmpty()) {
        auto next = nextLedgerNumber(tx, item.categoryId);
        if (!next)
            return next.error();
        number = *next;
    }
    SqlParams params = itemParams(item, number);
    params.push_back({":created", sqlDateTime(tx.now())});
    auto id = tx.insert(uR"(INSERT INTO ledger_items(ledger_no, name, category_id, model, brand, serial_no, unit,
        unit_price_cents, purchase_date, supplier, funding_source, room_id, place, keeper_staff_id, condition, loanable,
        batch, expiry_date, storage_condition, reorder_level, note, created_at)
        VALUES (:no, :name, :cat, :model, :brand, :serial, :unit, :price, :bought, :supplier, :funding, :room, :place,
        :keeper, :cond, :loanable, :batch, :expiry, :storage, :reorder, :note, :created))"_s,
                        params);
    if (!id)
        return id.error().code == ErrorCode::Conflict ? duplicateNumber(number) : id.error();
    if (quantity > 0) {
        auto moved = tx.exec(u"INSERT INTO ledger_movements(item_id, kind, delta, moved_on, person, reason, recorded_at) "
                             u"VALUES (:item, 'receive', :q, :on, :who, coalesce(:why, ''), :at)"_s,
                             {{":item", *id}, {":q", quantity}, {":on", isoDate(receivedOn)}, {":who", person.trimmed()},
                              {":why", QCoreApplication::translate("rr::Ledger", "Registered in the ledger")},
                              {":at", sqlDateTime(tx.now())}});
        if (!moved)
            return moved.error();
    }
    return *id;
}

Result<qint64> LedgerItemRepository::add(const LedgerItem &item, int quantity, const QDate &receivedOn,
                                         const QString &person)
{
    return m_db->writeReturningId({u"ledger.item.add"_s, u"ledger item %1 added"_s.arg(item.name.trimmed())},
                                  [&](Transaction &tx) { return add(tx, item, quantity, receivedOn, person); });
}

Result<void> LedgerItemRepository::update(Transaction &tx, const LedgerItem &item)
{
    if (auto valid = validate(item); !valid)
        return valid;
    auto old = byId(tx, item.id);
    if (!old)
        return old.error();
    if (old->isScrapped() != item.isScrapped())
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Ledger",
                                                     "An item is scrapped only through an approved scrapping, never by editing it."));
    if (auto category = LedgerCategoryRepository::byId(tx, item.categoryId); !category)
        return category.error();
    const QString number = item.ledgerNo.trimmed();
    if (number.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Ledger", "An item needs a ledger number."));
    SqlParams params = itemParams(item, number);
    params.push_back({":id", item.id});
    auto done = tx.exec(uR"(UPDATE ledger_items SET ledger_no = :no, name = :name, category_id = :cat, model = :model,
        brand = :brand, serial_no = :serial, unit = :unit, unit_price_cents = :price, purchase_date = :bought,
        supplier = :supplier, funding_source = :funding, room_id = :room, place = :place, keeper_staff_id = :keeper,
        condition = :cond, loanable = :loanable, batch = :batch, expiry_date = :expiry, storage_condition = :storage,
        reorder_level = :reorder, note = :note WHERE id = :id)"_s,
                        params);
    if (!done)
        return done.error().code == ErrorCode::Conflict ? duplicateNumber(number) : done.error();
    return {};
}

Result<void> LedgerItemRepository::update(const LedgerItem &item)
{
    return m_db->write({u"ledger.item.update"_s, u"ledger item %1 changed"_s.arg(item.ledgerNo.trimmed())},
                       [&](Transaction &tx) { return update(tx, item); });
}

Result<void> LedgerItemRepository::setCondition(Transaction &tx, qint64 id, ItemCondition condition)
{
    auto done = tx.exec(u"UPDATE ledger_items SET condition = :c WHERE id = :id"_s,
                        {{":c", itemConditionKey(condition)}, {":id", id}});
    if (!done)
        return done.error();
    if (done->numRowsAffected() == 0)
        return noSuchItem();
    return {};
}

Result<void> LedgerItemRepository::remove(qint64 id)
{
    return m_db->write({u"ledger.item.remove"_s, u"ledger item removed"_s}, [&](Transaction &tx) -> Result<void> {
        auto history = readValue(tx, uR"(SELECT (SELECT count(*) FROM ledger_loans WHERE item_id = :id)
            + (SELECT count(*) FROM ledger_events WHERE item_id = :id)
            + (SELECT count(*) FROM ledger_stocktake_lines WHERE item_id = :id)
            + (SELECT count(*) FROM session_equipment WHERE item_id = :id)
            + max((SELECT count(*) FROM ledger_movements WHERE item_id = :id) - 1, 0))"_s,
                                 {{":id", id}});
        if (!history)
            return history.error();
        if (history->toInt() > 0)
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("rr::Ledger",
                                                         "The item has a history in the ledger and cannot be removed; "
                                                         "scrap it instead."));
        auto done = tx.exec(u"DELETE FROM ledger_items WHERE id = :id"_s, {{":id", id}});
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return noSuchItem();
        return {};
    });
}

Result<QByteArray> LedgerItemRepository::photo(qint64 id) const
{
    auto bytes = readOne(*m_db, u"SELECT photo FROM ledger_items WHERE id = :id"_s, {{":id", id}},
                         [](const SqlRows &q) { return q.value(0).toByteArray(); });
    if (!bytes)
        return bytes.error();
    if (!*bytes)
        return noSuchItem();
    return **bytes;
}

Result<void> LedgerItemRepository::setPhoto(qint64 id, const QByteArray &bytes)
{
    if (bytes.size() > kMaxPhotoBytes)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Ledger", "A photo may be at most 4 MB."));
    const bool jpeg = bytes.startsWith("\xFF\xD8\xFF");
    const bool png = bytes.startsWith("\x89PNG\r\n\x1A\n");
    if (!bytes.isEmpty() && !jpeg && !png)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Ledger", "A photo must be a JPEG or PNG picture."));
    return m_db->write({u"ledger.item.photo"_s, u"ledger item photo changed"_s}, [&](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"UPDATE ledger_items SET photo = :p WHERE id = :id"_s,
                            {{":p", bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes)},
                             {":id", id}});
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return noSuchItem();
        return {};
    });
}

} // namespace rr
