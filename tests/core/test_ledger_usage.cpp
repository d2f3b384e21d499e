// The ledger's usage: training records name the equipment they used as
// ledger items; each item's sessions in a period, the day it was last used,
// and the equipment nobody used, in core and from `ledger usage`; transfers
// to a place inside a room (`ledger transfer --place`).
#include <catch2/catch.hpp>

#include "DemoFile.h"
#include "TestSupport.h"
#include "common/Clock.h"
#include "ledger/ItemEventRepository.h"
#include "ledger/ItemUsage.h"
#include "ledger/LedgerCategoryRepository.h"
#include "ledger/LedgerItemRepository.h"
#include "rooms/RoomRepository.h"
#include "training/LedgerEquipment.h"
#include "training/SessionRepository.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 22);

test::CliRun run(const QStringList &arguments)
{
    const auto result = test::runCli(arguments);
    INFO(QString(arguments.join(u' ') + u"\n"_s + result.out + result.err).toStdString());
    return result;
}

QStringList lines(const QString &out) { return out.split(u'\n', Qt::SkipEmptyParts); }

// Each item's sessions in [from, to] and its last use up to `to`, counted
// from the records themselves as the repository reads them.
struct Count {
    QSet<qint64> sessions;
    QDate last;
};
QHash<qint64, Count> countFromRecords(const std::shared_ptr<Database> &db, const QDate &from, const QDate &to)
{
    const auto sessions = SessionRepository(db).between(QDate(2000, 1, 1), to);
    REQUIRE(sessions);
    QHash<qint64, Count> counts;
    for (const TrainingSession &s : *sessions)
        for (const EquipmentUse &e : s.equipment) {
            if (e.itemId == 0)
                continue;
            Count &c = counts[e.itemId];
            if (s.date >= from)
                c.sessions.insert(s.id);
            if (!c.last.isValid() || s.date > c.last)
                c.last = s.date;
        }
    return counts;
}

} // namespace

TEST_CASE("the demo's training records name ledger items, and usage counts them per period", "[ledger][usage]")
{
    auto demo = test::openDemoSchool(kToday);
    const QDate from = kToday.addDays(-60);
    const auto usage = ItemUsageRepository(demo->db).usage({{from, kToday, {}}, false, 0});
    REQUIRE(usage);
    const QHash<qint64, Count> expected = countFromRecords(demo->db, from, kToday);
    // Plausible: a good part of the equipment is used, some is not.
    int used = 0;
    int unused = 0;
    for (const ItemUsage &u : *usage) {
        INFO(u.item.name.toStdString());
        CHECK(u.sessions == expected.value(u.item.id).sessions.size());
        CHECK(u.lastUsed == expected.value(u.item.id).last);
        CHECK_FALSE(u.item.isScrapped());
        CHECK(u.isUnused() == (u.sessions == 0));
        (u.sessions > 0 ? used : unused) += 1;
    }
    CHECK(used >= 10);
    CHECK(unused >= 10);
    // Most used first.
    for (int i = 1; i < usage->size(); ++i)
        CHECK(usage->at(i - 1).sessions >= usage->at(i).sessions);
    // Every item a record names in the period is listed.
    QSet<qint64> listed;
    for (const ItemUsage &u : *usage)
        listed.insert(u.item.id);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (!it->sessions.isEmpty())
            CHECK(listed.contains(it.key()));

    // The sensory room's records use its own 大龙球, not one elsewhere.
    const auto items = LedgerItemRepository(demo->db).list();
    REQUIRE(items);
    const auto rooms = RoomRepository(demo->db).names();
    REQUIRE(rooms);
    for (const ItemUsage &u : *usage)
        if (u.item.name == u"大龙球"_s)
            CHECK(rooms->value(u.item.roomId) == u"感统训练室"_s);

    // 只看未使用: exactly the unused equipment.
    const auto onlyUnused = ItemUsageRepository(demo->db).usage({{from, kToday, {}}, true, 0});
    REQUIRE(onlyUnused);
    CHECK(onlyUnused->size() == unused);
    for (const ItemUsage &u : *onlyUnused) {
        CHECK(u.sessions == 0);
        CHECK(u.isEquipment);
    }
}

TEST_CASE("usage counts the sessions inside the period and the last use up to its end", "[ledger][usage]")
{
    auto demo = test::openDemoSchool(kToday);
    const auto all = ItemUsageRepository(demo->db).usage({{kToday.addDays(-120), kToday, {}}, false, 0});
    REQUIRE(all);
    REQUIRE_FALSE(all->isEmpty());
    const ItemUsage top = all->first();
    REQUIRE(top.sessions > 0);
    REQUIRE(top.lastUsed.isValid());

    // A period after its last use: no sessions, the last use still shown, and unused.
    const QDate after = top.lastUsed.addDays(1);
    if (after <= kToday) {
        const auto later = ItemUsageRepository(demo->db).usage({{after, kToday, {}}, true, 0});
        REQUIRE(later);
        bool found = false;
        for (const ItemUsage &u : *later)
            if (u.item.id == top.item.id) {
                found = true;
                CHECK(u.sessions == 0);
                CHECK(u.lastUsed == top.lastUsed);
            }
        CHECK(found == top.isEquipment);
    }
    // A period ending the day before its last use does not see it.
    const auto before = ItemUsageRepository(demo->db).usage({{top.lastUsed.addDays(-400), top.lastUsed.addDays(-1), {}}, false, 0});
    REQUIRE(before);
    for (const ItemUsage &u : *before)
        if (u.item.id == top.item.id)
            CHECK(u.lastUsed < top.lastUsed);

    // Periods refused with a reason.
    auto backwards = ItemUsageRepository(demo->db).usage({{kToday, kToday.addDays(-1), {}}, false, 0});
    REQUIRE_FALSE(backwards);
    CHECK(backwards.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(ItemUsageRepository(demo->db).usage({{QDate(), kToday, {}}, false, 0}));
    CHECK_FALSE(ItemUsageRepository(demo->db).usage({{kToday.addYears(-20), kToday, {}}, false, 0}));

    // The default period: the current semester up to today.
    const auto period = ItemUsageRepository(demo->db).defaultPeriod(FixedClock(kToday));
    REQUIRE(period);
    CHECK(period->to == kToday);
    CHECK(period->from < kToday);
    CHECK_FALSE(period->name.isEmpty());
}

TEST_CASE("a record saves the ledger item its equipment was picked as; a missing item is refused", "[ledger][usage][training]")
{
    auto demo = test::openDemoSchool(kToday);
    auto clock = std::make_shared<FixedClock>(kToday);
    SessionRepository sessions(demo->db, clock);
    const auto drafts = sessions.unsignedUntil(kToday);
    REQUIRE(drafts);
    REQUIRE_FALSE(drafts->isEmpty());
    TrainingSession draft = drafts->first();

    const auto choices = equipmentChoices(demo->db, draft.roomId);
    REQUIRE(choices);
    REQUIRE(choices->size() >= 40);
    // The training room's items first, no medicines.
    const auto categories = LedgerCategoryRepository(demo->db).all();
    REQUIRE(categories);
    QSet<qint64> medicineCategories;
    for (const LedgerCategory &c : *categories)
        if (c.kind == CategoryKind::Medicine)
            medicineCategories.insert(c.id);
    const auto items = LedgerItemRepository(demo->db).list();
    REQUIRE(items);
    QHash<qint64, LedgerItem> byId;
    for (const LedgerItem &i : *items)
        byId.insert(i.id, i);
    bool seenOther = false;
    for (const EquipmentChoice &c : *choices) {
        CHECK_FALSE(medicineCategories.contains(byId.value(c.itemId).categoryId));
        CHECK(c.inTrainingRoom == (byId.value(c.itemId).roomId == draft.roomId));
        if (!c.inTrainingRoom)
            seenOther = true;
        else
            CHECK_FALSE(seenOther);
    }

    const EquipmentChoice picked = choices->first();
    draft.equipment = {{picked.itemId, picked.name}, {0, u"自制图卡"_s}};
    const auto usesBefore = LedgerItemRepository(demo->db).byId(picked.itemId);
    REQUIRE(usesBefore);
    REQUIRE(sessions.saveDraft(draft));
    const auto stored = sessions.byId(draft.id);
    REQUIRE(stored);
    REQUIRE(stored->equipment.size() == 2);
    CHECK(stored->equipment.at(0) == EquipmentUse{picked.itemId, picked.name});
    CHECK(stored->equipment.at(1) == EquipmentUse{0, u"自制图卡"_s});
    const auto usesAfter = LedgerItemRepository(demo->db).byId(picked.itemId);
    REQUIRE(usesAfter);
    CHECK(usesAfter->uses >= 1);

    // An item id the ledger does not have: refused, the record as it was.
    TrainingSession wrong = *stored;
    wrong.equipment = {{987654, u"不存在的器材"_s}};
    const auto refused = sessions.saveDraft(wrong);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"不存在的器材"_s));
    const auto unchanged = sessions.byId(draft.id);
    REQUIRE(unchanged);
    CHECK(unchanged->equipment == stored->equipment);
}

TEST_CASE("equipment typed by name links to the ledger item, the training room's first", "[ledger][usage][training]")
{
    const QList<EquipmentChoice> choices{{7, u"沙盘"_s, u"KF-007"_s, u"个训室"_s, true},
                                         {3, u"沙盘"_s, u"KF-003"_s, u"资源教室"_s, false},
                                         {5, u"大龙球"_s, u"GT-005"_s, u"感统训练室"_s, false}};
    // Typed names: exact ledger names link, the room's 沙盘 first; others are free text.
    CHECK(linkEquipment({u"沙盘"_s, u" 大龙球 "_s, u"彩笔"_s, u""_s}, {}, choices)
          == QList<EquipmentUse>{{7, u"沙盘"_s}, {5, u"大龙球"_s}, {0, u"彩笔"_s}});
    // Picked or stored: kept as they are, free text (0) too.
    CHECK(linkEquipment({u"沙盘"_s, u"大龙球"_s}, {{u"沙盘"_s, 3}, {u"大龙球"_s, 0}}, choices)
          == QList<EquipmentUse>{{3, u"沙盘"_s}, {0, u"大龙球"_s}});
}

TEST_CASE("ledger usage prints each item's sessions and last use; --unused the unused ones", "[ledger][usage][cli]")
{
    auto demo = test::openDemoSchool(kToday);
    const QDate from = kToday.addDays(-60);
    const auto usage = ItemUsageRepository(demo->db).usage({{from, kToday, {}}, false, 0});
    REQUIRE(usage);
    const QString db = demo->path;
    demo->db.reset();

    const auto all = run({u"ledger"_s, u"usage"_s, u"--db"_s, db, u"--from"_s, from.toString(Qt::ISODate), u"--to"_s,
                          kToday.toString(Qt::ISODate)});
    REQUIRE(all.exitCode == 0);
    const QStringList printed = lines(all.out);
    REQUIRE(printed.size() == usage->size());
    for (int i = 0; i < printed.size(); ++i) {
        const QStringList fields = printed.at(i).split(u'\t');
        const ItemUsage &u = usage->at(i);
        REQUIRE(fields.size() >= 6);
        CHECK(fields.at(0).toLongLong() == u.item.id);
        CHECK(fields.at(1) == u.item.ledgerNo);
        CHECK(fields.at(2) == u.item.name);
        CHECK(fields.at(4).toInt() == u.sessions);
        CHECK(fields.at(5) == (u.lastUsed.isValid() ? u.lastUsed.toString(Qt::ISODate) : u"从未使用"_s));
        CHECK((fields.size() == 7 && fields.at(6) == u"未使用"_s) == u.isUnused());
    }

    const auto unused = run({u"ledger"_s, u"usage"_s, u"--db"_s, db, u"--from"_s, from.toString(Qt::ISODate), u"--to"_s,
                             kToday.toString(Qt::ISODate), u"--unused"_s});
    REQUIRE(unused.exitCode == 0);
    int expectedUnused = 0;
    for (const ItemUsage &u : *usage)
        expectedUnused += u.isUnused() ? 1 : 0;
    REQUIRE(lines(unused.out).size() == expectedUnused);
    for (const QString &line : lines(unused.out))
        CHECK(line.endsWith(u"\t未使用"_s));

    const auto room = run({u"ledger"_s, u"usage"_s, u"--db"_s, db, u"--from"_s, from.toString(Qt::ISODate), u"--to"_s,
                           kToday.toString(Qt::ISODate), u"--room"_s, u"感统训练室"_s});
    REQUIRE(room.exitCode == 0);
    REQUIRE_FALSE(lines(room.out).isEmpty());
    for (const QString &line : lines(room.out))
        CHECK(line.split(u'\t').at(3) == u"感统训练室"_s);

    const auto badDate = run({u"ledger"_s, u"usage"_s, u"--db"_s, db, u"--from"_s, u"2026-02-30"_s});
    CHECK(badDate.exitCode == 1);
    CHECK(badDate.err.startsWith(u"错误："_s));
    const auto backwards = run({u"ledger"_s, u"usage"_s, u"--db"_s, db, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-10-01"_s});
    CHECK(backwards.exitCode == 1);
    CHECK(backwards.err.startsWith(u"错误："_s));
}

TEST_CASE("ledger transfer --place moves an item within its room or to a place in another", "[ledger][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"school.sqlite"_s);
    REQUIRE(run({u"init"_s, u"--no-protect"_s, u"--db"_s, db, u"--school"_s, u"星光小学"_s, u"--teacher"_s, u"马晓燕"_s, u"--semester"_s,
                 u"2026年秋季学期"_s, u"--from"_s, u"2026-09-01"_s, u"--to"_s, u"2027-01-22"_s})
                .exitCode == 0);
    REQUIRE(run({u"rooms"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"资源教室二"_s, u"--type"_s, u"资源教室"_s}).exitCode == 0);
    REQUIRE(run({u"rooms"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"感统室"_s, u"--type"_s, u"感统训练室"_s}).exitCode == 0);
    REQUIRE(run({u"ledger"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"平衡板"_s, u"--category"_s, u"感统器材"_s,
                 u"--room"_s, u"资源教室二"_s, u"--date"_s, u"2026-09-01"_s})
                .exitCode == 0);
    const auto transfer = [&](const QStringList &rest) {
        return run(QStringList{u"ledger"_s, u"transfer"_s, u"--db"_s, db, u"--item"_s, u"GT-001"_s, u"--date"_s,
                               u"2026-10-01"_s} + rest);
    };
    // The item and its events as the file holds them, read with the file closed again after.
    struct Seen {
        QString room;
        QString place;
        QList<ItemEvent> events;
    };
    const auto seen = [&] {
        auto opened = Database::open(db, OpenMode::OpenExisting);
        REQUIRE(opened);
        const std::shared_ptr<Database> file = *opened;
        const auto item = LedgerItemRepository(file).find(u"GT-001"_s);
        REQUIRE(item);
        const auto rooms = RoomRepository(file).names();
        REQUIRE(rooms);
        const auto events = ItemEventRepository(file).forItem(item->id);
        REQUIRE(events);
        return Seen{rooms->value(item->roomId), item->place, *events};
    };
    // Within the room: to a cupboard.
    REQUIRE(transfer({u"--place"_s, u"东墙柜子A"_s}).exitCode == 0);
    Seen now = seen();
    CHECK(now.room == u"资源教室二"_s);
    CHECK(now.place == u"东墙柜子A"_s);
    // The same place again, the same room without a place, neither: refused.
    const auto again = transfer({u"--place"_s, u"东墙柜子A"_s});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"已"_s));
    CHECK(transfer({u"--room"_s, u"资源教室二"_s}).exitCode == 1);
    CHECK(transfer({}).exitCode == 2);
    // To another room and a place there.
    REQUIRE(transfer({u"--room"_s, u"感统室"_s, u"--place"_s, u"器材架2层"_s}).exitCode == 0);
    now = seen();
    CHECK(now.room == u"感统室"_s);
    CHECK(now.place == u"器材架2层"_s);
    REQUIRE(now.events.size() == 2);
    CHECK(now.events.at(1).fromPlace.isEmpty());
    CHECK(now.events.at(1).toPlace == u"东墙柜子A"_s);
    CHECK(now.events.at(0).fromPlace == u"东墙柜子A"_s);
    CHECK(now.events.at(0).toPlace == u"器材架2层"_s);
    // The history says from where to where.
    const auto history = run({u"ledger"_s, u"history"_s, u"--db"_s, db, u"--item"_s, u"GT-001"_s});
    REQUIRE(history.exitCode == 0);
    CHECK(history.out.contains(u"资源教室二 → 资源教室二 东墙柜子A"_s));
    CHECK(history.out.contains(u"资源教室二 东墙柜子A → 感统室 器材架2层"_s));
}
