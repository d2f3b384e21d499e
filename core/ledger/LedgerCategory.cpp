#include "ledger/LedgerCategory.h"

#include "common/EnumLabels.h"

namespace rr {

namespace {
constexpr EnumLabels<CategoryKind, 3> kKinds{"rr::Ledger", {{
    {CategoryKind::Consumable, "consumable", u"耗材", QT_TRANSLATE_NOOP("rr::Ledger", "Consumable")},
    {CategoryKind::Medicine, "medicine", u"药品", QT_TRANSLATE_NOOP("rr::Ledger", "Medicine")},
    {CategoryKind::Equipment, "equipment", u"设备", QT_TRANSLATE_NOOP("rr::Ledger", "Equipment")},
}}};
} // namespace

QList<CategoryKind> allCategoryKinds() { return {CategoryKind::Equipment, CategoryKind::Consumable, CategoryKind::Medicine}; }
QString categoryKindKey(CategoryKind kind) { return kKinds.key(kind); }
CategoryKind categoryKindFromKey(const QString &key) { return kKinds.fromKey(key); }
QString categoryKindChinese(CategoryKind kind) { return kKinds.chinese(kind); }
QString categoryKindLabel(CategoryKind kind) { return kKinds.label(kind); }

bool categoryKindFromText(const QString &text, CategoryKind *kind)
{
    const QString t = text.trimmed();
    for (CategoryKind k : allCategoryKinds())
        if (t == categoryKindKey(k) || t == categoryKindChinese(k) || t.compare(categoryKindLabel(k), Qt::CaseInsensitive) == 0) {
            *kind = k;
            return true;
        }
    return false;
}

} // namespace rr
