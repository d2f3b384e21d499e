// The resource-room screens when the data file cannot be read: each says so
// (the error in its banner, and a count or title that is not "0"), never a
// list that looks empty. Driven offscreen on the demo school with a table
// dropped behind the repositories' back.
#include "DemoFile.h"
#include "TestSupport.h"

#include "calendar/ScreenDate.h"
#include "common/MessageLabel.h"
#include "inspection/InspectionPanel.h"
#include "rooms/RoomRepository.h"
#include "rooms/RoomRuleEditor.h"
#include "rooms/RoomRuleTableModel.h"
#include "rooms/RoomsPanel.h"
#include "shell/Session.h"
#include "timetable/TimetablePanel.h"
#include "training/RecordsPanel.h"
#include "training/SessionListModel.h"
#include "training/TodayPanel.h"
#include "usage/UsagePanel.h"

#include <QGroupBox>
#include <QLabel>
#include <catch2/catch.hpp>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 22);

// With RR_SCREENSHOT_DIR set, the screen is saved as a PNG to look at.
void saveShot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget.resize(1200, 700);
    widget.grab().save(dir + u'/' + name + u".png"_s);
}

Session brokenDemo(const test::DemoFile &demo, const QString &table)
{
    test::dropTable(*demo.db, table);
    return Session{demo.db, std::make_shared<FixedClock>(kToday)};
}

} // namespace

TEST_CASE("records, the usage log and the Today page tell that the records could not be read", "[gui][reads]")
{
    const auto demo = test::openDemoSchool(kToday);
    const Session session = brokenDemo(*demo, u"session_equipment"_s);

    RecordsPanel records(session);
    CHECK(records.message()->isError());
    CHECK_FALSE(records.message()->text().isEmpty());
    CHECK(records.countLabel()->text() == RecordsPanel::tr("The records could not be read."));
    CHECK(records.sessionModel()->rowCount() == 0);
    saveShot(records, u"records-unreadable"_s);

    UsagePanel usage(session);
    CHECK(usage.message()->isError());
    CHECK(usage.countLabel()->text() == UsagePanel::tr("The room usage log could not be read."));

    TodayPanel today(session);
    CHECK(today.message()->isError());
    CHECK(today.sessionBox()->title() == TodayPanel::tr("The sessions of %1 could not be read.").arg(screenDate(kToday)));
}

TEST_CASE("the timetable tells that it could not be read, and claims no coverage", "[gui][reads]")
{
    const auto demo = test::openDemoSchool(kToday);
    const Session session = brokenDemo(*demo, u"timetable_slot_students"_s);
    TimetablePanel timetable(session);
    CHECK(timetable.message()->isError());
    CHECK(timetable.coverageNote()->text() == TimetablePanel::tr("The coverage could not be read."));
    saveShot(timetable, u"timetable-unreadable"_s);
}

TEST_CASE("a room whose rules cannot be read shows no rules as if it had none", "[gui][reads]")
{
    const auto demo = test::openDemoSchool(kToday);
    const Session session = brokenDemo(*demo, u"room_rules"_s);
    RoomsPanel rooms(session);
    RoomRuleEditor *editor = rooms.ruleEditor();
    CHECK(editor->message()->isError());
    // The rooms themselves were read; the selected one's rules were not.
    const auto room = RoomRepository(demo->db).byId(rooms.selectedRoomId());
    REQUIRE(room);
    CHECK(editor->titleLabel()->text() == RoomRuleEditor::tr("The rules of %1 could not be read.").arg(room->name));
    CHECK(editor->model()->rowCount() == 0);
}

TEST_CASE("the saved inspections that cannot be read are said to be so", "[gui][reads]")
{
    const auto demo = test::openDemoSchool(kToday);
    const Session session = brokenDemo(*demo, u"inspection_problems"_s);
    InspectionPanel inspection(session);
    CHECK(inspection.message()->isError());
    CHECK_FALSE(inspection.message()->text().isEmpty());
}
