// The IEP area (read-only) driven offscreen on the demo school: the student
// list with the status of each IEP, the planted objective whose data call for
// a change of teaching, its progress chart, a student without an IEP, and the
// list models under Qt's model tester. Any Qt warning during a test fails it.
#include "WarningRecorder.h"
#include "TestSupport.h"

#include "common/MessageLabel.h"
#include "demo/DemoIeps.h"
#include "demo/DemoPeople.h"
#include "demo/DemoSchool.h"
#include "iep/IepPage.h"
#include "iep/IepRepository.h"
#include "iep/IepStudentListModel.h"
#include "iep/ObjectiveData.h"
#include "iep/ObjectiveTableModel.h"
#include "iep/ProgressChartWidget.h"
#include "pages/OverviewPage.h"
#include "pages/ReminderList.h"
#include "progress/FourPointRule.h"
#include "school/SettingsRepository.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "students/StudentRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>

using namespace rr;
using rr::test::WarningRecorder;
using namespace Qt::Literals::StringLiterals;

namespace {

std::shared_ptr<const Clock> testClock()
{
    return std::make_shared<FixedClock>(QDate(2026, 11, 22));   // the autumn semester, data half way
}

std::shared_ptr<Database> openDemoSchool(const Clock &clock)
{
    auto path = temporaryDemoSchool(clock);
    INFO((path ? QString() : path.error().message).toStdString());
    REQUIRE(path);
    auto db = Database::open(*path, OpenMode::OpenExisting);
    REQUIRE(db);
    return *db;
}

qint64 studentNamed(const std::shared_ptr<Database> &db, const QString &name)
{
    const auto onRoster = StudentRepository(db).summaries();
    REQUIRE(onRoster);
    for (const StudentSummary &s : *onRoster)
        if (s.name == name)
            return s.id;
    return 0;
}

bool paintedSomething(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}

} // namespace

TEST_CASE("the IEP page shows a student's objectives, decisions and chart", "[gui][iep]")
{
    WarningRecorder recorder;
    const auto clock = testClock();
    const auto db = openDemoSchool(*clock);
    using Mode = QAbstractItemModelTester::FailureReportingMode;

    AppController controller(clock);
    REQUIRE(controller.showDatabase(db));
    MainWindow *window = controller.window();
    REQUIRE(window);
    window->resize(1366, 768);
    window->show();
    window->showArea(Area::Ieps);
    REQUIRE(window->currentArea() == Area::Ieps);
    auto *page = qobject_cast<IepPage *>(window->page(Area::Ieps));
    REQUIRE(page);
    QAbstractItemModelTester studentTester(page->studentModel(), Mode::Warning);
    QAbstractItemModelTester objectiveTester(page->objectiveModel(), Mode::Warning);

    // Every demo student has an IEP this semester.
    const int students = page->studentModel()->rowCount();
    REQUIRE(students == StudentRepository(db).summaries()->size());
    for (int row = 0; row < students; ++row)
        CHECK(page->studentModel()->rows().at(row).status.has_value());

    const qint64 stuck = studentNamed(db, QString::fromUtf16(kDemoStuckStudent));
    REQUIRE(stuck > 0);
    page->selectStudent(stuck);
    CHECK(page->selectedStudentId() == stuck);
    REQUIRE(page->showsIep());
    const ObjectiveTableModel *objectives = page->objectiveModel();
    REQUIRE(objectives->rowCount() > 0);

    int planted = -1;
    for (int row = 0; row < objectives->rowCount(); ++row)
        if (objectives->index(row, ObjectiveTableModel::Objective).data().toString()
                .contains(QString::fromUtf16(kDemoStuckObjective)))
            planted = row;
    REQUIRE(planted >= 0);
    const ObjectiveRow row = objectives->rows().at(planted);   // a copy: a reload replaces the rows
    CHECK(row.objective.id > 0);
    CHECK(objectives->index(planted, ObjectiveTableModel::Points).data().toInt()
          == *ObjectiveDataRepository(db).pointCount(row.objective.id));
    CHECK(row.decision.decision == ProgressDecision::ChangeTeaching);
    CHECK(objectives->index(planted, ObjectiveTableModel::Decision).data().toString()
          == decisionLabel(ProgressDecision::ChangeTeaching));
    // The same decision the core computes from the stored data.
    REQUIRE(row.chart.aim.has_value());
    QList<QDate> phases;
    const auto phaseChanges = ObjectiveDataRepository(db).phaseChanges(row.objective.id);
    REQUIRE(phaseChanges);
    for (const PhaseChange &c : *phaseChanges)
        phases.append(c.date);
    const DecisionResult core = fourPointRule(toDataPoints(*ObjectiveDataRepository(db).points(row.objective.id)),
                                              *row.chart.aim, row.objective.direction, phases);
    CHECK(core == row.decision);

    page->selectObjective(row.objective.id);
    CHECK(page->selectedObjectiveId() == row.objective.id);
    ProgressChartWidget *chart = page->chartWidget();
    REQUIRE(chart->hasChart());
    CHECK(chart->chart()->points.size() == row.points.size());
    const QImage image = chart->grab().toImage();
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() > 100);
    CHECK(image.height() > 100);
    CHECK(paintedSomething(image));

    // A written change reloads the page and keeps the selection.
    Student added;
    added.name = u"无计划学生"_s;
    added.idNumber = makeCitizenId(u"110105"_s, QDate(2017, 6, 1), 246);
    added.grade = 3;
    added.className = u"1班"_s;
    const auto addedId = StudentRepository(db).add(added);
    REQUIRE(addedId);
    CHECK(page->studentModel()->rowCount() == students + 1);
    CHECK(page->selectedStudentId() == stuck);
    CHECK(page->selectedObjectiveId() == row.objective.id);
    CHECK(page->showsIep());

    const QString shot = u"/tmp/iep-page.png"_s;
    CHECK(window->grab().save(shot));

    // A student without an IEP gets a clear line instead of the table.
    page->selectStudent(*addedId);
    CHECK(page->selectedStudentId() == *addedId);
    CHECK_FALSE(page->showsIep());
    CHECK(page->noIepLabel()->isVisible());
    CHECK(page->noIepLabel()->text() == IepPage::tr("No IEP for this semester yet."));
    CHECK(page->objectiveModel()->rowCount() == 0);
    const int addedRow = page->studentModel()->rowOfStudent(*addedId);
    REQUIRE(addedRow >= 0);
    CHECK(page->studentModel()->index(addedRow, IepStudentListModel::Status).data().toString()
          == IepStudentListModel::tr("No IEP"));
    CHECK(window->grab().save(u"/tmp/iep-page-no-iep.png"_s));

    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("a failed read is told on the IEP page and the overview, never shown as empty", "[gui][iep]")
{
    WarningRecorder recorder;
    const auto clock = testClock();
    const auto db = openDemoSchool(*clock);
    const Session session{db, clock};
    // The plans' review dates cannot be read: the plans are unknown, not missing.
    REQUIRE(db->write({u"test"_s, u"damage"_s}, [](Transaction &tx) { return run(tx, u"DROP TABLE iep_review_dates"_s); }));

    IepPage page(session);
    page.resize(1366, 768);
    page.show();
    REQUIRE(page.studentModel()->rowCount() > 0);   // the statuses read fine
    page.selectStudent(studentNamed(db, QString::fromUtf16(kDemoStuckStudent)));
    CHECK_FALSE(page.showsIep());
    CHECK(page.message()->isError());
    CHECK(page.noIepLabel()->text() == IepPage::tr("The IEP could not be read."));
    CHECK_FALSE(page.newIepButton()->isEnabled());   // a second plan for the semester is not offered

    OverviewPage overview(session);
    overview.resize(1366, 768);
    overview.show();
    const auto *banner = overview.findChild<MessageLabel *>(u"overviewMessage"_s);
    REQUIRE(banner);
    CHECK(banner->isError());
    const auto *placeholder = overview.findChild<QLabel *>(u"reminderPlaceholder"_s);
    REQUIRE(placeholder);
    CHECK(placeholder->isVisible());
    CHECK(placeholder->text() == OverviewPage::tr("The IEP reminders could not be read."));
    CHECK(overview.findChild<ReminderList *>(u"reminders"_s)->count() >= 1);   // the reminders that could be read

    // The plans themselves cannot be read: no list of students "without an IEP".
    REQUIRE(db->write({u"test"_s, u"damage"_s},
                      [](Transaction &tx) { return run(tx, u"ALTER TABLE ieps RENAME TO ieps_elsewhere"_s); }));
    CHECK(page.studentModel()->rowCount() == 0);
    CHECK(page.message()->isError());
    bool told = false;
    for (const QLabel *label : page.findChildren<QLabel *>())
        told = told || label->text().contains(IepPage::tr("%1: the IEPs could not be read.").arg(QString()));
    CHECK(told);
    CHECK_NO_WARNINGS(recorder);
}
