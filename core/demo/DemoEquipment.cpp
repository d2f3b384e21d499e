#include "demo/DemoEquipment.h"

#include "ledger/LedgerItemRepository.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// The words of the training texts (DemoTrainingTexts) for the demo ledger's
// items; none that would put Latin letters (PECS) into a record's equipment.
const QHash<QString, QString> &ledgerNames()
{
    static const QHash<QString, QString> names{
        {u"小棒"_s, u"小棒（计数棒）"_s},       {u"串珠"_s, u"串珠"_s},
        {u"大龙球"_s, u"大龙球"_s},             {u"蹦床"_s, u"跳床（蹦床）"_s},
        {u"平衡木"_s, u"S形平衡木"_s},          {u"袋鼠跳袋"_s, u"布袋跳袋"_s},
        {u"沙盘"_s, u"沙盘（含沙具）"_s},       {u"沙具"_s, u"沙盘（含沙具）"_s},
        {u"录音笔"_s, u"录音笔"_s},             {u"握笔器"_s, u"握笔器"_s},
        {u"计数器"_s, u"计数器"_s},             {u"学具人民币"_s, u"人民币学具"_s},
        {u"表情图卡"_s, u"情绪表情卡"_s},       {u"表情卡"_s, u"情绪表情卡"_s},
        {u"积木"_s, u"益智积木"_s},             {u"计数积木"_s, u"益智积木"_s},
        {u"放大镜"_s, u"放大镜（阅读）"_s},     {u"压舌板"_s, u"构音训练工具"_s},
        {u"平衡垫"_s, u"平衡触觉板"_s},         {u"站立架"_s, u"可调式站立架"_s},
        {u"社交故事绘本"_s, u"绘本（社交故事系列）"_s},
        {u"绘本"_s, u"绘本（情绪管理系列）"_s}, {u"弹力球"_s, u"触觉球"_s},
        {u"数字卡片"_s, u"数字配对板"_s},
        {u"情绪配对卡"_s, u"情绪表情卡"_s},     {u"贴纸"_s, u"强化物（贴纸）"_s},
        {u"点数板"_s, u"计数器"_s},             {u"纽扣练习板"_s, u"手功能训练箱"_s},
        {u"拉链练习板"_s, u"手功能训练箱"_s},
    };
    return names;
}

} // namespace

Result<DemoEquipment> DemoEquipment::read(const SqlExecutor &sql)
{
    ItemFilter filter;
    filter.includeScrapped = false;
    const auto items = LedgerItemRepository::list(sql, filter);
    if (!items)
        return items.error();
    DemoEquipment equipment;
    for (const LedgerItem &item : *items)
        equipment.m_byName[item.name].append({item.id, item.roomId});
    return equipment;
}

EquipmentUse DemoEquipment::use(const QString &word, qint64 roomId) const
{
    const QString name = ledgerNames().value(word);
    const QList<Item> items = m_byName.value(name);
    if (name.isEmpty() || items.isEmpty())
        return {0, word};
    for (const Item &item : items)
        if (item.roomId == roomId)
            return {item.id, name};
    return {items.first().id, name};
}

} // namespace rr
