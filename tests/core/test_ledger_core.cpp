#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "ledger/CareScheduleRepository.h"
#include "ledger/ItemEventRepository.h"
#include "ledger/LedgerCategoryRepository.h"
#include "ledger/LedgerItemRepository.h"
#include "common/Money.h"
#include "ledger/LoanRepository.h"
#include "ledger/StockRepository.h"
#include "ledger/StocktakeRepository.h"
#include "rooms/RoomRepository.h"
#include "staff/StaffRepository.h"

using namespace rr;
using namespace Qt::Literals::StringLiterals;

// A Result that must hold, with its error message when it does not.
#define REQUIRE_OK(expr)                                                                                             \
    do {                                                                                                             \
        const auto result_ = (expr);                                                                                 \
        INFO((result_ ? std::string() : QString(result_.error().message + u" / "_s + result_.error().detail).toStdString())); \
        REQUIRE(result_.ok());                                                                                       \
    } while (false)

namespace {

struct Ledger {
    std::unique_ptr<test::TempDatabase> temp = test::makeTempDatabase();
    std::shared_ptr<Database> db = temp->db;
    LedgerCategoryRepository categories{db};
    LedgerItemRepository items{db};
    StockRepository stock{db};
    LoanRepository loans{db};
    ItemEventRepository events{db};
    CareScheduleRepository schedules{db};
    StocktakeRepository stocktakes{db};
    qint64 resourceRoom = 0;
    qint64 individualRoom = 0;
    qint64 teacher = 0;
    const QDate day{2026, 3, 2};

    Ledger()
    {
        RoomRepository rooms(db);
        auto a = rooms.add(Room{0, u"资源教室"_s, RoomType::ResourceRoom, 8, u"一楼"_s});
        auto b = rooms.add(Room{0, u"个训室"_s, RoomType::IndividualTraining, 2, u"一楼"_s});
        REQUIRE(a);
        REQUIRE(b);
        resourceRoom = *a;
        individualRoom = *b;
        auto t = StaffRepository(db).add(StaffMember::withRole(u"王老师"_s, StaffRole::SubjectTeacher));
        REQUIRE(t);
        teacher = *t;
    }

    qint64 category(const QString &name)
    {
        auto c = categories.find(name);
        REQUIRE(c);
        return c->id;
    }

    qint64 add(const QString &name, const QString &categoryName, int quantity, qint64 room, qint64 priceCents = 10000)
    {
        LedgerItem item;
        item.name = name;
        item.categoryId = category(categoryName);
        item.roomId = room;
        item.unitPriceCents = priceCents;
        item.unit = u"个"_s;
        auto id = items.add(item, quantity, day, u"李老师"_s);
        INFO((id ? QString() : id.error().message).toStdString());
        REQUIRE(id);
        return *id;
    }

    LedgerItem item(qint64 id)
    {
        auto i = items.byId(id);
        REQUIRE(i);
        return *i;
    }
};

} // namespace

TEST_CASE("the default categories are seeded, editable, and a school adds its own", "[ledger]")
{
    Ledger l;
    auto all = l.categories.all();
    REQUIRE(all);
    QStringList names;
    for (const LedgerCategory &c : *all)
        names << c.name;
    CHECK(names == QStringList{u"康复训练设备"_s, u"感统器材"_s, u"教具"_s, u"学具"_s, u"图书资料"_s, u"评估工具"_s,
                               u"办公设备"_s, u"药品"_s, u"低值易耗品"_s});
    CHECK(l.categories.find(u"药品"_s)->kind == CategoryKind::Medicine);
    CHECK(l.categories.find(u"hc"_s)->kind == CategoryKind::Consumable);

    auto id = l.categories.add(LedgerCategory{0, u"心理沙盘"_s, u"sp"_s, CategoryKind::Equipment, 0});
    REQUIRE(id);
    auto added = l.categories.byId(*id);
    REQUIRE(added);
    CHECK(added->code == u"SP"_s);
    CHECK(added->position == 10);
    CHECK_FALSE(l.categories.add(LedgerCategory{0, u"心理沙盘"_s, u"XX"_s, CategoryKind::Equipment, 0}));
    CHECK_FALSE(l.categories.add(LedgerCategory{0, u"别的"_s, u"K-F"_s, CategoryKind::Equipment, 0}));

    LedgerCategory renamed = *added;
    renamed.name = u"沙盘游戏器材"_s;
    REQUIRE_OK(l.categories.update(renamed));
    CHECK(l.categories.byId(*id)->name == u"沙盘游戏器材"_s);

    l.add(u"沙盘"_s, u"沙盘游戏器材"_s, 1, l.resourceRoom);
    renamed.kind = CategoryKind::Consumable;
    CHECK(l.categories.update(renamed).error().code == ErrorCode::Conflict);
    CHECK(l.categories.remove(*id).error().code == ErrorCode::Conflict);
}

TEST_CASE("ledger numbers are automatic per category, editable and unique", "[ledger]")
{
    Ledger l;
    const qint64 a = l.add(u"平衡板"_s, u"感统器材"_s, 2, l.resourceRoom);
    const qint64 b = l.add(u"滑板车"_s, u"感统器材"_s, 1, l.resourceRoom);
    const qint64 c = l.add(u"拼图"_s, u"教具"_s, 5, l.resourceRoom);
    CHECK(l.item(a).ledgerNo == u"GT-001"_s);
    CHECK(l.item(b).ledgerNo == u"GT-002"_s);
    CHECK(l.item(c).ledgerNo == u"JJ-001"_s);

    LedgerItem edited = l.item(b);
    edited.ledgerNo = u"GT-010"_s;
    REQUIRE_OK(l.items.update(edited));
    CHECK(*l.items.nextLedgerNumber(l.category(u"感统器材"_s)) == u"GT-011"_s);
    edited.ledgerNo = u"GT-001"_s;
    const auto taken = l.items.update(edited);
    REQUIRE_FALSE(taken);
    CHECK(taken.error().code == ErrorCode::Conflict);
    CHECK(taken.error().message.contains(u"GT-001"_s));
    CHECK(l.items.find(u"gt-010"_s)->id == b);
}

TEST_CASE("stock changes only through movements and never goes below zero", "[ledger][stock]")
{
    Ledger l;
    const qint64 paper = l.add(u"A4打印纸"_s, u"低值易耗品"_s, 10, l.resourceRoom, 2500);
    CHECK(l.item(paper).quantity == 10);
    CHECK(l.item(paper).totalCents() == 25000);

    REQUIRE_OK(l.stock.issue(paper, 4, l.day.addDays(1), u"李老师"_s, u"打印训练单"_s));
    REQUIRE_OK(l.stock.receive(paper, 5, l.day.addDays(2), u"李老师"_s, u"采购"_s));
    CHECK(l.item(paper).quantity == 11);

    const auto tooMany = l.stock.issue(paper, 12, l.day.addDays(3), u"李老师"_s, QString());
    REQUIRE_FALSE(tooMany);
    CHECK(tooMany.error().code == ErrorCode::Conflict);
    CHECK(l.item(paper).quantity == 11);
    CHECK_FALSE(l.stock.issue(paper, 0, l.day, u"李老师"_s, QString()));
    CHECK_FALSE(l.stock.issue(paper, 1, l.day, u" "_s, QString()));
    REQUIRE_OK(l.stock.issue(paper, 11, l.day.addDays(3), u"李老师"_s, QString()));
    CHECK(l.item(paper).quantity == 0);

    // Editing the item never touches its stock.
    LedgerItem edited = l.item(paper);
    edited.quantity = 99;
    edited.name = u"A4复印纸"_s;
    REQUIRE_OK(l.items.update(edited));
    CHECK(l.item(paper).quantity == 0);

    // The quantity is the sum of the movements, each kept as it was.
    auto moves = l.stock.forItem(paper);
    REQUIRE(moves);
    QList<int> deltas;
    for (const StockMovement &m : *moves)
        deltas << m.delta;
    CHECK(deltas == QList<int>{10, -4, 5, -11});
    CHECK(moves->at(0).kind == MovementKind::Receive);
    CHECK(moves->at(1).kind == MovementKind::Issue);
    CHECK(moves->at(1).reason == u"打印训练单"_s);

    // Equipment is lent, not issued.
    const qint64 board = l.add(u"平衡板"_s, u"感统器材"_s, 2, l.resourceRoom);
    CHECK(l.stock.issue(board, 1, l.day, u"李老师"_s, QString()).error().code == ErrorCode::Conflict);
}

TEST_CASE("money is kept in fen and parsed as a finance office writes it", "[ledger]")
{
    CHECK(parseYuan(u"12"_s) == 1200);
    CHECK(parseYuan(u"12.5"_s) == 1250);
    CHECK(parseYuan(u"¥1,280.05"_s) == 128005);
    CHECK(parseYuan(u"35元"_s) == 3500);
    CHECK_FALSE(parseYuan(u"-3"_s));
    CHECK_FALSE(parseYuan(u"1.234"_s));
    CHECK_FALSE(parseYuan(u"abc"_s));
    CHECK(formatYuan(128005) == u"1280.05"_s);
    CHECK(formatYuan(128005, true) == u"1,280.05"_s);
    CHECK(formatYuan(5) == u"0.05"_s);
}

TEST_CASE("loans: lent, overdue, returned; a room that forbids lending refuses and quotes its rule", "[ledger][loans]")
{
    Ledger l;
    const qint64 scale = l.add(u"评估量表套装"_s, u"评估工具"_s, 2, l.resourceRoom);
    ItemLoan loan;
    loan.itemId = scale;
    loan.borrowerId = l.teacher;
    loan.lentBy = u"李老师"_s;
    loan.lentOn = l.day;
    loan.dueOn = l.day.addDays(7);
    auto id = l.loans.lend(loan);
    REQUIRE_OK(id);
    CHECK(l.item(scale).onLoan == 1);
    CHECK(l.item(scale).available() == 1);
    auto open = l.loans.list(LoanScope::Open);
    REQUIRE(open);
    REQUIRE(open->size() == 1);
    CHECK(open->at(0).borrowerName == u"王老师"_s);
    CHECK_FALSE(open->at(0).isOverdue(l.day.addDays(7)));
    CHECK(open->at(0).isOverdue(l.day.addDays(8)));

    // Two lent out of two; a third is refused.
    REQUIRE_OK(l.loans.lend(loan));
    CHECK(l.loans.lend(loan).error().code == ErrorCode::Conflict);
    // Stock cannot leave while it is out on loan.
    CHECK(l.item(scale).available() == 0);

    ItemLoan backwards = loan;
    backwards.dueOn = l.day.addDays(-1);
    CHECK(l.loans.lend(backwards).error().code == ErrorCode::InvalidInput);

    CHECK_FALSE(l.loans.giveBack(*id, l.day.addDays(-1), u"李老师"_s));
    REQUIRE_OK(l.loans.giveBack(*id, l.day.addDays(9), u"李老师"_s, u"完好"_s));
    CHECK(l.loans.giveBack(*id, l.day.addDays(9), u"李老师"_s).error().code == ErrorCode::Conflict);
    REQUIRE_OK(l.loans.returnItem(scale, l.day.addDays(10), u"李老师"_s));
    CHECK(l.loans.returnItem(scale, l.day.addDays(10), u"李老师"_s).error().code == ErrorCode::Conflict);
    CHECK(l.item(scale).onLoan == 0);
    auto history = l.loans.forItem(scale);
    REQUIRE(history);
    CHECK(history->size() == 2);
    CHECK(history->at(1).returnedOn == l.day.addDays(9));
    CHECK(history->at(1).returnNote == u"完好"_s);

    // 个训室: 室内所有益智玩具不得带离该室.
    const qint64 toy = l.add(u"益智积木"_s, u"教具"_s, 3, l.individualRoom);
    ItemLoan refused = loan;
    refused.itemId = toy;
    const auto noLending = l.loans.lend(refused);
    REQUIRE_FALSE(noLending);
    CHECK(noLending.error().code == ErrorCode::Conflict);
    CHECK(noLending.error().message.contains(u"不得带离该室"_s));
    CHECK(l.item(toy).onLoan == 0);

    // Not loanable, or not in good condition.
    const qint64 printer = l.add(u"打印机"_s, u"办公设备"_s, 1, l.resourceRoom);
    LedgerItem p = l.item(printer);
    p.loanable = false;
    REQUIRE_OK(l.items.update(p));
    refused.itemId = printer;
    CHECK(l.loans.lend(refused).error().code == ErrorCode::Conflict);
    p.loanable = true;
    p.condition = ItemCondition::NeedsRepair;
    REQUIRE_OK(l.items.update(p));
    CHECK(l.loans.lend(refused).error().code == ErrorCode::Conflict);
}

TEST_CASE("schedules move on by calendar months and years across month and year ends", "[ledger][schedules]")
{
    CHECK(advanceDate(QDate(2026, 1, 31), 1, IntervalUnit::Month) == QDate(2026, 2, 28));
    CHECK(advanceDate(QDate(2028, 1, 31), 1, IntervalUnit::Month) == QDate(2028, 2, 29));
    CHECK(advanceDate(QDate(2026, 11, 30), 3, IntervalUnit::Month) == QDate(2027, 2, 28));
    CHECK(advanceDate(QDate(2026, 12, 15), 1, IntervalUnit::Month) == QDate(2027, 1, 15));
    CHECK(advanceDate(QDate(2028, 2, 29), 1, IntervalUnit::Year) == QDate(2029, 2, 28));
    CHECK(advanceDate(QDate(2026, 12, 28), 2, IntervalUnit::Week) == QDate(2027, 1, 11));
    CHECK(advanceDate(QDate(2026, 12, 31), 1, IntervalUnit::Day) == QDate(2027, 1, 1));
    CHECK(advanceDate(QDate(2026, 4, 30), 6, IntervalUnit::Month) == QDate(2026, 10, 31));

    Ledger l;
    const qint64 swing = l.add(u"悬吊秋千"_s, u"感统器材"_s, 1, l.resourceRoom);
    CareSchedule monthly;
    monthly.itemId = swing;
    monthly.kind = CareKind::Inspection;
    monthly.task = u"检查绳索与挂钩"_s;
    monthly.every = 1;
    monthly.unit = IntervalUnit::Month;
    monthly.startsOn = QDate(2026, 12, 31);
    auto id = l.schedules.add(monthly);
    REQUIRE(id);
    CareSchedule yearly = monthly;
    yearly.kind = CareKind::Maintenance;
    yearly.task = u"更换吊带"_s;
    yearly.unit = IntervalUnit::Year;
    yearly.startsOn = QDate(2027, 8, 31);
    REQUIRE_OK(l.schedules.add(yearly));
    auto both = l.schedules.forItem(swing);
    REQUIRE(both);
    REQUIRE(both->size() == 2);
    CHECK(both->at(0).nextDueOn == QDate(2026, 12, 31));

    ItemEvent check;
    check.itemId = swing;
    check.kind = EventKind::Inspection;
    check.date = QDate(2027, 1, 31);
    check.person = u"李老师"_s;
    check.result = u"完好"_s;
    check.scheduleId = *id;
    REQUIRE_OK(l.events.record(check));
    auto after = l.schedules.forItem(swing);
    REQUIRE(after);
    CHECK(after->at(0).lastDoneOn == QDate(2027, 1, 31));
    CHECK(after->at(0).nextDueOn == QDate(2027, 2, 28));
    check.date = QDate(2027, 2, 28);
    REQUIRE_OK(l.events.record(check));
    CHECK(l.schedules.forItem(swing)->at(0).nextDueOn == QDate(2027, 3, 31));

    CareSchedule bad = monthly;
    bad.every = 0;
    CHECK_FALSE(l.schedules.add(bad));
    bad = monthly;
    bad.task = u"  "_s;
    CHECK_FALSE(l.schedules.add(bad));
}

TEST_CASE("damage with compensation and payment; scrapping only when approved", "[ledger][damage]")
{
    Ledger l;
    const qint64 trampoline = l.add(u"蹦床"_s, u"感统器材"_s, 3, l.resourceRoom, 45000);

    ItemEvent damage;
    damage.itemId = trampoline;
    damage.kind = EventKind::Damage;
    damage.date = l.day;
    damage.person = u"李老师"_s;
    damage.details = u"学生违规使用，弹簧断裂"_s;
    damage.responsible = u"张三家长"_s;
    damage.compensationCents = 12000;
    auto damageId = l.events.record(damage);
    REQUIRE(damageId);
    CHECK(l.item(trampoline).condition == ItemCondition::Damaged);
    auto stored = l.events.byId(*damageId);
    REQUIRE(stored);
    CHECK_FALSE(stored->isPaid());
    CHECK(stored->compensationCents == 12000);
    CHECK_FALSE(l.events.markPaid(*damageId, l.day.addDays(-1)));
    REQUIRE_OK(l.events.markPaid(*damageId, l.day.addDays(3)));
    CHECK(l.events.byId(*damageId)->paidOn == l.day.addDays(3));
    CHECK(l.events.markPaid(*damageId, l.day.addDays(4)).error().code == ErrorCode::Conflict);
    ItemEvent noCause = damage;
    noCause.details.clear();
    CHECK_FALSE(l.events.record(noCause));

    ItemEvent repair;
    repair.itemId = trampoline;
    repair.kind = EventKind::Repair;
    repair.date = l.day.addDays(5);
    repair.person = u"维修公司"_s;
    repair.details = u"更换弹簧"_s;
    repair.costCents = 8000;
    REQUIRE_OK(l.events.record(repair, ItemCondition::Good));
    CHECK(l.item(trampoline).condition == ItemCondition::Good);

    // Scrapping one of three: requested, stock unchanged until approved.
    ItemEvent scrap;
    scrap.itemId = trampoline;
    scrap.kind = EventKind::Scrap;
    scrap.date = l.day.addDays(10);
    scrap.person = u"李老师"_s;
    scrap.details = u"框架变形，无法修复"_s;
    scrap.quantity = 1;
    auto request = l.events.record(scrap);
    REQUIRE(request);
    CHECK(l.item(trampoline).quantity == 3);
    CHECK_FALSE(l.events.approveScrap(*request, QString(), l.day.addDays(11)));
    CHECK_FALSE(l.events.approveScrap(*request, u"赵校长"_s, l.day.addDays(9)));
    REQUIRE_OK(l.events.approveScrap(*request, u"赵校长"_s, l.day.addDays(11)));
    CHECK(l.item(trampoline).quantity == 2);
    CHECK(l.item(trampoline).condition == ItemCondition::Good);
    CHECK(l.events.approveScrap(*request, u"赵校长"_s, l.day.addDays(11)).error().code == ErrorCode::Conflict);

    // The rest scrapped with its approval at once: the item is 报废 and closed.
    scrap.quantity = 3;
    CHECK_FALSE(l.events.record(scrap));
    scrap.quantity = 2;
    scrap.approvedBy = u"赵校长"_s;
    scrap.approvedOn = l.day.addDays(12);
    REQUIRE_OK(l.events.record(scrap));
    CHECK(l.item(trampoline).quantity == 0);
    CHECK(l.item(trampoline).condition == ItemCondition::Scrapped);
    CHECK(l.stock.receive(trampoline, 1, l.day.addDays(13), u"李老师"_s, QString()).error().code == ErrorCode::Conflict);
    LedgerItem revived = l.item(trampoline);
    revived.condition = ItemCondition::Good;
    CHECK(l.items.update(revived).error().code == ErrorCode::Conflict);
    auto scraps = l.events.ofKind(EventKind::Scrap);
    REQUIRE(scraps);
    CHECK(scraps->size() == 2);
    CHECK(scraps->at(0).isApproved());
}

TEST_CASE("a transfer moves the item to another room", "[ledger]")
{
    Ledger l;
    const qint64 board = l.add(u"平衡板"_s, u"感统器材"_s, 1, l.resourceRoom);
    ItemEvent move;
    move.itemId = board;
    move.kind = EventKind::Transfer;
    move.date = l.day;
    move.person = u"李老师"_s;
    move.details = u"个训需要"_s;
    move.toRoomId = l.individualRoom;
    auto id = l.events.record(move);
    REQUIRE(id);
    CHECK(l.item(board).roomId == l.individualRoom);
    CHECK(l.events.byId(*id)->fromRoomId == l.resourceRoom);
    CHECK(l.events.record(move).error().code == ErrorCode::InvalidInput);
}

TEST_CASE("a stocktake lists what should be there, reports the differences and adjusts on confirmation", "[ledger][stocktake]")
{
    Ledger l;
    const qint64 balls = l.add(u"触觉球"_s, u"感统器材"_s, 6, l.resourceRoom);
    const qint64 cards = l.add(u"图卡"_s, u"教具"_s, 2, l.resourceRoom);
    const qint64 gloves = l.add(u"一次性手套"_s, u"低值易耗品"_s, 50, l.resourceRoom, 20);
    const qint64 elsewhere = l.add(u"沙盘"_s, u"教具"_s, 1, l.individualRoom);
    ItemLoan loan;
    loan.itemId = cards;
    loan.borrowerId = l.teacher;
    loan.lentBy = u"李老师"_s;
    loan.lentOn = l.day;
    loan.dueOn = l.day.addDays(3);
    REQUIRE_OK(l.loans.lend(loan));

    auto id = l.stocktakes.start(u"2026年春季学期盘点"_s, l.resourceRoom, l.day.addDays(1), u"李老师"_s);
    REQUIRE(id);
    CHECK(l.stocktakes.start(u"再次盘点"_s, 0, l.day.addDays(1), u"李老师"_s).error().code == ErrorCode::Conflict);
    auto session = l.stocktakes.byId(*id);
    REQUIRE(session);
    REQUIRE(session->lines.size() == 3);
    QHash<qint64, int> expected;
    for (const StocktakeLine &line : session->lines)
        expected.insert(line.itemId, line.expected);
    CHECK(expected.value(balls) == 6);
    CHECK(expected.value(cards) == 1);   // one is out on loan
    CHECK(expected.value(gloves) == 50);
    CHECK_FALSE(expected.contains(elsewhere));

    REQUIRE_OK(l.stocktakes.setCounts(*id, {StocktakeLine{0, balls, {}, {}, {}, 0, 0, 5, QString()},
                                         StocktakeLine{0, cards, {}, {}, {}, 0, 0, 1, QString()},
                                         StocktakeLine{0, gloves, {}, {}, {}, 0, 0, 47, QString()}}));
    session = l.stocktakes.byId(*id);
    auto differences = session->differences();
    REQUIRE(differences.size() == 2);
    CHECK(differences.at(0).difference() + differences.at(1).difference() == -4);
    const auto noReason = l.stocktakes.confirm(*id, l.day.addDays(1), u"李老师"_s);
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().message.contains(u"GT-001"_s));
    CHECK(l.item(balls).quantity == 6);

    REQUIRE_OK(l.stocktakes.setCounts(*id, {StocktakeLine{0, balls, {}, {}, {}, 0, 0, 5, u"遗失"_s},
                                         StocktakeLine{0, gloves, {}, {}, {}, 0, 0, 47, u"领用未登记"_s}}));
    REQUIRE_OK(l.stocktakes.confirm(*id, l.day.addDays(2), u"李老师"_s));
    CHECK(l.item(balls).quantity == 5);
    CHECK(l.item(cards).quantity == 2);
    CHECK(l.item(gloves).quantity == 47);
    auto adjustments = l.stock.forItem(balls);
    REQUIRE(adjustments);
    CHECK(adjustments->last().kind == MovementKind::Adjust);
    CHECK(adjustments->last().reason.contains(u"遗失"_s));
    CHECK(l.stocktakes.byId(*id)->isConfirmed());
    CHECK(l.stocktakes.setCounts(*id, {StocktakeLine{0, balls, {}, {}, {}, 0, 0, 6, u"x"_s}}).error().code
          == ErrorCode::Conflict);
    CHECK(l.stocktakes.remove(*id).error().code == ErrorCode::Conflict);

    // An item not ticked counts as not found.
    auto second = l.stocktakes.start(u"复盘"_s, l.individualRoom, l.day.addDays(3), u"李老师"_s);
    REQUIRE(second);
    auto open = l.stocktakes.byId(*second);
    REQUIRE(open);
    CHECK(open->uncountedLines() == 1);
    CHECK(open->differences().size() == 1);
    REQUIRE_OK(l.stocktakes.remove(*second));
}

TEST_CASE("an item registered by mistake can be removed; one with a history cannot", "[ledger]")
{
    Ledger l;
    const qint64 wrong = l.add(u"错误登记"_s, u"教具"_s, 1, l.resourceRoom);
    REQUIRE_OK(l.items.remove(wrong));
    CHECK(l.items.byId(wrong).error().code == ErrorCode::NotFound);
    const qint64 used = l.add(u"彩笔"_s, u"低值易耗品"_s, 10, l.resourceRoom);
    REQUIRE_OK(l.stock.issue(used, 1, l.day, u"李老师"_s, QString()));
    CHECK(l.items.remove(used).error().code == ErrorCode::Conflict);
    CHECK_FALSE(l.items.setPhoto(used, QByteArray("not a picture")));
    REQUIRE_OK(l.items.setPhoto(used, QByteArray("\x89PNG\r\n\x1A\n....", 12)));
    CHECK(l.item(used).hasPhoto);
}
