#include "archive/ArchiveItem.h"

#include <QCoreApplication>
#include <array>

namespace rr {

namespace {
struct ItemInfo {
    const char16_t *chinese;
    const char *label;
};
constexpr std::array<ItemInfo, 10> kItems{{
    {u"入学登记表", QT_TRANSLATE_NOOP("rr::Archive", "Enrolment form")},
    {u"随班就读学生申报确认表", QT_TRANSLATE_NOOP("rr::Archive", "LRC application and confirmation")},
    {u"智力测量及评估报告", QT_TRANSLATE_NOOP("rr::Archive", "IQ and assessment reports")},
    {u"医学检查报告", QT_TRANSLATE_NOOP("rr::Archive", "Medical reports")},
    {u"家庭情况及成长史、治疗教育史", QT_TRANSLATE_NOOP("rr::Archive", "Family, growth and treatment history")},
    {u"个别化教育计划及实施记录", QT_TRANSLATE_NOOP("rr::Archive", "IEP and its records")},
    {u"考试情况分析表", QT_TRANSLATE_NOOP("rr::Archive", "Exam analysis")},
    {u"发展评价表", QT_TRANSLATE_NOOP("rr::Archive", "Development evaluation")},
    {u"成长记录袋", QT_TRANSLATE_NOOP("rr::Archive", "Growth portfolio")},
    {u"适应性行为和社会交往能力评估报告", QT_TRANSLATE_NOOP("rr::Archive", "Adaptive and social skills assessment")},
}};
const ItemInfo &info(ArchiveItem item) { return kItems[size_t(int(item) - 1)]; }
} // namespace

QList<ArchiveItem> allArchiveItems()
{
    QList<ArchiveItem> items;
    for (int i = 1; i <= 10; ++i)
        items.append(ArchiveItem(i));
    return items;
}

QString archiveItemChinese(ArchiveItem item) { return QString::fromUtf16(info(item).chinese); }
QString archiveItemLabel(ArchiveItem item) { return QCoreApplication::translate("rr::Archive", info(item).label); }
bool isOnceOnly(ArchiveItem item) { return item == ArchiveItem::EnrolmentForm || item == ArchiveItem::LrcApplication; }

} // namespace rr
