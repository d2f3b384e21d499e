#include "ledger/ItemUsage.h"

#include "calendar/SemesterRepository.h"
#include "common/Clock.h"
#include "ledger/LedgerCategoryRepository.h"
#include "ledger/LedgerItemRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kDefaultDays = 90;
constexpr int kMaxPeriodDays = 3660;

struct UseCount {
    int sessions = 0;
    QDate lastUsed;
};

} // namespace

Result<void> validateUsagePeriod(const UsagePeriod &period)
{
    if (!period.from.isValid() || !period.to.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Ledger", "A usage period needs its first and last day."));
    if (period.from > period.to)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Ledger", "The period starts on %1, after its last day %2.")
                             .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)));
    if (period.from.daysTo(period.to) > kMaxPeriodDays)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Ledger", "A usage period is at most ten years long."));
    return {};
}

Result<UsagePeriod> ItemUsageRepository::defaultPeriod(const Clock &clock) const
{
    const QDate today = clock.today();
    auto semester = SemesterRepository(m_db).current(clock);
    if (!semester)
        return semester.error();
    if (*semester && (*semester)->start <= today)
        return UsagePeriod{(*semester)->start, std::min(today, (*semester)->end), (*semester)->name};
    return UsagePeriod{today.addDays(-(kDefaultDays - 1)), today, QString()};
}

Result<QList<ItemUsage>> ItemUsageRepository::usage(const UsageQuery &query) const
{
    if (auto valid = validateUsagePeriod(query.period); !valid)
        return valid.error();
    const auto categories = LedgerCategoryRepository(m_db).all();
    if (!categories)
        return categories.error();
    QSet<qint64> equipmentCategories;
    for (const LedgerCategory &c : *categories)
        if (c.kind == CategoryKind::Equipment)
            equipmentCategories.insert(c.id);
    ItemFilter filter;
    filter.roomId = query.roomId;
    filter.includeScrapped = false;
    const auto items = LedgerItemRepository(m_db).list(filter);
    if (!items)
        return items.error();
    // The sessions of the period, and the last one up to its end, per item:
    // read from the records, so an amended record counts as it now stands.
    const auto counts = readList(*m_db, uR"(
SELECT se.item_id,
       count(DISTINCT CASE WHEN s.session_date >= :from THEN s.id END),
       max(s.session_date)
FROM session_equipment se
JOIN training_sessions s ON s.id = se.session_id
WHERE se.item_id IS NOT NULL AND s.session_date <= :to
GROUP BY se.item_id)"_s,
                                 {{":from", isoDate(query.period.from)}, {":to", isoDate(query.period.to)}},
                                 [](const SqlRows &q) {
                                     return std::pair{q.value(0).toLongLong(),
                                                      UseCount{q.value(1).toInt(), dateFromSql(q.value(2))}};
                                 });
    if (!counts)
        return counts.error();
    QHash<qint64, UseCount> byItem;
    for (const auto &[itemId, count] : *counts)
        byItem.insert(itemId, count);

    QList<ItemUsage> list;
    for (const LedgerItem &item : *items) {
        ItemUsage usage{item, equipmentCategories.contains(item.categoryId), 0, {}};
        const UseCount count = byItem.value(item.id);
        usage.sessions = count.sessions;
        usage.lastUsed = count.lastUsed;
        if (!usage.isEquipment && usage.sessions == 0)
            continue;
        if (query.unusedOnly && !usage.isUnused())
            continue;
        list.append(usage);
    }
    std::stable_sort(list.begin(), list.end(), [](const ItemUsage &a, const ItemUsage &b) {
        if (a.sessions != b.sessions)
            return a.sessions > b.sessions;
        return a.item.ledgerNo < b.item.ledgerNo;
    });
    return list;
}

} // namespace rr
