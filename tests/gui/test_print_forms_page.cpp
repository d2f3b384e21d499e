// The printing page with the resource-room forms: each form shows the
// choices it needs (room, period, record, teaching week, saved inspection)
// and builds from them; the page's widgets are driven as a teacher would.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "WarningRecorder.h"
#include "calendar/SemesterRepository.h"
#include "demo/DemoSchool.h"
#include "inspection/InspectionRepository.h"
#include "inspection/Inspector.h"
#include "print/FormListModel.h"
#include "print/PrintPage.h"
#include "rooms/RoomRepository.h"
#include "school/SettingsRepository.h"
#include "students/StudentRepository.h"
#include "training/SessionRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFile>
#include <QTemporaryDir>

using namespace rr;
using namespace rr::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 22);

bool shown(const PrintPage &page, const QString &name)
{
    const QWidget *widget = page.findChild<QWidget *>(name);
    REQUIRE(widget);
    return widget->isVisibleTo(&page);
}

// Saves what the page shows when RR_SCREENSHOT_DIR is set, to look at.
void shoot(PrintPage &page, const QString &name)
{
    const QString dir = qEnvironmentVariable("RR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();   // the layout of the rows just shown or hidden
    CHECK(page.grab().save(dir + u"/print-"_s + name + u".png"_s));
}

QStringList visibleChoices(const PrintPage &page)
{
    QStringList names;
    for (const QString &name : {u"studentChoice"_s, u"semesterChoice"_s, u"weekChoice"_s, u"roomChoice"_s,
                                u"inspectionChoice"_s, u"periodFrom"_s, u"periodTo"_s, u"sessionChoice"_s})
        if (shown(page, name))
            names << name;
    return names;
}

} // namespace

TEST_CASE("every resource-room form can be chosen, told what it needs and printed", "[gui][print]")
{
    WarningRecorder recorder;
    const auto clock = std::make_shared<FixedClock>(kToday);
    auto path = temporaryDemoSchool(*clock);
    REQUIRE(path);
    auto opened = Database::open(*path, OpenMode::OpenExisting);
    REQUIRE(opened);
    const std::shared_ptr<Database> db = *opened;
    const auto semester = SemesterRepository(db).byId(SettingsRepository(db).profile()->currentSemesterId);
    REQUIRE(semester);

    PrintPage page(Session{db, clock});
    page.resize(1100, 700);
    page.show();
    QAbstractItemModelTester tester(page.formModel(), QAbstractItemModelTester::FailureReportingMode::Warning);

    SECTION("the rules poster needs a room")
    {
        REQUIRE(page.selectForm(u"room-rules"_s));
        CHECK(visibleChoices(page) == QStringList{u"roomChoice"_s});
        auto *rooms = page.findChild<QComboBox *>(u"roomChoice"_s);
        CHECK(rooms->count() == RoomRepository(db).all()->size());
        const auto sensory = RoomRepository(db).find(u"感统训练室"_s);
        REQUIRE(sensory);
        REQUIRE(page.selectRoom(sensory->id));
        QTemporaryDir folder;
        const QString pdf = folder.filePath(u"poster.pdf"_s);
        REQUIRE(page.exportPdfTo(pdf));
        CHECK(QFile::exists(pdf));
    }

    SECTION("the usage register: a room and a period, the semester so far by default")
    {
        REQUIRE(page.selectForm(u"room-usage"_s));
        CHECK(visibleChoices(page) == (QStringList{u"roomChoice"_s, u"periodFrom"_s, u"periodTo"_s}));
        CHECK(page.findChild<QDateEdit *>(u"periodFrom"_s)->date() == semester->start);
        CHECK(page.findChild<QDateEdit *>(u"periodTo"_s)->date() == kToday);
        auto document = page.buildDocument();
        REQUIRE(document);
        CHECK(document->header.last().value == u"2026年9月1日至2026年11月22日"_s);
        page.setPeriod(QDate(2026, 11, 30), QDate(2026, 11, 1));
        CHECK_FALSE(page.buildDocument());
    }

    SECTION("training records: a student's month, or one record of it")
    {
        REQUIRE(page.selectForm(u"training-record"_s));
        CHECK(visibleChoices(page) == (QStringList{u"studentChoice"_s, u"periodFrom"_s, u"periodTo"_s, u"sessionChoice"_s}));
        CHECK(page.findChild<QDateEdit *>(u"periodFrom"_s)->date() == QDate(2026, 11, 1));
        auto zhang = StudentRepository(db).find(u"张小明"_s);
        REQUIRE(zhang);
        REQUIRE(page.selectStudent(zhang->id));
        const QList<TrainingSession> sessions =
            SessionRepository(db, clock).forStudent(zhang->id, QDate(2026, 11, 1), kToday).value();
        REQUIRE_FALSE(sessions.isEmpty());
        auto *records = page.findChild<QComboBox *>(u"sessionChoice"_s);
        CHECK(records->count() == sessions.size() + 1);
        auto month = page.buildDocument();
        REQUIRE(month);
        CHECK(month->subtitle.startsWith(u"张小明"_s));

        // The latest record is listed first, after "all of them".
        CHECK(records->itemData(1).toLongLong() == sessions.last().id);
        REQUIRE(page.selectSession(sessions.last().id));
        shoot(page, u"training-record"_s);
        auto one = page.buildDocument();
        REQUIRE(one);
        CHECK(one->subtitle.isEmpty());
        CHECK(one->runningHead.contains(u"2026年11月"_s));
    }

    SECTION("the timetable: the semester or one of its weeks")
    {
        REQUIRE(page.selectForm(u"timetable"_s));
        CHECK(visibleChoices(page) == (QStringList{u"semesterChoice"_s, u"weekChoice"_s}));
        REQUIRE(page.selectSemester(semester->id));
        auto *weeks = page.findChild<QComboBox *>(u"weekChoice"_s);
        CHECK(weeks->count() == 22);   // the whole semester and its 21 weeks
        auto whole = page.buildDocument();
        REQUIRE(whole);
        CHECK(whole->orientation == PageOrientation::Landscape);
        CHECK(whole->header.last().value.startsWith(u"全学期"_s));
        REQUIRE(page.selectWeek(6));
        auto week = page.buildDocument();
        REQUIRE(week);
        CHECK(week->header.last().value.startsWith(u"第6周"_s));
    }

    SECTION("the inspection feedback: the period now, or a saved inspection")
    {
        REQUIRE(page.selectForm(u"inspection"_s));
        CHECK(visibleChoices(page) == (QStringList{u"inspectionChoice"_s, u"periodFrom"_s, u"periodTo"_s}));
        auto now = page.buildDocument();
        REQUIRE(now);
        CHECK(now->title == u"个别化训练记录检查反馈表"_s);

        auto result = Inspector(db, clock).run(semester->start, kToday, u"何志强"_s);
        REQUIRE(result);
        auto saved = InspectionRepository(db).save(*result);
        REQUIRE(saved);
        auto *inspections = page.findChild<QComboBox *>(u"inspectionChoice"_s);
        CHECK(inspections->count() == 2);   // refreshed on the write
        REQUIRE(page.selectInspection(*saved));
        CHECK(visibleChoices(page) == QStringList{u"inspectionChoice"_s});
        shoot(page, u"inspection"_s);
        auto kept = page.buildDocument();
        REQUIRE(kept);
        CHECK(kept->header.last().value == u"2026年11月22日"_s);
    }

    CHECK_NO_WARNINGS(recorder);
}
