#include "ledger/LedgerImport.h"

#include "common/FieldLimits.h"
#include "common/LenientDate.h"
#include "ledger/LedgerCategoryRepository.h"
#include "ledger/LedgerItemRepository.h"
#include "common/Money.h"
#include "roster/RosterExport.h"
#include "roster/TableFile.h"
#include "rooms/RoomRepository.h"
#include "staff/StaffRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

enum class Column {
    Number, Name, Category, Model, Brand, Serial, Unit, Quantity, Price, Amount, Bought, Supplier, Funding, Room,
    Place, Keeper, Condition, Loanable, Batch, Expiry, Storage, Reorder, Note,
};

struct Heading {
    Column column;
    const char16_t *printed;   // the heading the export writes
    const char16_t *aliases;   // '|'-separated headings of other ledgers
};

constexpr Heading kHeadings[] = {
    {Column::Number, u"编号", u"编号|台账编号|资产编号|物资编号|序号编号"},
    {Column::Name, u"名称", u"名称|物资名称|设备名称|品名|资产名称"},
    {Column::Category, u"类别", u"类别|分类|物资类别|资产类别"},
    {Column::Model, u"型号规格", u"型号规格|规格型号|型号|规格"},
    {Column::Brand, u"品牌", u"品牌|厂家|生产厂家"},
    {Column::Serial, u"序列号", u"序列号|出厂编号|机身号"},
    {Column::Unit, u"单位", u"单位|计量单位"},
    {Column::Quantity, u"数量", u"数量|库存|库存数量"},
    {Column::Price, u"单价", u"单价|单价（元）|单价(元)"},
    {Column::Amount, u"金额", u"金额|金额（元）|金额(元)|总价|总额"},
    {Column::Bought, u"购置日期", u"购置日期|购买日期|购入日期|入库日期"},
    {Column::Supplier, u"供应商", u"供应商|供货单位|来源单位"},
    {Column::Funding, u"经费来源", u"经费来源|资金来源"},
    {Column::Room, u"功能室", u"功能室|存放功能室|所在功能室|房间"},
    {Column::Place, u"存放位置", u"存放位置|存放地点|具体位置|位置"},
    {Column::Keeper, u"保管人", u"保管人|管理人|责任人"},
    {Column::Condition, u"状况", u"状况|状态|设备状况"},
    {Column::Loanable, u"可借用", u"可借用|可外借|是否可借"},
    {Column::Batch, u"批号", u"批号|生产批号"},
    {Column::Expiry, u"有效期至", u"有效期至|有效期|失效日期"},
    {Column::Storage, u"储存条件", u"储存条件|贮藏|存储条件"},
    {Column::Reorder, u"库存下限", u"库存下限|最低库存|补货线"},
    {Column::Note, u"备注", u"备注|说明"},
};

QString normalizedHeading(const QString &text)
{
    QString t = text;
    t.remove(u' ').remove(u'\u3000').remove(u'*');
    return t;
}

std::optional<Column> columnOf(const QString &heading)
{
    const QString h = normalizedHeading(heading);
    if (h.isEmpty())
        return std::nullopt;
    for (const Heading &entry : kHeadings)
        if (QString::fromUtf16(entry.aliases).split(u'|').contains(h))
            return entry.column;
    return std::nullopt;
}

bool yes(const QString &text)
{
    static const QStringList words{u"是"_s, u"可"_s, u"可以"_s, u"Y"_s, u"y"_s, u"yes"_s, u"1"_s, u"√"_s};
    return words.contains(text.trimmed());
}
bool no(const QString &text)
{
    static const QStringList words{u"否"_s, u"不可"_s, u"不可以"_s, u"N"_s, u"n"_s, u"no"_s, u"0"_s, u"×"_s};
    return words.contains(text.trimmed());
}

} // namespace

int LedgerImportPreview::importable() const
{
    int n = 0;
    for (const LedgerImportRow &row : rows)
        n += row.importable() ? 1 : 0;
    return n;
}

QStringList ledgerImportHeadings()
{
    QStringList list;
    for (const Heading &entry : kHeadings)
        list << QString::fromUtf16(entry.printed);
    return list;
}

Result<LedgerImportPreview> checkLedgerRows(const std::shared_ptr<Database> &db, const QList<QStringList> &rows,
                                            const QList<int> &lines, const QDate &today)
{
    // The heading row: the first of the first ten rows naming 名称 (a title row may come first).
    int headerRow = -1;
    QHash<Column, int> columns;
    for (int r = 0; r < std::min<int>(10, rows.size()) && headerRow < 0; ++r) {
        QHash<Column, int> found;
        for (int c = 0; c < rows.at(r).size(); ++c)
            if (auto column = columnOf(rows.at(r).at(c)); column && !found.contains(*column))
                found.insert(*column, c);
        if (found.contains(Column::Name)) {
            headerRow = r;
            columns = found;
        }
    }
    if (headerRow < 0)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Ledger", "No heading row with a 名称 column was found in the first ten rows."));
    if (!columns.contains(Column::Category))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Ledger", "The file has no 类别 column."));
    if (rows.size() - headerRow - 1 > kMaxLedgerImportRows)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Ledger", "A ledger file may hold at most %1 rows.").arg(kMaxLedgerImportRows));

    auto categories = LedgerCategoryRepository::all(*db);
    if (!categories)
        return categories.error();
    auto rooms = RoomRepository::all(*db);
    if (!rooms)
        return rooms.error();
    auto staff = StaffRepository(db).all();
    if (!staff)
        return staff.error();
    auto existing = LedgerItemRepository::list(*db);
    if (!existing)
        return existing.error();
    QSet<QString> numbers;
    for (const LedgerItem &item : std::as_const(*existing))
        numbers.insert(item.ledgerNo.toUpper());

    LedgerImportPreview preview;
    for (int c = 0; c < rows.at(headerRow).size(); ++c)
        if (!rows.at(headerRow).at(c).trimmed().isEmpty() && !columnOf(rows.at(headerRow).at(c)))
            preview.unusedHeadings << rows.at(headerRow).at(c).trimmed();
    for (int r = headerRow + 1; r < rows.size(); ++r) {
        const QStringList &cells = rows.at(r);
        auto cell = [&](Column column) {
            const int c = columns.value(column, -1);
            return c >= 0 && c < cells.size() ? cells.at(c).trimmed() : QString();
        };
        LedgerImportRow row;
        row.line = r < lines.size() ? lines.at(r) : r + 1;
        LedgerItem &item = row.item;
        item.name = cell(Column::Name);
        if (item.name.isEmpty()) {
            const bool blank = std::all_of(cells.begin(), cells.end(), [](const QString &s) { return s.trimmed().isEmpty(); });
            if (blank)
                continue;
            // 合计 rows of a printed ledger are not items.
            if (cells.join(QString()).contains(u"合计"_s))
                continue;
            row.errors << QCoreApplication::translate("rr::Ledger", "The item has no name.");
        }
        const QString categoryText = cell(Column::Category);
        for (const LedgerCategory &c : std::as_const(*categories))
            if (c.name == categoryText || c.code.compare(categoryText, Qt::CaseInsensitive) == 0)
                item.categoryId = c.id;
        if (item.categoryId == 0)
            row.errors << QCoreApplication::translate("rr::Ledger", "The category \"%1\" is not in the list; add it first.").arg(categoryText);
        item.ledgerNo = cell(Column::Number);
        if (!item.ledgerNo.isEmpty()) {
            if (numbers.contains(item.ledgerNo.toUpper()))
                row.errors << QCoreApplication::translate("rr::Ledger", "The ledger number %1 is taken by another item.").arg(item.ledgerNo);
            else
                numbers.insert(item.ledgerNo.toUpper());
        }
        item.model = cell(Column::Model);
        item.brand = cell(Column::Brand);
        item.serialNo = cell(Column::Serial);
        item.unit = cell(Column::Unit);
        item.supplier = cell(Column::Supplier);
        item.fundingSource = cell(Column::Funding);
        item.place = cell(Column::Place);
        item.batch = cell(Column::Batch);
        item.storageCondition = cell(Column::Storage);
        item.note = cell(Column::Note);

        const QString quantity = cell(Column::Quantity);
        bool ok = true;
        row.quantity = quantity.isEmpty() ? 1 : quantity.toInt(&ok);
        if (!ok || row.quantity < 0 || row.quantity > kMaxItemQuantity)
            row.errors << QCoreApplication::translate("rr::Ledger", "The quantity \"%1\" is not a whole number between 0 and %2.").arg(quantity).arg(kMaxItemQuantity);
        const QString price = cell(Column::Price);
        if (!price.isEmpty()) {
            if (auto cents = parseYuan(price))
                item.unitPriceCents = *cents;
            else
                row.errors << QCoreApplication::translate("rr::Ledger", "The unit price \"%1\" is not an amount in yuan.").arg(price);
        }
        const QString amount = cell(Column::Amount);
        if (!amount.isEmpty() && row.errors.isEmpty()) {
            const auto cents = parseYuan(amount);
            if (!cents || *cents != qint64(row.quantity) * item.unitPriceCents)
                row.warnings << QCoreApplication::translate("rr::Ledger", "The amount %1 is not quantity × unit price (%2); the ledger keeps the product.")
                                    .arg(amount, formatYuan(qint64(row.quantity) * item.unitPriceCents));
        }
        auto dateCell = [&](Column column, QDate *date, const char *what) {
            const QString text = cell(column);
            if (text.isEmpty())
                return;
            *date = parseLenientDate(text);
            if (!date->isValid())
                row.errors << QCoreApplication::translate("rr::Ledger", "The %1 \"%2\" is not a date.").arg(QCoreApplication::translate("rr::Ledger", what), text);
        };
        dateCell(Column::Bought, &item.purchaseDate, QT_TRANSLATE_NOOP("rr::Ledger", "purchase date"));
        dateCell(Column::Expiry, &item.expiryDate, QT_TRANSLATE_NOOP("rr::Ledger", "expiry date"));
        if (item.expiryDate.isValid() && item.expiryDate < today)
            row.warnings << QCoreApplication::translate("rr::Ledger", "The medicine expired on %1.").arg(item.expiryDate.toString(u"yyyy-MM-dd"_s));
        const QString reorder = cell(Column::Reorder);
        if (!reorder.isEmpty()) {
            item.reorderLevel = reorder.toInt(&ok);
            if (!ok || item.reorderLevel < 0)
                row.errors << QCoreApplication::translate("rr::Ledger", "The reorder level \"%1\" is not a whole number.").arg(reorder);
        }
        const QString room = cell(Column::Room);
        if (!room.isEmpty()) {
            for (const Room &r2 : std::as_const(*rooms))
                if (r2.name == room)
                    item.roomId = r2.id;
            if (item.roomId == 0)
                row.warnings << QCoreApplication::translate("rr::Ledger", "There is no room \"%1\"; the item is imported without a room.").arg(room);
        }
        const QString keeper = cell(Column::Keeper);
        if (!keeper.isEmpty()) {
            const QString folded = QString(keeper).remove(u' ');
            for (const StaffMember &m : std::as_const(*staff))
                if (m.name == folded && m.isActive())
                    item.keeperId = m.id;
            if (item.keeperId == 0)
                row.warnings << QCoreApplication::translate("rr::Ledger", "%1 is not on the staff list; the keeper is left empty.").arg(keeper);
        }
        const QString condition = cell(Column::Condition);
        if (!condition.isEmpty() && !itemConditionFromText(condition, &item.condition))
            row.warnings << QCoreApplication::translate("rr::Ledger", "The condition \"%1\" is unknown; 完好 is taken.").arg(condition);
        if (item.condition == ItemCondition::Scrapped)
            row.errors << QCoreApplication::translate("rr::Ledger", "A scrapped item is not imported into the ledger.");
        const QString loanable = cell(Column::Loanable);
        if (!loanable.isEmpty()) {
            if (no(loanable))
                item.loanable = false;
            else if (!yes(loanable))
                row.warnings << QCoreApplication::translate("rr::Ledger", "\"%1\" under 可借用 is neither 是 nor 否; the item is loanable.").arg(loanable);
        }
        if (row.errors.isEmpty())
            if (auto valid = LedgerItemRepository::validate(item); !valid)
                row.errors << valid.error().message;
        preview.rows << row;
    }
    return preview;
}

Result<LedgerImportPreview> previewLedgerImport(const std::shared_ptr<Database> &db, const QString &path,
                                                const QDate &today, const TableLimits &limits)
{
    auto table = readTableFile(path, limits);
    if (!table)
        return table.error();
    auto preview = checkLedgerRows(db, table->rows, table->lines, today);
    if (!preview)
        return preview.error();
    preview->encoding = table->encoding;
    // Rows the reader could not read (an unclosed quote, a cell too long) are errors of their own.
    for (auto it = table->unreadable.constBegin(); it != table->unreadable.constEnd(); ++it) {
        LedgerImportRow row;
        row.line = table->lineOf(it.key());
        row.errors << it.value();
        preview->rows << row;
    }
    std::sort(preview->rows.begin(), preview->rows.end(),
              [](const LedgerImportRow &a, const LedgerImportRow &b) { return a.line < b.line; });
    return preview;
}

Result<int> commitLedgerImport(const std::shared_ptr<Database> &db, const LedgerImportPreview &preview, const QDate &date,
                               const QString &person)
{
    int written = 0;
    auto done = db->write({u"ledger.import"_s, u"ledger imported"_s}, [&](Transaction &tx) -> Result<void> {
        for (const LedgerImportRow &row : preview.rows) {
            if (!row.importable())
                continue;
            auto id = LedgerItemRepository::add(tx, row.item, row.quantity, date, person);
            if (!id) {
                Error error = id.error();
                error.message = QCoreApplication::translate("rr::Ledger", "Row %1: %2").arg(row.line).arg(error.message);
                return error;
            }
            ++written;
        }
        return {};
    });
    if (!done)
        return done.error();
    return written;
}

Result<LedgerTable> ledgerTable(const std::shared_ptr<Database> &db)
{
    auto items = LedgerItemRepository::list(*db);
    if (!items)
        return items.error();
    auto categories = LedgerCategoryRepository::all(*db);
    if (!categories)
        return categories.error();
    auto rooms = RoomRepository::all(*db);
    if (!rooms)
        return rooms.error();
    auto staff = StaffRepository(db).all();
    if (!staff)
        return staff.error();
    QHash<qint64, QString> categoryNames, roomNames, staffNames;
    for (const LedgerCategory &c : std::as_const(*categories))
        categoryNames.insert(c.id, c.name);
    for (const Room &r : std::as_const(*rooms))
        roomNames.insert(r.id, r.name);
    for (const StaffMember &m : std::as_const(*staff))
        staffNames.insert(m.id, m.name);
    LedgerTable table;
    table.headers = ledgerImportHeadings();
    auto date = [](const QDate &d) { return d.isValid() ? d.toString(u"yyyy-MM-dd"_s) : QString(); };
    for (const LedgerItem &i : std::as_const(*items))
        table.rows << QStringList{i.ledgerNo, i.name, categoryNames.value(i.categoryId), i.model, i.brand, i.serialNo,
                                  i.unit, QString::number(i.quantity), formatYuan(i.unitPriceCents),
                                  formatYuan(i.totalCents()), date(i.purchaseDate), i.supplier, i.fundingSource,
                                  roomNames.value(i.roomId), i.place, staffNames.value(i.keeperId),
                                  itemConditionChinese(i.condition), i.loanable ? u"是"_s : u"否"_s, i.batch,
                                  date(i.expiryDate), i.storageCondition,
                                  i.reorderLevel > 0 ? QString::number(i.reorderLevel) : QString(), i.note};
    return table;
}

Result<int> exportLedger(const std::shared_ptr<Database> &db, const QString &path)
{
    auto table = ledgerTable(db);
    if (!table)
        return table.error();
    // The roster's writer: atomic, formulas neutralised, cells as strings.
    if (auto written = writeRosterTable(RosterTable{table->headers, table->rows}, path); !written)
        return written.error();
    return int(table->rows.size());
}

} // namespace rr
