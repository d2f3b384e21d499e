#include "print/forms/LedgerForm.h"

#include "common/Money.h"
#include "ledger/LedgerCategoryRepository.h"
#include "ledger/LedgerItemRepository.h"
#include "print/forms/FormSupport.h"
#include "print/forms/SchoolWorkFormSupport.h"
#include "rooms/RoomRepository.h"
#include "staff/StaffRepository.h"

#include <QHash>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kAmountColumn = 8;

QStringList headers()
{
    return {u"序号"_s, u"编号"_s, u"名称"_s, u"类别"_s, u"规格型号"_s, u"单位"_s, u"数量"_s, u"单价(元)"_s,
            u"金额(元)"_s, u"购置日期"_s, u"经费来源"_s, u"存放地点"_s, u"保管人"_s, u"状况"_s};
}

// A total row: the label under 名称, the amount under 金额(元).
QStringList totalRow(const QString &label, qint64 fen)
{
    QStringList row(headers().size());
    row[2] = label;
    row[kAmountColumn] = formatYuan(fen, true);
    return row;
}

FormTable emptyTable(const QString &caption)
{
    FormTable table;
    table.caption = caption;
    table.headers = headers();
    // Millimetres of the 257 mm landscape width for the 9 pt type: the dates
    // short (2024.09.01), amounts up to 1,000,000.00, names of about nine
    // characters on one line and longer ones on two.
    table.columnWeights = {9, 17, 32, 22, 26, 9, 11, 19, 22, 19, 18, 23, 15, 12};
    table.compact = true;
    return table;
}

} // namespace

Result<FormDocument> buildLedgerForm(const FormContext &context)
{
    const auto basics = schoolFormBasics(context, false);
    if (!basics)
        return basics.error();
    const auto rooms = RoomRepository(context.db).all();
    if (!rooms)
        return rooms.error();
    const auto categories = LedgerCategoryRepository(context.db).all();
    if (!categories)
        return categories.error();
    const auto staff = StaffRepository(context.db).all();
    if (!staff)
        return staff.error();
    ItemFilter filter;
    if (context.request.roomId) {
        const auto room = RoomRepository(context.db).byId(*context.request.roomId);
        if (!room)
            return room.error();
        filter.roomId = room->id;
    }
    const auto items = LedgerItemRepository(context.db).list(filter);
    if (!items)
        return items.error();

    QHash<qint64, QString> keepers;
    for (const StaffMember &m : *staff)
        keepers.insert(m.id, m.name);
    // Rooms in the school's order; items kept outside the rooms last.
    QList<std::pair<qint64, QString>> places;
    for (const Room &r : *rooms)
        places.append({r.id, r.name});
    places.append({0, u"其他存放地点"_s});

    FormDocument doc;
    doc.orientation = PageOrientation::Landscape;
    doc.title = u"物资管理台账"_s;
    // The ledger names no student: no confidentiality box.
    doc.confidentialityMark.clear();
    const QDate today = formToday(context);
    QString scope = u"全部"_s;
    for (const auto &[id, name] : places)
        if (context.request.roomId && id == *context.request.roomId)
            scope = name;

    int number = 0;
    qint64 totalFen = 0;
    QList<FormTable> tables;
    for (const auto &[roomId, roomName] : places) {
        FormTable table = emptyTable(u"存放地点：%1"_s.arg(roomName));
        qint64 roomFen = 0;
        for (const LedgerCategory &category : *categories) {
            qint64 categoryFen = 0;
            bool any = false;
            for (const LedgerItem &item : *items) {
                if (item.roomId != roomId || item.categoryId != category.id)
                    continue;
                any = true;
                categoryFen += item.totalCents();
                table.rows.append({QString::number(++number), item.ledgerNo, item.name, category.name, item.model,
                                   item.unit.isEmpty() ? u"件"_s : item.unit, QString::number(item.quantity),
                                   formatYuan(item.unitPriceCents, true), formatYuan(item.totalCents(), true),
                                   item.purchaseDate.isValid() ? item.purchaseDate.toString(u"yyyy.MM.dd"_s) : QString(),
                                   item.fundingSource, item.place.isEmpty() ? roomName : item.place,
                                   keepers.value(item.keeperId), itemConditionChinese(item.condition)});
            }
            if (!any)
                continue;
            table.rows.append(totalRow(u"%1 小计"_s.arg(category.name), categoryFen));
            roomFen += categoryFen;
        }
        if (table.rows.isEmpty())
            continue;
        table.rows.append(totalRow(u"%1 小计"_s.arg(roomName), roomFen));
        totalFen += roomFen;
        tables.append(table);
    }
    // An empty ledger (a new school, a room without items) is a sheet to fill
    // in by hand, with its 合计 of 0.00.
    if (tables.isEmpty()) {
        FormTable table = emptyTable(context.request.roomId ? u"存放地点：%1"_s.arg(scope) : QString());
        for (int blank = 0; blank < 8; ++blank)
            table.rows.append(QStringList(table.headers.size()));
        tables.append(table);
    }
    tables.last().rows.append(totalRow(u"合计"_s, totalFen));

    doc.header = {{u"学校"_s, basics->schoolName},
                  {u"存放地点"_s, scope},
                  {u"物资"_s, u"%1项"_s.arg(number)},
                  {u"打印日期"_s, formDate(today)}};
    for (int i = 0; i < tables.size(); ++i)
        doc.add(tables.at(i), i == 0 ? 4 : 6);
    doc.add(Paragraph{u"说明：金额单位为元，金额＝数量×单价；数量为入库、领用、调拨、报废等登记后的结存。"_s,
                      Paragraph::Style::Note},
            3);
    doc.add(SignatureBlock{{u"保管人"_s, u"负责人"_s}, formDate(today), u"打印日期"_s, true}, 6);
    return doc;
}

} // namespace rr
