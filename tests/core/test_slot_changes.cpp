// The change of one date of a weekly slot as one action (SlotChanges), from
// the timetable dialog and the CLI's `slot change`: a date's change replaces
// the one it had, a refused change keeps the old one, and undo brings the
// meeting back.
#include <catch2/catch.hpp>

#include "DemoFile.h"
#include "TestSupport.h"
#include "storage/Database.h"
#include "timetable/SlotChanges.h"
#include "timetable/TimetableRepository.h"

#include <algorithm>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 22);   // a Sunday

// A meeting of next week, in the weekly pattern (no change yet).
SlotOccurrence nextWeeksMeeting(const std::shared_ptr<Database> &db)
{
    const auto week = TimetableRepository(db).occurrences(kToday.addDays(1), kToday.addDays(5));
    REQUIRE(week);
    for (const SlotOccurrence &o : *week)
        if (!o.changed)
            return o;
    FAIL("the demo has no meeting next week");
    return {};
}

// The meetings of the slot on `date` as the timetable lists them now.
QList<SlotOccurrence> meetingsOn(const std::shared_ptr<Database> &db, qint64 slotId, const QDate &date)
{
    auto day = TimetableRepository(db).occurrences(date, date);
    REQUIRE(day);
    QList<SlotOccurrence> mine;
    for (const SlotOccurrence &o : std::as_const(*day))
        if (o.slotId == slotId)
            mine.append(o);
    return mine;
}

} // namespace

TEST_CASE("a date's change is set in one action, replacing the change it had", "[timetable][changes]")
{
    const auto demo = test::openDemoSchool(kToday);
    const std::shared_ptr<Database> &db = demo->db;
    const SlotOccurrence meeting = nextWeeksMeeting(db);
    SlotChanges changes(db);
    const TimetableRepository timetable(db);

    SlotChange cancel;
    cancel.slotId = meeting.slotId;
    cancel.date = meeting.date;
    cancel.cancelled = true;
    cancel.reason = u"运动会"_s;
    REQUIRE(changes.set(cancel));
    CHECK(meetingsOn(db, meeting.slotId, meeting.date).isEmpty());

    // Moved later the same day: the cancellation goes, the move comes.
    SlotChange later;
    later.slotId = meeting.slotId;
    later.date = meeting.date;
    later.newStart = QTime(17, 30);
    later.newEnd = QTime(18, 10);
    later.reason = u"教研活动"_s;
    auto second = changes.set(later);
    REQUIRE(second);
    const auto ofSlot = timetable.changes(meeting.slotId);
    REQUIRE(ofSlot);
    CHECK(std::count_if(ofSlot->cbegin(), ofSlot->cend(), [&](const SlotChange &c) { return c.date == meeting.date; })
          == 1);
    const auto inForce = timetable.changeOn(meeting.slotId, meeting.date);
    REQUIRE(inForce);
    REQUIRE(*inForce);
    CHECK((*inForce)->id == *second);
    CHECK_FALSE((*inForce)->cancelled);
    const auto moved = meetingsOn(db, meeting.slotId, meeting.date);
    REQUIRE(moved.size() == 1);
    CHECK(moved.first().start == QTime(17, 30));
    CHECK(moved.first().changed);

    // A change that is refused leaves the one in force as it was.
    SlotChange backwards = later;
    backwards.newStart = QTime(18, 30);
    backwards.newEnd = QTime(18, 0);
    const auto refused = changes.set(backwards);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    const auto still = timetable.changeOn(meeting.slotId, meeting.date);
    REQUIRE(still);
    REQUIRE(*still);
    CHECK((*still)->id == *second);

    // Undone: the meeting is back as the slot says; nothing left to undo.
    REQUIRE(changes.undo(meeting.slotId, meeting.date));
    const auto back = meetingsOn(db, meeting.slotId, meeting.date);
    REQUIRE(back.size() == 1);
    CHECK(back.first().start == meeting.start);
    CHECK_FALSE(back.first().changed);
    const auto again = changes.undo(meeting.slotId, meeting.date);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::NotFound);
}

TEST_CASE("slot change cancels, moves, replaces and undoes a date from the command line", "[timetable][changes][cli]")
{
    QString path;
    qint64 slotId = 0;
    QDate date;
    QTime start;
    const auto demo = test::openDemoSchool(kToday);
    {
        const SlotOccurrence meeting = nextWeeksMeeting(demo->db);
        slotId = meeting.slotId;
        date = meeting.date;
        start = meeting.start;
        path = demo->path;
        demo->db.reset();   // the CLI takes the writer lock
    }
    const QStringList target{u"slot"_s, u"change"_s, u"--db"_s, path, u"--slot"_s, QString::number(slotId), u"--date"_s,
                             date.toString(Qt::ISODate)};

    // Neither a cancellation nor a move, or both: bad usage.
    CHECK(test::runCli(target).exitCode == 2);
    CHECK(test::runCli(target + QStringList{u"--cancel"_s, u"--start"_s, u"17:30"_s}).exitCode == 2);
    CHECK(test::runCli(target + QStringList{u"--start"_s, u"half past five"_s}).exitCode == 2);

    const auto cancelled = test::runCli(target + QStringList{u"--cancel"_s, u"--reason"_s, u"运动会"_s});
    CHECK(cancelled.exitCode == 0);
    CHECK(cancelled.err.isEmpty());

    const auto moved = test::runCli(target + QStringList{u"--start"_s, u"17:30"_s, u"--end"_s, u"18:10"_s});
    CHECK(moved.exitCode == 0);

    // A refusal is one line on stderr and exit 1; the move stays.
    const auto refused = test::runCli(target + QStringList{u"--start"_s, u"18:30"_s, u"--end"_s, u"18:00"_s});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.startsWith(u"错误："_s));

    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db);
    {
        const auto inForce = TimetableRepository(*db).changeOn(slotId, date);
        REQUIRE(inForce);
        REQUIRE(*inForce);
        CHECK_FALSE((*inForce)->cancelled);
        CHECK((*inForce)->newStart == QTime(17, 30));
        const auto day = meetingsOn(*db, slotId, date);
        REQUIRE(day.size() == 1);
        CHECK(day.first().start == QTime(17, 30));
    }
    db->reset();

    CHECK(test::runCli(target + QStringList{u"--undo"_s}).exitCode == 0);
    const auto nothing = test::runCli(target + QStringList{u"--undo"_s});
    CHECK(nothing.exitCode == 1);
    CHECK(nothing.err.startsWith(u"错误："_s));

    db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db);
    const auto day = meetingsOn(*db, slotId, date);
    REQUIRE(day.size() == 1);
    CHECK(day.first().start == start);
}
