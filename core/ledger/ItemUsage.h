#pragma once
// How often the ledger's equipment is used in training (issue 13, Usage): a
// training record names the items it used (session_equipment.item_id), so
// each item's sessions in a period and the day it was last used are read from
// the records themselves, and the equipment nobody used in the period shows.
#include "common/Result.h"
#include "ledger/LedgerItem.h"

#include <QDate>
#include <QList>
#include <QString>
#include <memory>

namespace rr {

class Clock;
class Database;

struct UsagePeriod {
    QDate from;   // first and last day, inclusive
    QDate to;
    QString name; // 2026年秋季学期, or empty for dates given by hand
};

struct ItemUsage {
    LedgerItem item;
    bool isEquipment = true;   // of an equipment category (not a consumable or medicine)
    int sessions = 0;          // training records of the period that used it
    QDate lastUsed;            // the last record up to the period's end; null: never used
    // Equipment with no use in the period: what the unused list shows.
    bool isUnused() const { return isEquipment && sessions == 0; }
};

struct UsageQuery {
    UsagePeriod period;
    bool unusedOnly = false;
    qint64 roomId = 0;         // 0: every room
};

class ItemUsageRepository {
public:
    explicit ItemUsageRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // Every item in service (not scrapped) of an equipment category, and any
    // other item used in the period; most used first, then by ledger number.
    Result<QList<ItemUsage>> usage(const UsageQuery &query) const;

    // The current semester from its first day to today; without a semester,
    // the 90 days up to today.
    Result<UsagePeriod> defaultPeriod(const Clock &clock) const;

private:
    std::shared_ptr<Database> m_db;
};

// The period checked: both days valid, the first not after the last, at most ten years.
Result<void> validateUsagePeriod(const UsagePeriod &period);

} // namespace rr
