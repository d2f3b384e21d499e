// The ledger's printed forms, rendered to PDF and read back with pdftotext:
// the totals printed are the database's, to the fen.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "common/Money.h"
#include "demo/DemoSchool.h"
#include "ledger/ItemEventRepository.h"
#include "ledger/LedgerCategoryRepository.h"
#include "ledger/LedgerItemRepository.h"
#include "print/FormRegistry.h"
#include "print/PdfExport.h"
#include "rooms/RoomRepository.h"

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 22);

struct School {
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
};

std::unique_ptr<School> demoSchool()
{
    auto school = std::make_unique<School>();
    const QString path = school->dir.filePath(u"demo.sqlite"_s);
    REQUIRE(writeDemoSchool(path, FixedClock(kToday)));
    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db);
    school->db = *db;
    return school;
}

FormDocument build(const QString &formId, const std::shared_ptr<Database> &db, const FormRequest &request = {})
{
    const FormSpec *spec = findForm(formId);
    REQUIRE(spec);
    const Result<FormDocument> doc = spec->build(FormContext{db, std::make_shared<FixedClock>(kToday), request});
    INFO((doc ? QString() : doc.error().message).toStdString());
    REQUIRE(doc.ok());
    return doc.value();
}

QString pdftotext(const QStringList &arguments)
{
    QProcess process;
    process.start(u"pdftotext"_s, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text with its lines as laid out (pdftotext -layout): a table row
// is one line. `flowText`: the same in reading order, where a name wrapped in
// its cell stays together.
QString renderLayoutText(const FormDocument &doc, const QTemporaryDir &dir, const QString &name,
                         QString *flowText = nullptr)
{
    const QString path = dir.filePath(name);
    REQUIRE(writeFormPdf(doc, path));
    if (flowText)
        *flowText = pdftotext({path, u"-"_s});
    return pdftotext({u"-layout"_s, path, u"-"_s});
}

QString squeezed(QString text) { return text.remove(QRegularExpression(u"\\s+"_s)); }

// Every "<label> 小计 <amount>" and "合计 <amount>" line, in the order printed.
QList<std::pair<QString, qint64>> printedTotals(const QString &text)
{
    static const QRegularExpression line(u"^\\s*(?:(\\S+) 小计|(合计))\\s+([0-9,]+\\.[0-9]{2})\\s*$"_s,
                                         QRegularExpression::MultilineOption);
    QList<std::pair<QString, qint64>> totals;
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const auto fen = parseYuan(m.captured(3));
        REQUIRE(fen);
        totals.append({m.captured(1).isEmpty() ? m.captured(2) : m.captured(1), *fen});
    }
    return totals;
}

} // namespace

TEST_CASE("the ledger's 小计 and 合计 are the database's sums of quantity × unit price", "[print][ledger]")
{
    auto school = demoSchool();
    const auto items = LedgerItemRepository(school->db).list();
    REQUIRE(items);
    REQUIRE(items->size() >= 50);
    const auto rooms = RoomRepository(school->db).names();
    REQUIRE(rooms);
    const auto categories = LedgerCategoryRepository(school->db).all();
    REQUIRE(categories);
    QHash<qint64, QString> categoryNames;
    for (const LedgerCategory &c : *categories)
        categoryNames.insert(c.id, c.name);

    QHash<QString, qint64> byRoom;
    QHash<QString, qint64> byRoomCategory;   // "room/category"
    qint64 total = 0;
    for (const LedgerItem &item : *items) {
        const QString room = item.roomId ? rooms->value(item.roomId) : u"其他存放地点"_s;
        byRoom[room] += qint64(item.quantity) * item.unitPriceCents;
        byRoomCategory[room + u'/' + categoryNames.value(item.categoryId)] += qint64(item.quantity) * item.unitPriceCents;
        total += qint64(item.quantity) * item.unitPriceCents;
    }
    REQUIRE(total > 0);

    QTemporaryDir dir;
    QString flow;
    const QString text = renderLayoutText(build(u"ledger"_s, school->db), dir, u"ledger.pdf"_s, &flow);
    const auto totals = printedTotals(text);
    REQUIRE(!totals.isEmpty());
    CHECK(totals.constLast() == std::pair(u"合计"_s, total));

    // Category subtotals come before their room's subtotal.
    QList<std::pair<QString, qint64>> pending;
    int roomsSeen = 0;
    int categoriesSeen = 0;
    for (const auto &[label, fen] : totals.mid(0, totals.size() - 1)) {
        if (!byRoom.contains(label)) {
            pending.append({label, fen});
            continue;
        }
        ++roomsSeen;
        CHECK(fen == byRoom.value(label));
        for (const auto &[category, categoryFen] : std::as_const(pending)) {
            INFO(QString(label + u'/' + category).toStdString());
            CHECK(categoryFen == byRoomCategory.value(label + u'/' + category, -1));
            ++categoriesSeen;
        }
        pending.clear();
    }
    CHECK(pending.isEmpty());
    CHECK(roomsSeen == byRoom.size());
    CHECK(categoriesSeen == byRoomCategory.size());
    // Every item is a row with its number, name and amount.
    const QString flat = squeezed(flow);
    for (const LedgerItem &item : *items) {
        INFO(item.name.toStdString());
        CHECK(flat.contains(item.ledgerNo));
        CHECK(flat.contains(squeezed(item.name)));
    }
}

TEST_CASE("the ledger of one room holds that room's items and its total", "[print][ledger]")
{
    auto school = demoSchool();
    const auto rooms = RoomRepository(school->db).all();
    REQUIRE(rooms);
    REQUIRE(!rooms->isEmpty());
    const Room room = rooms->constFirst();
    ItemFilter filter;
    filter.roomId = room.id;
    const auto items = LedgerItemRepository(school->db).list(filter);
    REQUIRE(items);
    REQUIRE(!items->isEmpty());
    qint64 total = 0;
    for (const LedgerItem &item : *items)
        total += item.totalCents();

    FormRequest request;
    request.roomId = room.id;
    const FormDocument doc = build(u"ledger"_s, school->db, request);
    QTemporaryDir dir;
    const QString text = renderLayoutText(doc, dir, u"room.pdf"_s);
    const auto totals = printedTotals(text);
    REQUIRE(totals.size() >= 2);
    CHECK(totals.constLast() == std::pair(u"合计"_s, total));
    CHECK(totals.at(totals.size() - 2) == std::pair(room.name, total));
    CHECK(squeezed(text).contains(u"存放地点：%1"_s.arg(room.name)));
    CHECK(squeezed(text).contains(u"物资：%1项"_s.arg(items->size())));
}

TEST_CASE("an empty school prints a ledger with an empty table and 合计 0.00", "[print][ledger]")
{
    auto temp = test::makeTempDatabase();
    const FormDocument doc = build(u"ledger"_s, temp->db);
    QTemporaryDir dir;
    const QString text = renderLayoutText(doc, dir, u"empty.pdf"_s);
    CHECK(printedTotals(text) == QList<std::pair<QString, qint64>>{{u"合计"_s, 0}});
    const QString flat = squeezed(text);
    CHECK(flat.contains(u"物资管理台账"_s));
    CHECK(flat.contains(u"序号编号名称类别规格型号单位数量单价(元)金额(元)购置日期经费来源存放地点保管人状况"_s));
    CHECK(flat.contains(u"物资：0项"_s));
    CHECK(flat.contains(u"保管人签名"_s));
    CHECK(flat.contains(u"负责人签名"_s));
}

TEST_CASE("the loan register lists the period's loans and marks the overdue one", "[print][ledger][loans]")
{
    auto school = demoSchool();
    QTemporaryDir dir;
    QString flow;
    renderLayoutText(build(u"loans"_s, school->db), dir, u"loans.pdf"_s, &flow);
    const QString flat = squeezed(flow);
    // The demo's loans: 图片认知卡 to 王丽 due a week ago and still out,
    // 笔记本电脑 due in two days, 数码相机 brought back a day early.
    CHECK(flat.contains(u"借用：3次，逾期未还1次"_s));
    CHECK(flat.contains(u"图片认知卡"_s));
    CHECK(flat.contains(u"王丽"_s));
    CHECK(flat.contains(u"逾期7天未还"_s));
    CHECK(flat.count(u"逾期"_s) == 3);   // the header, the overdue loan, the note
    CHECK(flat.contains(u"借出中"_s));
    CHECK(flat.contains(u"已归还"_s));
    CHECK(flat.contains(kToday.addDays(-7).toString(u"yyyy.MM.dd"_s)));
    CHECK(flat.contains(kToday.addDays(-34).toString(u"yyyy.MM.dd"_s)));

    // A period before the two open loans: only the returned one.
    FormRequest october;
    october.from = kToday.addDays(-41);
    october.to = kToday.addDays(-30);
    QString octoberFlow;
    renderLayoutText(build(u"loans"_s, school->db, october), dir, u"october.pdf"_s, &octoberFlow);
    const QString octoberFlat = squeezed(octoberFlow);
    CHECK(octoberFlat.contains(u"借用：1次，逾期未还0次"_s));
    CHECK(octoberFlat.contains(u"数码相机"_s));
    CHECK_FALSE(octoberFlat.contains(u"图片认知卡"_s));
}

TEST_CASE("the maintenance record lists inspections, maintenance and repairs with their cost and total", "[print][ledger]")
{
    auto school = demoSchool();
    const auto item = LedgerItemRepository(school->db).find(u"KF-001"_s);
    REQUIRE(item);
    ItemEvent repair;
    repair.itemId = item->id;
    repair.kind = EventKind::Repair;
    repair.date = kToday.addDays(-2);
    repair.person = u"马晓燕"_s;
    repair.details = u"更换阻力调节旋钮"_s;
    repair.result = u"已修复"_s;
    repair.costCents = 35050;
    const auto repaired = ItemEventRepository(school->db).record(repair);
    INFO((repaired ? QString() : repaired.error().message).toStdString());
    REQUIRE(repaired);
    ItemEvent service = repair;
    service.kind = EventKind::Maintenance;
    service.date = kToday.addDays(-1);
    service.details = u"清洁、润滑"_s;
    service.result = u"正常"_s;
    service.costCents = 8000;
    REQUIRE(ItemEventRepository(school->db).record(service));

    QTemporaryDir dir;
    QString flow;
    const QString text = renderLayoutText(build(u"maintenance"_s, school->db), dir, u"maintenance.pdf"_s, &flow);
    const QString flat = squeezed(flow);
    // The demo's monthly checks of the suspension system in this semester
    // (the fourth, 95 days ago, was in August) and the two above.
    CHECK(flat.contains(u"记录：5条"_s));
    CHECK(flat.count(u"吊点牢固，绳索无明显磨损"_s) == 3);
    CHECK(flat.contains(u"更换阻力调节旋钮"_s));
    CHECK(flat.contains(u"350.50"_s));
    CHECK(flat.contains(u"80.00"_s));
    CHECK(printedTotals(text) == QList<std::pair<QString, qint64>>{{u"合计"_s, 43050}});
}

TEST_CASE("the scrapping form lists the requests with their value, reason and approval", "[print][ledger]")
{
    auto school = demoSchool();
    const auto scraps = ItemEventRepository(school->db).ofKind(EventKind::Scrap);
    REQUIRE(scraps);
    REQUIRE(scraps->size() == 1);
    const ItemEvent scrap = scraps->constFirst();
    const auto item = LedgerItemRepository(school->db).byId(scrap.itemId);
    REQUIRE(item);

    QTemporaryDir dir;
    QString flow;
    const QString text = renderLayoutText(build(u"scrap"_s, school->db), dir, u"scrap.pdf"_s, &flow);
    const QString flat = squeezed(flow);
    CHECK(flat.contains(u"申请：1项，待审批0项"_s));
    CHECK(flat.contains(squeezed(item->name)));
    CHECK(flat.contains(u"电池鼓包，厂家已停产无法维修"_s));
    CHECK(flat.contains(u"何志强"_s));
    CHECK(flat.contains(u"已批准"_s));
    CHECK(flat.contains(kToday.addDays(-20).toString(u"yyyy.MM.dd"_s)));
    CHECK(flat.contains(u"学校审批意见"_s));
    CHECK(printedTotals(text)
          == QList<std::pair<QString, qint64>>{{u"合计"_s, qint64(scrap.quantity) * item->unitPriceCents}});
}
