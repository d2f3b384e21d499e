#include <catch2/catch.hpp>

#include "DemoFile.h"
#include "TestSupport.h"
#include "alerts/AlertSources.h"
#include "alerts/LedgerAlertSource.h"
#include "common/Clock.h"
#include "ledger/CareScheduleRepository.h"
#include "ledger/LedgerCategoryRepository.h"
#include "ledger/LedgerItemRepository.h"
#include "ledger/LoanRepository.h"
#include "ledger/StockRepository.h"
#include "ledger/StocktakeRepository.h"
#include "rooms/RoomRepository.h"
#include "staff/StaffRepository.h"

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 addItem(const std::shared_ptr<Database> &db, const QString &name, const QString &category, int quantity,
               qint64 room, const QDate &expiry = {}, int reorder = 0)
{
    LedgerItem item;
    item.name = name;
    item.categoryId = LedgerCategoryRepository(db).find(category)->id;
    item.roomId = room;
    item.expiryDate = expiry;
    item.batch = expiry.isValid() ? u"B2026"_s : QString();
    item.reorderLevel = reorder;
    auto id = LedgerItemRepository(db).add(item, quantity, QDate(2026, 9, 1), u"李老师"_s);
    REQUIRE(id);
    return *id;
}

QStringList kindsFor(const QList<Alert> &alerts, const QString &subjectPart)
{
    QStringList kinds;
    for (const Alert &a : alerts)
        if (a.subject.contains(subjectPart))
            kinds << a.kind;
    return kinds;
}

} // namespace

TEST_CASE("ledger alerts: care due, loans due soon or overdue, medicines expiring, stock below reorder", "[ledger][alerts]")
{
    auto temp = test::makeTempDatabase();
    auto db = temp->db;
    const QDate today(2026, 11, 17);
    const FixedClock clock(today);
    auto room = RoomRepository(db).add(Room{0, u"资源教室"_s, RoomType::ResourceRoom, 8, QString()});
    REQUIRE(room);
    auto teacher = StaffRepository(db).add(StaffMember::withRole(u"王老师"_s, StaffRole::SubjectTeacher));
    REQUIRE(teacher);

    const qint64 swing = addItem(db, u"悬吊秋千"_s, u"感统器材"_s, 1, *room);
    const qint64 mat = addItem(db, u"软垫"_s, u"感统器材"_s, 4, *room);
    CareScheduleRepository schedules(db);
    REQUIRE(schedules.add(CareSchedule{0, swing, CareKind::Inspection, u"检查挂钩"_s, 1, IntervalUnit::Month,
                                       QDate(2026, 11, 10), {}, {}}));
    REQUIRE(schedules.add(CareSchedule{0, mat, CareKind::Maintenance, u"清洁消毒"_s, 1, IntervalUnit::Month,
                                       QDate(2026, 11, 20), {}, {}}));
    REQUIRE(schedules.add(CareSchedule{0, mat, CareKind::Inspection, u"年检"_s, 1, IntervalUnit::Year,
                                       QDate(2027, 3, 1), {}, {}}));

    const qint64 cards = addItem(db, u"图卡"_s, u"教具"_s, 3, *room);
    const qint64 puzzle = addItem(db, u"拼图"_s, u"教具"_s, 3, *room);
    const qint64 blocks = addItem(db, u"积木"_s, u"教具"_s, 3, *room);
    LoanRepository loans(db);
    auto lend = [&](qint64 item, const QDate &due) {
        ItemLoan loan;
        loan.itemId = item;
        loan.borrowerId = *teacher;
        loan.lentBy = u"李老师"_s;
        loan.lentOn = QDate(2026, 11, 1);
        loan.dueOn = due;
        REQUIRE(loans.lend(loan));
    };
    lend(cards, QDate(2026, 11, 12));    // overdue
    lend(puzzle, QDate(2026, 11, 19));   // within the reminder days
    lend(blocks, QDate(2026, 12, 1));    // not yet

    addItem(db, u"碘伏"_s, u"药品"_s, 2, *room, QDate(2026, 11, 1));
    addItem(db, u"创可贴"_s, u"药品"_s, 2, *room, QDate(2026, 12, 10));
    addItem(db, u"棉签"_s, u"药品"_s, 2, *room, QDate(2027, 6, 1));
    const qint64 gloves = addItem(db, u"一次性手套"_s, u"低值易耗品"_s, 20, *room, {}, 10);
    addItem(db, u"彩纸"_s, u"低值易耗品"_s, 20, *room, {}, 10);
    REQUIRE(StockRepository(db).issue(gloves, 15, QDate(2026, 11, 2), u"李老师"_s, u"训练"_s));

    auto alerts = LedgerAlertSource().alerts(db, clock);
    REQUIRE(alerts);
    CHECK(kindsFor(*alerts, u"悬吊秋千"_s) == QStringList{u"inspection-due"_s});
    CHECK(kindsFor(*alerts, u"软垫"_s) == QStringList{u"maintenance-due"_s});
    CHECK(kindsFor(*alerts, u"图卡"_s) == QStringList{u"loan-overdue"_s});
    CHECK(kindsFor(*alerts, u"拼图"_s) == QStringList{u"loan-due"_s});
    CHECK(kindsFor(*alerts, u"积木"_s).isEmpty());
    CHECK(kindsFor(*alerts, u"碘伏"_s) == QStringList{u"medicine-expired"_s});
    CHECK(kindsFor(*alerts, u"创可贴"_s) == QStringList{u"medicine-expiring"_s});
    CHECK(kindsFor(*alerts, u"棉签"_s).isEmpty());
    CHECK(kindsFor(*alerts, u"一次性手套"_s) == QStringList{u"stock-low"_s});
    CHECK(kindsFor(*alerts, u"彩纸"_s).isEmpty());
    CHECK(alerts->size() == 7);
    for (const Alert &a : *alerts) {
        CHECK(a.area == u"ledger"_s);
        CHECK_FALSE(a.text.isEmpty());
        if (a.kind == u"loan-overdue"_s || a.kind == u"medicine-expired"_s || a.kind == u"inspection-due"_s)
            CHECK(a.urgency == AlertUrgency::Overdue);
    }

    // They reach the common list (Today page, `alerts`).
    auto all = collectAlerts(db, clock);
    REQUIRE(all);
    CHECK(std::count_if(all->begin(), all->end(), [](const Alert &a) { return a.area == u"ledger"_s; }) == 7);

    // The overdue loan comes back: its alert goes.
    REQUIRE(loans.returnItem(cards, today, u"李老师"_s));
    CHECK(kindsFor(*LedgerAlertSource().alerts(db, clock), u"图卡"_s).isEmpty());
}

TEST_CASE("ledger alerts fail when the ledger cannot be read", "[ledger][alerts]")
{
    auto temp = test::makeTempDatabase();
    test::dropTable(*temp->db, u"ledger_loans"_s);
    CHECK_FALSE(LedgerAlertSource().alerts(temp->db, FixedClock(QDate(2026, 11, 17))));
}

TEST_CASE("the demo school's ledger: about 80 items, an expired medicine, an overdue loan and maintenance, a stocktake with one difference",
          "[ledger][demo]")
{
    const QDate today(2026, 11, 17);
    auto demo = test::openDemoSchool(today);
    auto items = LedgerItemRepository(demo->db).list();
    REQUIRE(items);
    CHECK(items->size() >= 75);
    CHECK(items->size() <= 90);
    auto alerts = LedgerAlertSource().alerts(demo->db, FixedClock(today));
    REQUIRE(alerts);
    QStringList kinds;
    for (const Alert &a : *alerts)
        kinds << a.kind;
    CHECK(kinds.count(u"medicine-expired"_s) == 1);
    CHECK(kinds.count(u"medicine-expiring"_s) == 1);
    CHECK(kinds.count(u"loan-overdue"_s) == 1);
    CHECK(kinds.count(u"loan-due"_s) == 1);
    CHECK(kinds.count(u"maintenance-due"_s) == 1);
    CHECK(kinds.contains(u"stock-low"_s));
    auto stocktakes = StocktakeRepository(demo->db).all();
    REQUIRE(stocktakes);
    REQUIRE(stocktakes->size() == 1);
    auto finished = StocktakeRepository(demo->db).byId(stocktakes->at(0).id);
    REQUIRE(finished);
    CHECK(finished->isConfirmed());
    REQUIRE(finished->differences().size() == 1);
    CHECK(finished->differences().at(0).difference() == -1);
}
