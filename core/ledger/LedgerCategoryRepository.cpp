#include "ledger/LedgerCategoryRepository.h"

#include "common/FieldLimits.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rr {

using namespace Qt::Literals::StringLiterals;

static const QString kSelect = u"SELECT id, name, code, kind, position FROM ledger_categories "_s;

static LedgerCategory readCategory(const SqlRows &q)
{
    return LedgerCategory{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          categoryKindFromKey(q.value(3).toString()), q.value(4).toInt()};
}

static Error noSuchCategory()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Ledger", "The category does not exist."));
}

Result<QList<LedgerCategory>> LedgerCategoryRepository::all(const SqlExecutor &sql)
{
    return readList(sql, kSelect + u"ORDER BY position, id"_s, {}, readCategory);
}

Result<LedgerCategory> LedgerCategoryRepository::byId(const SqlExecutor &sql, qint64 id)
{
    auto found = readOne(sql, kSelect + u"WHERE id = :id"_s, {{":id", id}}, readCategory);
    if (!found)
        return found.error();
    if (!*found)
        return noSuchCategory();
    return **found;
}

Result<QList<LedgerCategory>> LedgerCategoryRepository::all() const { return all(*m_db); }
Result<LedgerCategory> LedgerCategoryRepository::byId(qint64 id) const { return byId(*m_db, id); }
Result<LedgerCategory> LedgerCategoryRepository::find(const QString &key) const { return find(*m_db, key); }

Result<LedgerCategory> LedgerCategoryRepository::find(const SqlExecutor &sql, const QString &key)
{
    const QString k = key.trimmed();
    bool isNumber = false;
    const qint64 id = k.toLongLong(&isNumber);
    auto found = isNumber ? readOne(sql, kSelect + u"WHERE id = :id"_s, {{":id", id}}, readCategory)
                          : readOne(sql, kSelect + u"WHERE name = :k OR upper(code) = upper(:k)"_s, {{":k", k}},
                                    readCategory);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Ledger", "There is no ledger category \"%1\".").arg(k));
    return **found;
}

Result<void> LedgerCategoryRepository::validate(const LedgerCategory &category)
{
    if (category.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Ledger", "A category needs a name."));
    if (auto tooLong = checkFieldLengths({{QT_TRANSLATE_NOOP("rr::Fields", "Category"), category.name, FieldKind::ShortText}});
        !tooLong)
        return tooLong;
    static const QRegularExpression codePattern(u"^[A-Za-z0-9]{1,8}$"_s);
    if (!category.code.trimmed().isEmpty() && !codePattern.match(category.code.trimmed()).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Ledger",
                                                     "A category code is 1 to %1 Latin letters or digits, e.g. KF.")
                             .arg(kCategoryCodeMax));
    return {};
}

static Error duplicate(const LedgerCategory &category)
{
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate("rr::Ledger", "A category named \"%1\" or with the code %2 exists already.")
                         .arg(category.name.trimmed(), category.code.trimmed().toUpper()));
}

Result<qint64> LedgerCategoryRepository::add(Transaction &tx, const LedgerCategory &category)
{
    if (auto valid = validate(category); !valid)
        return valid.error();
    LedgerCategory stored = category;
    stored.code = category.code.trimmed().toUpper();
    if (stored.code.isEmpty()) {
        auto count = readValue(tx, u"SELECT count(*) FROM ledger_categories"_s);
        if (!count)
            return count.error();
        for (int n = count->toInt() + 1;; ++n) {
            auto taken = readValue(tx, u"SELECT count(*) FROM ledger_categories WHERE code = :c"_s, {{":c", u"C%1"_s.arg(n)}});
            if (!taken)
                return taken.error();
            if (taken->toInt() == 0) {
                stored.code = u"C%1"_s.arg(n);
                break;
            }
        }
    }
    auto position = readValue(tx, u"SELECT coalesce(max(position), 0) + 1 FROM ledger_categories"_s);
    if (!position)
        return position.error();
    auto id = tx.insert(u"INSERT INTO ledger_categories(name, code, kind, position) VALUES (:n, :c, :k, :p)"_s,
                        {{":n", stored.name.trimmed()}, {":c", stored.code}, {":k", categoryKindKey(stored.kind)},
                         {":p", category.position > 0 ? category.position : position->toInt()}});
    if (!id)
        return id.error().code == ErrorCode::Conflict ? duplicate(stored) : id.error();
    return *id;
}

Result<qint64> LedgerCategoryRepository::add(const LedgerCategory &category)
{
    return m_db->writeReturningId({u"ledger.category.add"_s, u"ledger category %1 added"_s.arg(category.name.trimmed())},
                                  [&](Transaction &tx) { return add(tx, category); });
}

Result<void> LedgerCategoryRepository::update(const LedgerCategory &category)
{
    if (auto valid = validate(category); !valid)
        return valid;
    if (category.code.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Ledger", "A category needs a code."));
    return m_db->write({u"ledger.category.update"_s, u"ledger category %1 changed"_s.arg(category.name.trimmed())},
                       [&](Transaction &tx) -> Result<void> {
                           auto old = byId(tx, category.id);
                           if (!old)
                               return old.error();
                           if (old->kind != category.kind) {
                               auto used = readValue(tx, u"SELECT count(*) FROM ledger_items WHERE category_id = :id"_s,
                                                     {{":id", category.id}});
                               if (!used)
                                   return used.error();
                               if (used->toInt() > 0)
                                   return makeError(ErrorCode::Conflict,
                                                    QCoreApplication::translate(
                                                        "rr::Ledger", "The kind of a category that has items cannot change."));
                           }
                           auto done = tx.exec(u"UPDATE ledger_categories SET name = :n, code = :c, kind = :k, "
                                               u"position = :p WHERE id = :id"_s,
                                               {{":n", category.name.trimmed()}, {":c", category.code.trimmed().toUpper()},
                                                {":k", categoryKindKey(category.kind)}, {":p", category.position},
                                                {":id", category.id}});
                           if (!done)
                               return done.error().code == ErrorCode::Conflict ? duplicate(category) : done.error();
                           return {};
                       });
}

Result<void> LedgerCategoryRepository::remove(qint64 id)
{
    return m_db->write({u"ledger.category.remove"_s, u"ledger category removed"_s}, [&](Transaction &tx) -> Result<void> {
        auto used = readValue(tx, u"SELECT count(*) FROM ledger_items WHERE category_id = :id"_s, {{":id", id}});
        if (!used)
            return used.error();
        if (used->toInt() > 0)
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("rr::Ledger", "The category has %1 items and cannot be removed.")
                                 .arg(used->toInt()));
        auto done = tx.exec(u"DELETE FROM ledger_categories WHERE id = :id"_s, {{":id", id}});
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return noSuchCategory();
        return {};
    });
}

} // namespace rr
