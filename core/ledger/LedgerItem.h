#pragma once
// One line of the ledger (物资管理台账): a kind of equipment, teaching aid,
// book, medicine or consumable kept in one place. Its quantity is not a field
// anyone edits: it is the sum of the item's stock movements
// (StockRepository), read back with the item.
#include <QDate>
#include <QList>
#include <QString>

namespace rr {

// 完好 / 待修 / 维修中 / 损坏 / 报废
enum class ItemCondition { Good, NeedsRepair, InRepair, Damaged, Scrapped };

struct LedgerItem {
    qint64 id = 0;
    QString ledgerNo;        // automatic per category (KF-001) when left empty; editable, unique
    QString name;
    qint64 categoryId = 0;
    QString model;           // 型号规格
    QString brand;
    QString serialNo;
    QString unit;            // 台, 套, 个, 盒 …; 件 when empty
    qint64 unitPriceCents = 0;
    QDate purchaseDate;
    QString supplier;
    QString fundingSource;   // 专项经费, 公用经费, 捐赠 …
    qint64 roomId = 0;       // 0: not in a room (a store, an office)
    QString place;           // 柜子/架子 inside the room
    qint64 keeperId = 0;     // staff member who keeps it; 0: none named
    ItemCondition condition = ItemCondition::Good;
    bool loanable = true;
    QString batch;           // medicines
    QDate expiryDate;        // medicines
    QString storageCondition;   // medicines: 阴凉干燥处, 2–8℃ …
    int reorderLevel = 0;    // consumables: below this an alert asks to reorder
    QString note;

    // Read with the item, never written through it:
    int quantity = 0;        // the sum of the movements
    int onLoan = 0;          // lent out and not yet returned
    int uses = 0;            // training sessions that used it
    bool hasPhoto = false;

    qint64 totalCents() const { return qint64(quantity) * unitPriceCents; }
    int available() const { return quantity - onLoan; }
    bool isScrapped() const { return condition == ItemCondition::Scrapped; }
    bool operator==(const LedgerItem &) const = default;
};

// Which items a list shows (0 / empty: all).
struct ItemFilter {
    qint64 roomId = 0;
    qint64 categoryId = 0;
    QString text;            // in the name, ledger number, model or brand
    bool includeScrapped = true;
};

QList<ItemCondition> allItemConditions();
QString itemConditionKey(ItemCondition condition);
ItemCondition itemConditionFromKey(const QString &key);   // unknown → Good
bool itemConditionFromText(const QString &text, ItemCondition *condition);
QString itemConditionChinese(ItemCondition condition);
QString itemConditionLabel(ItemCondition condition);

inline constexpr int kMaxItemQuantity = 1'000'000;
inline constexpr int kMaxPhotoBytes = 4 * 1024 * 1024;

} // namespace rr
