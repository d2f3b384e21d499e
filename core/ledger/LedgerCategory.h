#pragma once
// A category of the ledger (康复训练设备, 药品, 低值易耗品 …). The school keeps
// its own list: the defaults are seeded by the migration and may be renamed,
// and new ones added. Its kind decides what an item of it has: consumables
// are issued from stock (领用), medicines carry a batch and an expiry date.
#include <QList>
#include <QString>

namespace rr {

enum class CategoryKind { Equipment, Consumable, Medicine };

struct LedgerCategory {
    qint64 id = 0;
    QString name;
    QString code;   // prefix of the automatic ledger numbers: KF → KF-001
    CategoryKind kind = CategoryKind::Equipment;
    int position = 0;
    bool operator==(const LedgerCategory &) const = default;
};

QList<CategoryKind> allCategoryKinds();
QString categoryKindKey(CategoryKind kind);
CategoryKind categoryKindFromKey(const QString &key);   // unknown → Equipment
bool categoryKindFromText(const QString &text, CategoryKind *kind);   // key, Chinese or label
QString categoryKindChinese(CategoryKind kind);
QString categoryKindLabel(CategoryKind kind);

// Codes are short Latin letters and digits, so that ledger numbers can be typed anywhere.
inline constexpr int kCategoryCodeMax = 8;

} // namespace rr
