// 盘点表, 盘点差异报告 and 药品登记表, rendered to PDF and read back with
// pdftotext: what is printed is the stocktake's and the ledger's data, and a
// room's list is not split over two pages when it fits on one.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "alerts/LedgerAlertSource.h"
#include "common/Money.h"
#include "demo/DemoSchool.h"
#include "ledger/LedgerCategoryRepository.h"
#include "ledger/LedgerItemRepository.h"
#include "ledger/StocktakeRepository.h"
#include "print/FormRegistry.h"
#include "print/PdfExport.h"
#include "rooms/RoomRepository.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 22);

struct School {
    QTemporaryDir dir;
    QString path;
    std::shared_ptr<Database> db;
};

std::unique_ptr<School> demoSchool()
{
    auto school = std::make_unique<School>();
    school->path = school->dir.filePath(u"demo.sqlite"_s);
    REQUIRE(writeDemoSchool(school->path, FixedClock(kToday)));
    auto db = Database::open(school->path, OpenMode::OpenExisting);
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

QString squeezed(QString text) { return text.remove(QRegularExpression(u"\\s+"_s)); }

// The PDF's text page by page (squeezed), in reading order.
QStringList renderPages(const FormDocument &doc, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    const auto pages = writeFormPdf(doc, path);
    REQUIRE(pages);
    QStringList texts;
    for (int page = 1; page <= *pages; ++page)
        texts << squeezed(pdftotext({u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), path, u"-"_s}));
    return texts;
}

} // namespace

TEST_CASE("盘点表 lists the latest stocktake room by room with what was found", "[print][ledger][stocktake]")
{
    auto school = demoSchool();
    const auto all = StocktakeRepository(school->db).all();
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    const auto stocktake = StocktakeRepository(school->db).byId(all->first().id);
    REQUIRE(stocktake);
    REQUIRE(stocktake->lines.size() >= 10);

    QTemporaryDir dir;
    const QStringList pages = renderPages(build(u"stocktake"_s, school->db), dir, u"stocktake.pdf"_s);
    const QString flat = pages.join(QString());
    CHECK(flat.contains(u"盘点表"_s));
    CHECK(flat.contains(u"感统训练室期中盘点"_s));
    CHECK(flat.contains(u"存放地点：感统训练室"_s));
    CHECK(flat.contains(u"%1确认"_s.arg(u"%1年%2月%3日"_s.arg(kToday.addDays(-29).year()).arg(kToday.addDays(-29).month()).arg(kToday.addDays(-29).day()))));
    for (const StocktakeLine &line : stocktake->lines) {
        INFO(line.itemName.toStdString());
        CHECK(flat.contains(line.ledgerNo));
    }
    // One line differs: the touch ball, counted one short, with its reason.
    CHECK(flat.count(u"盘亏"_s) == 1);
    CHECK(flat.contains(u"训练中遗失，未找到"_s));
    CHECK(flat.count(u"相符"_s) == stocktake->lines.size() - 1 + 1);   // the lines, and the summary
    CHECK(flat.contains(u"盘点%1项：相符%2项，有差异1项，未盘点0项。"_s.arg(stocktake->lines.size()).arg(stocktake->lines.size() - 1)));
    CHECK(flat.contains(u"盘点人签名"_s));
    CHECK(flat.contains(u"监盘人签名"_s));

    // --stocktake: a stocktake chosen by its number; an unknown one is refused.
    FormRequest chosen;
    chosen.stocktakeId = stocktake->id;
    CHECK(squeezed(renderPages(build(u"stocktake"_s, school->db, chosen), dir, u"chosen.pdf"_s).join(QString()))
              .contains(u"第%1号"_s.arg(stocktake->id)));
    FormRequest unknown;
    unknown.stocktakeId = 999;
    const auto refused = findForm(u"stocktake"_s)->build(FormContext{school->db, std::make_shared<FixedClock>(kToday), unknown});
    CHECK_FALSE(refused);
}

TEST_CASE("a whole-school 盘点表 keeps each room's list on one page when it fits", "[print][ledger][stocktake]")
{
    auto school = demoSchool();
    const auto started = StocktakeRepository(school->db).start(u"期末全面盘点"_s, 0, kToday, u"马晓燕"_s);
    REQUIRE(started);
    const auto stocktake = StocktakeRepository(school->db).byId(*started);
    REQUIRE(stocktake);
    const auto rooms = RoomRepository(school->db).names();
    REQUIRE(rooms);
    QHash<qint64, QStringList> numbersByRoom;
    for (const StocktakeLine &line : stocktake->lines)
        numbersByRoom[line.roomId].append(line.ledgerNo);
    REQUIRE(numbersByRoom.size() >= 3);

    QTemporaryDir dir;
    const QStringList pages = renderPages(build(u"stocktake"_s, school->db), dir, u"whole.pdf"_s);
    REQUIRE(pages.size() >= 3);
    CHECK(pages.join(QString()).contains(u"期末全面盘点"_s));
    CHECK(pages.join(QString()).contains(u"盘点中"_s));
    for (auto it = numbersByRoom.cbegin(); it != numbersByRoom.cend(); ++it) {
        const QString room = rooms->value(it.key());
        INFO(room.toStdString());
        QSet<int> onPages;
        for (const QString &number : it.value())
            for (int page = 0; page < pages.size(); ++page)
                if (pages.at(page).contains(number))
                    onPages.insert(page);
        // The caption is on the first page of the room's list.
        int first = pages.size();
        for (int page : onPages)
            first = std::min(first, page);
        CHECK(pages.at(first).contains(u"存放地点：%1"_s.arg(room)));
        if (it.value().size() <= 12) {
            CHECK(onPages.size() == 1);
        } else {
            // A longer list goes on with its header under （续表）.
            for (int page : onPages)
                if (page != first)
                    CHECK(pages.at(page).contains(u"（续"_s));
        }
    }
}

TEST_CASE("盘点差异报告 lists each difference with its reason, value and adjustment", "[print][ledger][stocktake]")
{
    auto school = demoSchool();
    const auto all = StocktakeRepository(school->db).all();
    REQUIRE(all);
    const auto stocktake = StocktakeRepository(school->db).byId(all->first().id);
    REQUIRE(stocktake);
    const QList<StocktakeLine> differences = stocktake->differences();
    REQUIRE(differences.size() == 1);
    const auto ball = LedgerItemRepository(school->db).byId(differences.first().itemId);
    REQUIRE(ball);

    QTemporaryDir dir;
    const QString flat = renderPages(build(u"stocktake-report"_s, school->db), dir, u"report.pdf"_s).join(QString());
    CHECK(flat.contains(u"盘点差异报告"_s));
    CHECK(flat.contains(u"差异1项（盘盈0项，盘亏1项）"_s));
    CHECK(flat.contains(ball->ledgerNo));
    CHECK(flat.contains(u"触觉球"_s));
    CHECK(flat.contains(u"训练中遗失，未找到"_s));
    CHECK(flat.contains(u"已调整-1"_s));
    CHECK(flat.contains(u"-" + formatYuan(ball->unitPriceCents, true)));
    CHECK(flat.contains(u"差异金额合计-%1元"_s.arg(formatYuan(ball->unitPriceCents, true))));
    CHECK(flat.contains(u"处理意见"_s));
    CHECK(flat.contains(u"负责人签名"_s));

    // An open stocktake with a found extra and a missing line: 待确认.
    const auto started = StocktakeRepository(school->db).start(u"感统训练室复盘"_s, stocktake->roomId, kToday, u"马晓燕"_s);
    REQUIRE(started);
    auto open = StocktakeRepository(school->db).byId(*started);
    REQUIRE(open);
    QList<StocktakeLine> counts = open->lines;
    QList<int> held;   // lines expected at least once
    for (int i = 0; i < counts.size(); ++i) {
        counts[i].counted = counts[i].expected;
        if (counts[i].expected > 0)
            held.append(i);
    }
    REQUIRE(held.size() >= 3);
    counts[held[0]].counted = counts[held[0]].expected + 2;
    counts[held[0]].reason = u"上次盘点后找回"_s;
    counts[held[1]].counted = counts[held[1]].expected - 1;
    counts[held[2]].counted = -1;   // still to count: not a difference yet
    REQUIRE(StocktakeRepository(school->db).setCounts(*started, counts));
    const QString openFlat = renderPages(build(u"stocktake-report"_s, school->db), dir, u"open.pdf"_s).join(QString());
    CHECK(openFlat.contains(u"感统训练室复盘"_s));
    CHECK(openFlat.contains(u"差异2项（盘盈1项，盘亏1项）"_s));
    CHECK(openFlat.contains(u"尚有1项未盘点"_s));
    CHECK_FALSE(openFlat.contains(counts[held[2]].ledgerNo));
    CHECK(openFlat.contains(u"+2"_s));
    CHECK(openFlat.contains(u"上次盘点后找回"_s));
    CHECK(openFlat.count(u"待确认"_s) == 3);   // two lines and the note
}

TEST_CASE("an empty school prints blank stocktake forms to fill in by hand", "[print][ledger][stocktake]")
{
    auto db = test::makeTempDatabase();
    QTemporaryDir dir;
    const QString sheet = renderPages(build(u"stocktake"_s, db->db), dir, u"sheet.pdf"_s).join(QString());
    CHECK(sheet.contains(u"盘点表"_s));
    CHECK(sheet.contains(u"账面数量"_s));
    const QString report = renderPages(build(u"stocktake-report"_s, db->db), dir, u"report.pdf"_s).join(QString());
    CHECK(report.contains(u"盘点差异报告"_s));
    CHECK(report.contains(u"合计"_s));
    CHECK(report.contains(u"差异金额(元)"_s));
    CHECK(report.contains(u"0.00"_s));
}

TEST_CASE("药品登记表 lists the medicines with batch, expiry and storage, expired and expiring marked", "[print][ledger][medicine]")
{
    auto school = demoSchool();
    const auto categories = LedgerCategoryRepository(school->db).all();
    REQUIRE(categories);
    QSet<qint64> medicineCategories;
    for (const LedgerCategory &c : *categories)
        if (c.kind == CategoryKind::Medicine)
            medicineCategories.insert(c.id);
    const auto items = LedgerItemRepository(school->db).list();
    REQUIRE(items);
    QList<LedgerItem> medicines;
    int expired = 0;
    int expiring = 0;
    for (const LedgerItem &item : *items) {
        if (!medicineCategories.contains(item.categoryId) || item.isScrapped())
            continue;
        medicines.append(item);
        if (item.expiryDate < kToday)
            ++expired;
        else if (item.expiryDate <= kToday.addDays(kMedicineWarningDays))
            ++expiring;
    }
    REQUIRE(medicines.size() >= 3);
    REQUIRE(expired >= 1);

    QTemporaryDir dir;
    const QStringList pages = renderPages(build(u"medicine"_s, school->db), dir, u"medicine.pdf"_s);
    const QString flat = pages.join(QString());
    CHECK(flat.contains(u"药品登记表"_s));
    CHECK(flat.contains(u"药品：%1种，已过期%2种，30天内过期%3种"_s.arg(medicines.size()).arg(expired).arg(expiring)));
    for (const LedgerItem &m : std::as_const(medicines)) {
        INFO(m.name.toStdString());
        CHECK(flat.contains(squeezed(m.name)));
        CHECK(flat.contains(m.ledgerNo));
        if (!m.batch.isEmpty())
            CHECK(flat.contains(squeezed(m.batch)));
        CHECK(flat.contains(m.expiryDate.toString(u"yyyy.MM.dd"_s)));
        if (!m.storageCondition.isEmpty())
            CHECK(flat.contains(squeezed(m.storageCondition)));
    }
    // 医用酒精 expired 12 days ago, 云南白药气雾剂 expires in 20 days.
    CHECK(flat.contains(u"已过期12天"_s));
    CHECK(flat.contains(u"20天后过期"_s));
    // Soonest expiry first: the expired one leads.
    CHECK(flat.indexOf(u"医用酒精"_s) < flat.indexOf(u"云南白药气雾剂"_s));
    // No equipment on the medicine list.
    CHECK_FALSE(flat.contains(u"大龙球"_s));
}

TEST_CASE("print stocktake, stocktake-report and medicine from the CLI", "[print][ledger][cli]")
{
    auto school = demoSchool();
    const auto all = StocktakeRepository(school->db).all();
    REQUIRE(all);
    const QString id = QString::number(all->first().id);
    const QString path = school->path;
    school->db.reset();
    QTemporaryDir dir;
    for (const QStringList &args : {QStringList{u"stocktake"_s}, QStringList{u"stocktake"_s, u"--stocktake"_s, id},
                                    QStringList{u"stocktake-report"_s, u"--stocktake"_s, id}, QStringList{u"medicine"_s}}) {
        const QString out = dir.filePath(args.join(u'-') + u".pdf"_s);
        const auto result = test::runCli(QStringList{u"print"_s} + args + QStringList{u"--db"_s, path, u"--out"_s, out});
        INFO(QString(result.out + result.err).toStdString());
        CHECK(result.exitCode == 0);
        CHECK(QFile::exists(out));
    }
    const auto unknown = test::runCli({u"print"_s, u"stocktake"_s, u"--db"_s, path, u"--out"_s, dir.filePath(u"x.pdf"_s),
                                       u"--stocktake"_s, u"999"_s});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.startsWith(u"错误："_s));
    const auto notNumber = test::runCli({u"print"_s, u"stocktake"_s, u"--db"_s, path, u"--out"_s, dir.filePath(u"y.pdf"_s),
                                         u"--stocktake"_s, u"abc"_s});
    CHECK(notNumber.exitCode == 1);
}
