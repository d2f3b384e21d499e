// The ledger outside its page, driven offscreen: the Today page's alerts
// (an empty school says there are none; the demo lists its overdue loan and
// expired medicine first), the usage view with its period and 只看未使用,
// and equipment picked from the ledger in a training record. Any Qt warning
// during a test fails it.
#include "WarningRecorder.h"
#include "TestSupport.h"

#include "alerts/AlertSources.h"
#include "common/MessageLabel.h"
#include "demo/DemoSchool.h"
#include "ledger/ItemUsage.h"
#include "ledger/LedgerUsageView.h"
#include "pages/OverviewPage.h"
#include "pages/ReminderList.h"
#include "training/EquipmentPickerDialog.h"
#include "training/RecordEditorDialog.h"
#include "training/SessionRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <algorithm>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>

using namespace rr;
using rr::test::WarningRecorder;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 22);

std::shared_ptr<const Clock> testClock() { return std::make_shared<FixedClock>(kToday); }

std::shared_ptr<Database> openDemo(const Clock &clock)
{
    auto path = temporaryDemoSchool(clock);
    INFO((path ? QString() : path.error().message).toStdString());
    REQUIRE(path);
    auto db = Database::open(*path, OpenMode::OpenExisting);
    REQUIRE(db);
    return *db;
}

QStringList listTexts(const ReminderList *list)
{
    const auto *widget = list->findChild<QListWidget *>(u"reminderList"_s);
    REQUIRE(widget);
    QStringList texts;
    for (int row = 0; row < widget->count(); ++row)
        texts << widget->item(row)->text();
    return texts;
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RR_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

} // namespace

TEST_CASE("the Today page of an empty school says there are no alerts", "[gui][alerts]")
{
    WarningRecorder recorder;
    auto temp = test::makeTempDatabase();
    const Session session{temp->db, testClock()};
    OverviewPage overview(session);
    overview.resize(1366, 768);
    overview.show();
    const auto *alerts = overview.findChild<ReminderList *>(u"alerts"_s);
    REQUIRE(alerts);
    CHECK(alerts->count() == 0);
    CHECK(alerts->showsEmptyText());
    CHECK(alerts->emptyText()
          == OverviewPage::tr("No alerts: no loan or maintenance due, no medicine expiring, no stock below its "
                              "reorder level, no family contact or school work overdue."));
    const auto *banner = overview.findChild<MessageLabel *>(u"overviewMessage"_s);
    REQUIRE(banner);
    CHECK_FALSE(banner->isError());
    saveShot(&overview, u"today-empty-alerts"_s);
}

TEST_CASE("the Today page of the demo lists its alerts, overdue first, without the IEP reminders", "[gui][alerts]")
{
    WarningRecorder recorder;
    const auto clock = testClock();
    const auto db = openDemo(*clock);
    const Session session{db, clock};
    OverviewPage overview(session);
    overview.resize(1366, 768);
    overview.show();
    const auto *alerts = overview.findChild<ReminderList *>(u"alerts"_s);
    REQUIRE(alerts);
    const QStringList shown = listTexts(alerts);
    REQUIRE_FALSE(shown.isEmpty());
    CHECK_FALSE(alerts->showsEmptyText());

    // Exactly core's alerts of every area but the IEP one, which the reminders list holds.
    const auto all = collectAlerts(db, *clock);
    REQUIRE(all);
    QStringList expected;
    QStringList iep;
    for (const Alert &a : *all)
        (a.area == u"iep"_s ? iep : expected) << a.text;
    CHECK(shown.size() == expected.size());
    const auto shownWith = [&](const QString &text) {
        return std::any_of(shown.begin(), shown.end(), [&](const QString &line) { return line.endsWith(text); });
    };
    for (const QString &text : expected)
        CHECK(shownWith(text));
    for (const QString &text : iep)
        CHECK_FALSE(shownWith(text));
    // Whose: a family alert names its student.
    bool anyFamily = false;
    for (const Alert &a : *all)
        if (a.area == u"family"_s) {
            anyFamily = true;
            CHECK(std::any_of(shown.begin(), shown.end(),
                              [&](const QString &line) { return line.startsWith(a.subject) && line.endsWith(a.text); }));
        }
    CHECK(anyFamily);

    // The overdue loan of 图片认知卡 and the expired 医用酒精 are listed, among the overdue ones at the top.
    int overdue = 0;
    for (const Alert &a : *all)
        if (a.area != u"iep"_s && a.urgency == AlertUrgency::Overdue)
            ++overdue;
    REQUIRE(overdue >= 2);
    const QStringList top = shown.mid(0, overdue);
    CHECK(std::any_of(top.begin(), top.end(), [](const QString &t) { return t.contains(u"图片认知卡"_s); }));
    CHECK(std::any_of(top.begin(), top.end(), [](const QString &t) { return t.contains(u"医用酒精"_s); }));
    saveShot(&overview, u"today-demo-alerts"_s);
}

TEST_CASE("the usage view lists the items with their sessions, and only the unused on request", "[gui][ledger][usage]")
{
    WarningRecorder recorder;
    const auto clock = testClock();
    const auto db = openDemo(*clock);
    LedgerUsageView view(Session{db, clock});
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(900, 600);
    view.show();

    // This semester by default, up to today.
    REQUIRE(view.isLoaded());
    const auto period = ItemUsageRepository(db).defaultPeriod(*clock);
    REQUIRE(period);
    CHECK(view.fromEdit()->date() == period->from);
    CHECK(view.toEdit()->date() == kToday);

    view.setPeriod(kToday.addDays(-60), kToday);
    const auto usage = ItemUsageRepository(db).usage({{kToday.addDays(-60), kToday, {}}, false, 0});
    REQUIRE(usage);
    REQUIRE(view.model()->rowCount() == usage->size());
    int unused = 0;
    for (int row = 0; row < usage->size(); ++row) {
        const ItemUsage &u = usage->at(row);
        CHECK(view.model()->index(row, LedgerUsageView::LedgerNo).data().toString() == u.item.ledgerNo);
        CHECK(view.model()->index(row, LedgerUsageView::Sessions).data().toInt() == u.sessions);
        CHECK(view.model()->index(row, LedgerUsageView::State).data().toString()
              == (u.isUnused() ? LedgerUsageView::tr("Unused") : LedgerUsageView::tr("Used")));
        unused += u.isUnused() ? 1 : 0;
    }
    REQUIRE(unused > 0);
    CHECK(view.summaryLabel()->text().contains(QString::number(unused)));
    saveShot(&view, u"ledger-usage"_s);

    // 只看未使用, by clicking the box.
    view.unusedOnlyBox()->click();
    REQUIRE(view.model()->rowCount() == unused);
    for (const ItemUsage &u : view.rows())
        CHECK(u.isUnused());
    saveShot(&view, u"ledger-usage-unused"_s);

    // A period typed backwards is refused with its reason, not shown as nothing used.
    view.toEdit()->setDate(kToday.addDays(-90));
    view.fromEdit()->setDate(kToday);
    CHECK_FALSE(view.isLoaded());
    CHECK(view.message()->isError());
    CHECK(view.model()->rowCount() == 0);
    CHECK(view.presetCombo()->currentData().toInt() == int(LedgerUsageView::Preset::Custom));

    // Last 30 days from the preset.
    view.setPreset(LedgerUsageView::Preset::Last30Days);
    CHECK(view.isLoaded());
    CHECK(view.fromEdit()->date() == kToday.addDays(-29));
    CHECK(view.toEdit()->date() == kToday);
}

TEST_CASE("the usage view of an empty school says the ledger has no equipment", "[gui][ledger][usage]")
{
    WarningRecorder recorder;
    auto temp = test::makeTempDatabase();
    LedgerUsageView view(Session{temp->db, testClock()});
    view.show();
    CHECK(view.isLoaded());
    CHECK(view.model()->rowCount() == 0);
    CHECK(view.summaryLabel()->text() == LedgerUsageView::tr("The ledger has no equipment yet."));
}

TEST_CASE("a training record's equipment is picked from the ledger and saved with its item", "[gui][training][usage]")
{
    WarningRecorder recorder;
    const auto clock = testClock();
    const auto db = openDemo(*clock);
    SessionRepository sessions(db, clock);
    const auto drafts = sessions.unsignedUntil(kToday);
    REQUIRE(drafts);
    REQUIRE_FALSE(drafts->isEmpty());
    const TrainingSession draft = drafts->first();

    RecordEditorDialog editor(Session{db, clock}, draft.id);
    editor.show();
    REQUIRE(editor.isLoaded());
    REQUIRE(editor.mode() == RecordEditorDialog::Mode::Draft);
    CHECK_FALSE(editor.isDirty());   // opening links nothing behind the teacher's back
    editor.equipmentEdit()->clear();

    editor.equipmentFromLedgerButton()->click();
    EquipmentPickerDialog *picker = editor.equipmentPicker();
    REQUIRE(picker);
    REQUIRE(picker->isVisible());
    REQUIRE(picker->list()->count() > 10);
    // The training room's items come first.
    const auto choices = equipmentChoices(db, draft.roomId);
    REQUIRE(choices);
    REQUIRE(choices->first().inTrainingRoom);
    CHECK(picker->list()->item(0)->text().contains(choices->first().ledgerNo));
    // Filtering by ledger number leaves that item.
    picker->filterEdit()->setText(choices->first().ledgerNo);
    CHECK(picker->visibleCount() >= 1);
    CHECK(picker->visibleCount() < picker->list()->count());
    REQUIRE(picker->tick(choices->first().itemId));
    const EquipmentChoice other = choices->last();
    REQUIRE(picker->tick(other.itemId));
    picker->accept();

    CHECK(editor.equipmentEdit()->text().contains(choices->first().name));
    CHECK(editor.equipmentEdit()->text().contains(other.name));
    // Free text beside the picked ones.
    editor.equipmentEdit()->setText(editor.equipmentEdit()->text() + u"、自制图卡"_s);
    REQUIRE(editor.saveDraft());
    const auto stored = sessions.byId(draft.id);
    REQUIRE(stored);
    QHash<QString, qint64> byName;
    for (const EquipmentUse &e : stored->equipment)
        byName.insert(e.name, e.itemId);
    CHECK(byName.value(choices->first().name) == choices->first().itemId);
    CHECK(byName.value(other.name) == other.itemId);
    CHECK(byName.contains(u"自制图卡"_s));
    CHECK(byName.value(u"自制图卡"_s) == 0);
    saveShot(&editor, u"training-record-ledger-equipment"_s);
}
