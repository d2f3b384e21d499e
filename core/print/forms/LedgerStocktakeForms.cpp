#include "print/forms/LedgerStocktakeForms.h"

#include "common/Money.h"
#include "ledger/LedgerItemRepository.h"
#include "ledger/StocktakeRepository.h"
#include "print/forms/FormSupport.h"
#include "print/forms/LedgerFormSupport.h"
#include "print/forms/SchoolWorkFormSupport.h"
#include "rooms/RoomRepository.h"

#include <QHash>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kOutsideRooms = u"其他存放地点"_s;

// What both forms read: the stocktake (none for a school that has not started
// one), the rooms in the school's order and the items the lines name.
struct StocktakeData {
    QString schoolName;
    std::optional<Stocktake> stocktake;
    QList<std::pair<qint64, QString>> places;   // rooms, then 0: outside the rooms
    QHash<qint64, LedgerItem> items;
};

Result<StocktakeData> loadStocktake(const FormContext &context)
{
    const auto basics = schoolFormBasics(context, false);
    if (!basics)
        return basics.error();
    StocktakeData data;
    data.schoolName = basics->schoolName;
    StocktakeRepository stocktakes(context.db);
    qint64 id = context.request.stocktakeId.value_or(0);
    if (id == 0) {
        const auto all = stocktakes.all();   // newest first
        if (!all)
            return all.error();
        if (!all->isEmpty())
            id = all->first().id;
    }
    if (id != 0) {
        auto stocktake = stocktakes.byId(id);
        if (!stocktake)
            return stocktake.error();
        data.stocktake = *stocktake;
    }
    const auto rooms = RoomRepository(context.db).all();
    if (!rooms)
        return rooms.error();
    for (const Room &room : *rooms)
        data.places.append({room.id, room.name});
    data.places.append({0, kOutsideRooms});
    const auto items = LedgerItemRepository(context.db).list();
    if (!items)
        return items.error();
    for (const LedgerItem &item : *items)
        data.items.insert(item.id, item);
    return data;
}

QString placeName(const StocktakeData &data, qint64 roomId)
{
    for (const auto &[id, name] : data.places)
        if (id == roomId)
            return name;
    return kOutsideRooms;
}

QString unitOf(const StocktakeLine &line) { return line.unit.isEmpty() ? u"件"_s : line.unit; }

// 相符 / 盘盈 / 盘亏 / 未找到 for a counted line; empty while it is not counted
// in an open stocktake (the column is filled in by hand).
QString checkText(const StocktakeLine &line, bool confirmed)
{
    if (!line.isCounted() && !confirmed)
        return QString();
    if (line.difference() == 0)
        return u"相符"_s;
    if (line.countedOrZero() == 0)
        return u"未找到"_s;
    return line.difference() > 0 ? u"盘盈"_s : u"盘亏"_s;
}

QString signedNumber(int n) { return n > 0 ? u"+%1"_s.arg(n) : QString::number(n); }

QList<HeaderField> header(const StocktakeData &data, const QDate &today)
{
    if (!data.stocktake)
        return {{u"学校"_s, data.schoolName}, {u"盘点"_s, QString()}, {u"盘点日期"_s, QString()},
                {u"打印日期"_s, formDate(today)}};
    const Stocktake &s = *data.stocktake;
    return {{u"学校"_s, data.schoolName},
            {u"盘点"_s, u"%1（第%2号）"_s.arg(s.title).arg(s.id)},
            {u"范围"_s, s.roomId ? placeName(data, s.roomId) : u"全部存放地点"_s},
            {u"盘点日期"_s, formDate(s.startedOn)},
            {u"状态"_s, s.isConfirmed() ? u"%1确认"_s.arg(formDate(s.confirmedOn)) : u"盘点中"_s}};
}

} // namespace

Result<FormDocument> buildStocktakeSheetForm(const FormContext &context)
{
    const auto data = loadStocktake(context);
    if (!data)
        return data.error();
    const QDate today = formToday(context);
    FormDocument doc;
    doc.orientation = PageOrientation::Landscape;
    doc.title = u"盘点表"_s;
    doc.confidentialityMark.clear();
    doc.header = header(*data, today);

    const QStringList headers{u"序号"_s, u"编号"_s, u"名称"_s, u"规格型号"_s, u"单位"_s, u"存放位置"_s,
                              u"账面数量"_s, u"实盘数量"_s, u"核对"_s, u"差异"_s, u"差异原因"_s};
    // Millimetres of the 257 mm landscape width, 小五: the counts and the
    // check short, the reason the widest column, written in by hand.
    const QList<double> weights{9, 18, 36, 28, 9, 28, 15, 15, 13, 11, 75};
    int found = 0;
    int differing = 0;
    int uncounted = 0;   // open stocktakes only: at confirmation they count as not found
    int number = 0;
    int tables = 0;
    const bool confirmed = data->stocktake && data->stocktake->isConfirmed();
    // Room by room, each room's list one record: it moves whole to the next
    // page when it fits on one, so that a room is ticked off on one sheet.
    for (const auto &[roomId, roomName] : data->places) {
        if (!data->stocktake)
            break;
        FormTable table;
        table.caption = u"存放地点：%1"_s.arg(roomName);
        table.headers = headers;
        table.columnWeights = weights;
        table.compact = true;
        for (const StocktakeLine &line : data->stocktake->lines) {
            if (line.roomId != roomId)
                continue;
            const LedgerItem item = data->items.value(line.itemId);
            if (!line.isCounted() && !confirmed)
                ++uncounted;
            else if (line.difference() == 0)
                ++found;
            else
                ++differing;
            table.rows.append({QString::number(++number), line.ledgerNo, line.itemName, item.model, unitOf(line),
                               item.place.isEmpty() ? roomName : item.place, QString::number(line.expected),
                               line.isCounted() ? QString::number(line.counted) : QString(), checkText(line, confirmed),
                               line.isCounted() || confirmed ? signedNumber(line.difference()) : QString(),
                               line.reason});
        }
        if (table.rows.isEmpty())
            continue;
        doc.beginRecord(u"%1 %2 盘点表"_s.arg(data->stocktake->title, roomName));
        doc.add(table, tables++ == 0 ? 4 : 6);
        doc.endRecord();
    }
    if (tables == 0) {
        FormTable table;
        table.headers = headers;
        table.columnWeights = weights;
        table.compact = true;
        for (int blank = 0; blank < 10; ++blank)
            table.rows.append(QStringList(headers.size()));
        doc.add(table, 4);
    }
    if (data->stocktake) {
        doc.add(Paragraph{u"盘点%1项：相符%2项，有差异%3项，未盘点%4项。"_s.arg(data->stocktake->lines.size())
                              .arg(found)
                              .arg(differing)
                              .arg(uncounted),
                          Paragraph::Style::Normal},
                4);
    }
    doc.add(Paragraph{u"说明：账面数量为盘点开始时的结存减去借出未还的数量；设备逐件核对，耗材清点数量；实盘与账面不符的须写明原因。"_s,
                      Paragraph::Style::Note},
            3);
    doc.add(SignatureBlock{{u"盘点人"_s, u"监盘人"_s, u"负责人"_s}, QString(), QString(), true}, 6);
    return doc;
}

Result<FormDocument> buildStocktakeReportForm(const FormContext &context)
{
    const auto data = loadStocktake(context);
    if (!data)
        return data.error();
    const QDate today = formToday(context);
    FormDocument doc;
    doc.orientation = PageOrientation::Landscape;
    doc.title = u"盘点差异报告"_s;
    doc.confidentialityMark.clear();
    doc.header = header(*data, today);

    FormTable table;
    table.caption = u"盘点差异明细"_s;
    table.headers = {u"序号"_s, u"编号"_s, u"名称"_s, u"存放地点"_s, u"单位"_s, u"账面数量"_s, u"实盘数量"_s,
                     u"差异"_s, u"单价(元)"_s, u"差异金额(元)"_s, u"差异原因"_s, u"处理"_s};
    table.columnWeights = {9, 18, 32, 28, 9, 15, 15, 11, 18, 22, 56, 24};
    table.compact = true;
    const bool confirmed = data->stocktake && data->stocktake->isConfirmed();
    int gains = 0;
    int losses = 0;
    qint64 totalFen = 0;
    // Confirmed: every difference, a line never counted being not found. Open:
    // the lines counted so far that differ; the rest are still to count.
    QList<StocktakeLine> differences;
    int uncounted = 0;
    if (data->stocktake && confirmed) {
        differences = data->stocktake->differences();
    } else if (data->stocktake) {
        for (const StocktakeLine &line : data->stocktake->lines) {
            if (!line.isCounted())
                ++uncounted;
            else if (line.difference() != 0)
                differences.append(line);
        }
    }
    for (const StocktakeLine &line : differences) {
        const LedgerItem item = data->items.value(line.itemId);
        const qint64 fen = qint64(line.difference()) * item.unitPriceCents;
        totalFen += fen;
        (line.difference() > 0 ? gains : losses) += 1;
        // Once confirmed, each difference is a 盘点调整 of the stock.
        const QString handling = confirmed ? u"已调整%1%2"_s.arg(signedNumber(line.difference()), unitOf(line))
                                           : u"待确认"_s;
        table.rows.append({QString::number(table.rows.size() + 1), line.ledgerNo, line.itemName,
                           placeName(*data, line.roomId), unitOf(line), QString::number(line.expected),
                           line.isCounted() ? QString::number(line.counted) : u"0"_s, signedNumber(line.difference()),
                           formatYuan(item.unitPriceCents, true), formatYuan(fen, true), line.reason, handling});
    }
    if (data->stocktake && differences.isEmpty()) {
        QStringList row(table.headers.size());
        row[2] = u"账实相符，无差异"_s;
        table.rows.append(row);
    }
    for (int blank = 0; !data->stocktake && blank < 6; ++blank)
        table.rows.append(QStringList(table.headers.size()));
    QStringList total(table.headers.size());
    total[2] = u"合计"_s;
    total[9] = formatYuan(totalFen, true);
    table.rows.append(total);

    if (data->stocktake) {
        const Stocktake &s = *data->stocktake;
        QString summary = u"本次盘点%1项，账实相符%2项，差异%3项（盘盈%4项，盘亏%5项），差异金额合计%6元。"_s
                              .arg(s.lines.size())
                              .arg(s.lines.size() - differences.size() - uncounted)
                              .arg(differences.size())
                              .arg(gains)
                              .arg(losses)
                              .arg(formatYuan(totalFen, true));
        if (uncounted > 0)
            summary += u"尚有%1项未盘点，确认时按未找到处理。"_s.arg(uncounted);
        doc.add(Paragraph{summary, Paragraph::Style::Normal}, 4);
    }
    doc.add(table, 4);
    const QString adjustment = confirmed
        ? u"以上差异已于%1由%2确认，并按差异原因登记为盘点调整，台账结存已与实盘数量一致。"_s.arg(
              formDate(data->stocktake->confirmedOn), data->stocktake->confirmedBy)
        : u"以上差异待确认；确认后按差异原因登记为盘点调整，台账结存改为实盘数量。"_s;
    doc.add(Paragraph{adjustment, Paragraph::Style::Note}, 3);
    // The school's opinion and the signatures stay on the page together.
    doc.add(TextSection{u"处理意见"_s, QString(), 3, 0, u"负责人签名：________________    ____年__月__日"_s}, 6, true);
    doc.add(SignatureBlock{{u"盘点人"_s, u"监盘人"_s, u"负责人"_s}, QString(), QString(), true}, 6);
    return doc;
}

} // namespace rr
