#include "print/forms/LedgerMaintenanceForm.h"

#include "common/Money.h"
#include "ledger/ItemEventRepository.h"
#include "ledger/LedgerItemRepository.h"
#include "print/forms/FormSupport.h"
#include "print/forms/LedgerFormSupport.h"
#include "print/forms/SchoolWorkFormSupport.h"

#include <QHash>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

Result<FormDocument> buildLedgerMaintenanceForm(const FormContext &context)
{
    const auto basics = schoolFormBasics(context, false);
    if (!basics)
        return basics.error();
    const auto period = ledgerFormPeriod(context);
    if (!period)
        return period.error();
    const auto itemsById = ledgerItemsById(context);
    if (!itemsById)
        return itemsById.error();
    const QHash<qint64, LedgerItem> &itemById = *itemsById;

    QList<ItemEvent> events;
    const ItemEventRepository repository(context.db);
    for (EventKind kind : {EventKind::Inspection, EventKind::Maintenance, EventKind::Repair}) {
        const auto ofKind = repository.ofKind(kind);
        if (!ofKind)
            return ofKind.error();
        for (const ItemEvent &event : *ofKind)
            if (event.date >= period->from && event.date <= period->to)
                events.append(event);
    }
    std::stable_sort(events.begin(), events.end(), [](const ItemEvent &a, const ItemEvent &b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });

    FormTable table;
    table.headers = {u"序号"_s, u"日期"_s, u"编号"_s, u"设备名称"_s, u"类型"_s, u"内容"_s, u"结果"_s,
                     u"费用(元)"_s, u"经办人"_s};
    table.columnWeights = {9, 20, 17, 36, 12, 56, 56, 21, 18};
    table.compact = true;
    int number = 0;
    qint64 totalFen = 0;
    for (const ItemEvent &event : std::as_const(events)) {
        const LedgerItem item = itemById.value(event.itemId);
        if (event.costCents > 0)
            totalFen += event.costCents;
        table.rows.append({QString::number(++number), ledgerShortDate(event.date), item.ledgerNo, item.name,
                           eventKindChinese(event.kind), event.details, event.result,
                           event.costCents >= 0 ? formatYuan(event.costCents, true) : QString(), event.person});
    }
    for (int blank = 0; events.isEmpty() && blank < 8; ++blank)
        table.rows.append(QStringList(table.headers.size()));
    QStringList total(table.headers.size());
    total[3] = u"合计"_s;
    total[7] = formatYuan(totalFen, true);
    table.rows.append(total);

    FormDocument doc;
    doc.orientation = PageOrientation::Landscape;
    doc.title = u"设备维修保养记录"_s;
    doc.confidentialityMark.clear();
    doc.header = {{u"学校"_s, basics->schoolName},
                  {u"时段"_s, period->text},
                  {u"记录"_s, u"%1条"_s.arg(events.size())},
                  {u"打印日期"_s, formDate(formToday(context))}};
    doc.add(table, 4);
    doc.add(Paragraph{u"说明：类型为检查、保养、维修；费用单位为元，未产生费用的不填。"_s, Paragraph::Style::Note}, 3);
    doc.add(SignatureBlock{{u"经办人"_s, u"负责人"_s}, formDate(formToday(context)), u"打印日期"_s, true}, 6);
    return doc;
}

} // namespace rr
