#include "ledger/LedgerItem.h"

#include "common/EnumLabels.h"

namespace rr {

namespace {
constexpr EnumLabels<ItemCondition, 5> kConditions{"rr::Ledger", {{
    {ItemCondition::NeedsRepair, "needs_repair", u"待修", QT_TRANSLATE_NOOP("rr::Ledger", "Needs repair")},
    {ItemCondition::InRepair, "in_repair", u"维修中", QT_TRANSLATE_NOOP("rr::Ledger", "In repair")},
    {ItemCondition::Damaged, "damaged", u"损坏", QT_TRANSLATE_NOOP("rr::Ledger", "Damaged")},
    {ItemCondition::Scrapped, "scrapped", u"报废", QT_TRANSLATE_NOOP("rr::Ledger", "Scrapped")},
    {ItemCondition::Good, "good", u"完好", QT_TRANSLATE_NOOP("rr::Ledger", "Good")},
}}};
} // namespace

QList<ItemCondition> allItemConditions()
{
    return {ItemCondition::Good, ItemCondition::NeedsRepair, ItemCondition::InRepair, ItemCondition::Damaged,
            ItemCondition::Scrapped};
}
QString itemConditionKey(ItemCondition c) { return kConditions.key(c); }
ItemCondition itemConditionFromKey(const QString &key) { return kConditions.fromKey(key); }
QString itemConditionChinese(ItemCondition c) { return kConditions.chinese(c); }
QString itemConditionLabel(ItemCondition c) { return kConditions.label(c); }

bool itemConditionFromText(const QString &text, ItemCondition *condition)
{
    const QString t = text.trimmed();
    for (ItemCondition c : allItemConditions())
        if (t == itemConditionKey(c) || t == itemConditionChinese(c) || t.compare(itemConditionLabel(c), Qt::CaseInsensitive) == 0) {
            *condition = c;
            return true;
        }
    return false;
}

} // namespace rr
