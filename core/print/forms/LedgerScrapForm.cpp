#include "print/forms/LedgerScrapForm.h"

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

Result<FormDocument> buildLedgerScrapForm(const FormContext &context)
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
    const auto scraps = ItemEventRepository(context.db).ofKind(EventKind::Scrap);
    if (!scraps)
        return scraps.error();
    QList<ItemEvent> requests;
    for (const ItemEvent &event : *scraps)
        if (event.date >= period->from && event.date <= period->to)
            requests.append(event);
    std::stable_sort(requests.begin(), requests.end(), [](const ItemEvent &a, const ItemEvent &b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });

    FormTable table;
    table.headers = {u"序号"_s, u"申请日期"_s, u"编号"_s, u"名称"_s, u"规格型号"_s, u"数量"_s, u"单价(元)"_s,
                     u"金额(元)"_s, u"报废原因"_s, u"申请人"_s, u"审批人"_s, u"审批日期"_s, u"状态"_s};
    table.columnWeights = {9, 20, 17, 30, 22, 11, 19, 21, 48, 16, 16, 20, 13};
    table.compact = true;
    int number = 0;
    qint64 totalFen = 0;
    int pending = 0;
    for (const ItemEvent &event : std::as_const(requests)) {
        const LedgerItem item = itemById.value(event.itemId);
        const qint64 amount = qint64(event.quantity) * item.unitPriceCents;
        totalFen += amount;
        if (!event.isApproved())
            ++pending;
        table.rows.append({QString::number(++number), ledgerShortDate(event.date), item.ledgerNo, item.name, item.model,
                           u"%1%2"_s.arg(event.quantity).arg(item.unit.isEmpty() ? u"件"_s : item.unit),
                           formatYuan(item.unitPriceCents, true), formatYuan(amount, true), event.details, event.person,
                           event.approvedBy, ledgerShortDate(event.approvedOn),
                           event.isApproved() ? u"已批准"_s : u"待审批"_s});
    }
    for (int blank = 0; requests.isEmpty() && blank < 6; ++blank)
        table.rows.append(QStringList(table.headers.size()));
    QStringList total(table.headers.size());
    total[3] = u"合计"_s;
    total[7] = formatYuan(totalFen, true);
    table.rows.append(total);

    const QDate today = formToday(context);
    FormDocument doc;
    doc.orientation = PageOrientation::Landscape;
    doc.title = u"报废申请表"_s;
    doc.confidentialityMark.clear();
    doc.header = {{u"学校"_s, basics->schoolName},
                  {u"时段"_s, period->text},
                  {u"申请"_s, u"%1项，待审批%2项"_s.arg(requests.size()).arg(pending)},
                  {u"打印日期"_s, formDate(today)}};
    doc.add(table, 4);
    doc.add(TextSection{u"学校审批意见"_s, QString(), 3, 0, u"负责人签名：________________（学校盖章）    ____年__月__日"_s}, 0);
    doc.add(Paragraph{u"说明：金额＝报废数量×单价，单位为元；报废经批准后方从台账中减除。"_s, Paragraph::Style::Note}, 3);
    doc.add(SignatureBlock{{u"申请人"_s, u"保管人"_s}, formDate(today), u"打印日期"_s, true}, 6);
    return doc;
}

} // namespace rr
