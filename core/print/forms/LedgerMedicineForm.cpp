#include "print/forms/LedgerMedicineForm.h"

#include "alerts/LedgerAlertSource.h"
#include "ledger/LedgerCategoryRepository.h"
#include "ledger/LedgerItemRepository.h"
#include "print/forms/FormSupport.h"
#include "print/forms/LedgerFormSupport.h"
#include "print/forms/SchoolWorkFormSupport.h"
#include "rooms/RoomRepository.h"
#include "staff/StaffRepository.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// 已过期N天 / N天后过期 / 正常, as of the printing day; the same 30 days as
// the Today page's alerts.
QString expiryState(const LedgerItem &item, const QDate &today)
{
    if (!item.expiryDate.isValid())
        return u"未填有效期"_s;
    if (item.expiryDate < today)
        return u"已过期%1天"_s.arg(item.expiryDate.daysTo(today));
    if (item.expiryDate <= today.addDays(kMedicineWarningDays))
        return item.expiryDate == today ? u"今日到期"_s : u"%1天后过期"_s.arg(today.daysTo(item.expiryDate));
    return u"正常"_s;
}

} // namespace

Result<FormDocument> buildLedgerMedicineForm(const FormContext &context)
{
    const auto basics = schoolFormBasics(context, false);
    if (!basics)
        return basics.error();
    const QDate today = formToday(context);
    const auto categories = LedgerCategoryRepository(context.db).all();
    if (!categories)
        return categories.error();
    QSet<qint64> medicineCategories;
    for (const LedgerCategory &c : *categories)
        if (c.kind == CategoryKind::Medicine)
            medicineCategories.insert(c.id);
    const auto rooms = RoomRepository(context.db).names();
    if (!rooms)
        return rooms.error();
    const auto staff = StaffRepository(context.db).all();
    if (!staff)
        return staff.error();
    QHash<qint64, QString> keepers;
    for (const StaffMember &m : *staff)
        keepers.insert(m.id, m.name);
    ItemFilter filter;
    filter.includeScrapped = false;
    QString scope = u"全部"_s;
    if (context.request.roomId) {
        const auto room = RoomRepository(context.db).byId(*context.request.roomId);
        if (!room)
            return room.error();
        filter.roomId = room->id;
        scope = room->name;
    }
    const auto items = LedgerItemRepository(context.db).list(filter);
    if (!items)
        return items.error();
    QList<LedgerItem> medicines;
    for (const LedgerItem &item : *items)
        if (medicineCategories.contains(item.categoryId))
            medicines.append(item);
    // Soonest expiry first: what must go out of use leads the list.
    std::stable_sort(medicines.begin(), medicines.end(), [](const LedgerItem &a, const LedgerItem &b) {
        if (a.expiryDate.isValid() != b.expiryDate.isValid())
            return a.expiryDate.isValid();
        return a.expiryDate < b.expiryDate;
    });

    FormTable table;
    table.headers = {u"序号"_s, u"编号"_s, u"药品名称"_s, u"规格"_s, u"批号"_s, u"数量"_s, u"有效期至"_s,
                     u"储存条件"_s, u"存放地点"_s, u"保管人"_s, u"购入日期"_s, u"状态"_s};
    table.columnWeights = {9, 17, 34, 20, 20, 13, 19, 36, 30, 15, 19, 25};
    table.compact = true;
    int expired = 0;
    int expiring = 0;
    for (const LedgerItem &item : std::as_const(medicines)) {
        if (item.expiryDate.isValid() && item.expiryDate < today)
            ++expired;
        else if (item.expiryDate.isValid() && item.expiryDate <= today.addDays(kMedicineWarningDays))
            ++expiring;
        const QString room = item.roomId ? rooms->value(item.roomId) : u"其他存放地点"_s;
        table.rows.append({QString::number(table.rows.size() + 1), item.ledgerNo, item.name, item.model, item.batch,
                           u"%1%2"_s.arg(item.quantity).arg(item.unit.isEmpty() ? u"件"_s : item.unit),
                           ledgerShortDate(item.expiryDate), item.storageCondition,
                           item.place.isEmpty() ? room : room + u" "_s + item.place, keepers.value(item.keeperId),
                           ledgerShortDate(item.purchaseDate), expiryState(item, today)});
    }
    for (int blank = 0; medicines.isEmpty() && blank < 8; ++blank)
        table.rows.append(QStringList(table.headers.size()));

    FormDocument doc;
    doc.orientation = PageOrientation::Landscape;
    doc.title = u"药品登记表"_s;
    doc.confidentialityMark.clear();
    doc.header = {{u"学校"_s, basics->schoolName},
                  {u"存放地点"_s, scope},
                  {u"药品"_s, u"%1种，已过期%2种，30天内过期%3种"_s.arg(medicines.size()).arg(expired).arg(expiring)},
                  {u"打印日期"_s, formDate(today)}};
    doc.add(table, 4);
    doc.add(Paragraph{u"说明：按有效期先后排列；状态计至打印日期，已过期的药品应立即停用并按规定处理，30天内过期的应及时补充。"_s,
                      Paragraph::Style::Note},
            3);
    doc.add(SignatureBlock{{u"保管人"_s, u"负责人"_s}, formDate(today), u"打印日期"_s, true}, 6);
    return doc;
}

} // namespace rr
