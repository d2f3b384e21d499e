// The GUI shell driven offscreen: the main window on the demo school, every
// page, the student roster's masking, the language switch, and the first-run
// dialog. Any Qt warning during a test fails it.
#include "WarningRecorder.h"
#include "TestSupport.h"

#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "common/MessageLabel.h"
#include "common/PageHeader.h"
#include "demo/DemoSchool.h"
#include "firstrun/FirstRunDialog.h"
#include "i18n/Language.h"
#include "pages/ReminderList.h"
#include "print/FormListModel.h"
#include "print/PrintPage.h"
#include "pages/StatCard.h"
#include "school/SettingsRepository.h"
#include "settings/ProfileEditor.h"
#include "settings/SemesterEditor.h"
#include "settings/SemesterListModel.h"
#include "settings/SettingsPage.h"
#include "shell/AboutDialog.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "students/StudentListModel.h"
#include "students/StudentRepository.h"
#include "students/StudentsPage.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTranslator>

using namespace rr;
using rr::test::WarningRecorder;
using namespace Qt::Literals::StringLiterals;

namespace {


std::shared_ptr<const Clock> testClock()
{
    return std::make_shared<FixedClock>(QDate(2026, 3, 16));   // a Monday in the spring semester
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

QString cellText(const QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

} // namespace

TEST_CASE("the main window shows every area of the demo school", "[gui]")
{
    WarningRecorder recorder;
    const auto clock = testClock();
    const auto db = openDemoSchool(*clock);
    const SchoolProfile profile = *SettingsRepository(db).profile();
    REQUIRE(profile.isComplete());

    AppController controller(clock);
    REQUIRE(controller.showDatabase(db));
    MainWindow *window = controller.window();
    REQUIRE(window);
    window->resize(1366, 768);

    SECTION("title and status bar name the school, the semester and the week")
    {
        const QString title = window->windowTitle();
        CHECK(title.contains(profile.schoolName));
        CHECK((title.startsWith(u"资源教室管理系统"_s) || title.startsWith(u"ResourceRoom"_s)));
        const auto *semester = window->findChild<QLabel *>(u"statusSemester"_s);
        REQUIRE(semester);
        CHECK(semester->text().contains(u"春季学期"_s));   // the demo semester's Chinese name
        CHECK(window->findChild<QLabel *>(u"statusFile"_s)->text().contains(u"demo-school.sqlite"_s));
    }

    SECTION("the navigation reaches every page")
    {
        auto *navigation = window->findChild<QListWidget *>(u"navigation"_s);
        auto *pages = window->findChild<QStackedWidget *>(u"pages"_s);
        REQUIRE(navigation);
        REQUIRE(pages);
        const QList<Area> areas = allAreas();
        REQUIRE(navigation->count() == areas.size());
        REQUIRE(pages->count() == areas.size());
        for (int row = 0; row < navigation->count(); ++row) {
            navigation->setCurrentRow(row);
            CHECK(pages->currentIndex() == row);
            CHECK(window->currentArea() == areas.at(row));
            CHECK(navigation->item(row)->text() == areaTitle(areas.at(row)));
            CHECK_FALSE(navigation->item(row)->icon().isNull());
            QWidget *page = pages->currentWidget();
            CHECK(page->objectName() == u"page-"_s + areaKey(areas.at(row)));
            const auto *header = page->findChild<PageHeader *>();
            REQUIRE(header);
            CHECK_FALSE(header->title().isEmpty());
            CHECK_FALSE(page->grab().isNull());   // paints without complaint
        }
        // The navigation's Chinese label, once translated (English until then).
        const QString students = navigation->item(areaIndex(Area::Students))->text();
        CHECK((students == u"学生档案"_s || students == u"Students"_s));
    }

    SECTION("the overview counts the students and lists reminders")
    {
        auto *page = window->page(Area::Overview);
        const auto *students = page->findChild<StatCard *>(u"studentsCard"_s);
        REQUIRE(students);
        CHECK(students->value() == QString::number(*StudentRepository(db).count()));
        const auto *week = page->findChild<StatCard *>(u"weekCard"_s);
        const auto semester = SemesterRepository(db).byId(profile.currentSemesterId);
        REQUIRE(semester);
        CHECK(week->value().contains(QString::number(teachingWeek(*semester, clock->today()))));
        const auto *reminders = page->findChild<ReminderList *>(u"reminders"_s);
        REQUIRE(reminders);
        CHECK(reminders->count() >= 1);   // at least the 1 October report
    }

    SECTION("the roster shows masked ID numbers only")
    {
        window->showArea(Area::Students);
        auto *table = window->page(Area::Students)->findChild<QTableView *>(u"studentTable"_s);
        REQUIRE(table);
        const QAbstractItemModel *model = table->model();
        const QList<StudentSummary> summaries = *StudentRepository(db).summaries();
        REQUIRE(summaries.size() >= 2);
        REQUIRE(model->rowCount() == summaries.size());

        QStringList fullIds;
        for (const StudentSummary &s : summaries) {
            const auto student = StudentRepository(db).byId(s.id);
            REQUIRE(student);
            if (!student->idNumber.isEmpty())
                fullIds.append(student->idNumber);
        }
        REQUIRE_FALSE(fullIds.isEmpty());
        int masked = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString id = cellText(model, row, StudentListModel::IdNumber);
            if (id.contains(u"********"_s))
                ++masked;
            for (int column = 0; column < model->columnCount(); ++column)
                for (const QString &full : std::as_const(fullIds))
                    CHECK_FALSE(cellText(model, row, column).contains(full));
        }
        CHECK(masked == fullIds.size());

        // The search box filters by name.
        auto *search = window->page(Area::Students)->findChild<QLineEdit *>(u"studentSearch"_s);
        REQUIRE(search);
        const QString name = summaries.first().name;
        search->setText(name);
        REQUIRE(model->rowCount() >= 1);
        for (int row = 0; row < model->rowCount(); ++row)
            CHECK(cellText(model, row, StudentListModel::Name).contains(name));
        search->clear();
        CHECK(model->rowCount() == summaries.size());
    }

    SECTION("the language switches and back, rebuilding the window on the same page")
    {
        window->showArea(Area::Students);
        QPointer<MainWindow> old = window;
        QAction *english = window->findChild<QAction *>(u"language-en"_s);
        REQUIRE(english);
        english->trigger();                  // the real path: queued to the controller
        QCoreApplication::processEvents();
        CHECK(old.isNull());
        window = controller.window();
        REQUIRE(window);
        CHECK(savedLanguage() == u"en"_s);
        CHECK(window->currentArea() == Area::Students);
        CHECK(window->windowTitle() == u"ResourceRoom — "_s + profile.schoolName);
        CHECK(window->findChild<QListWidget *>(u"navigation"_s)->item(1)->text() == u"Students"_s);
        CHECK(window->findChild<QAction *>(u"language-en"_s)->isChecked());

        old = window;
        controller.switchLanguage(u"zh_CN"_s);
        CHECK(old.isNull());
        window = controller.window();
        REQUIRE(window);
        CHECK(savedLanguage() == u"zh_CN"_s);
        CHECK(window->currentArea() == Area::Students);
        CHECK(window->findChild<QAction *>(u"language-zh_CN"_s)->isChecked());
        CHECK(window->session().db == db);
    }

    SECTION("the settings page saves the profile in one write")
    {
        auto *page = qobject_cast<SettingsPage *>(window->page(Area::Settings));
        REQUIRE(page);
        int writes = 0;
        QObject::connect(db.get(), &Database::written, page, [&writes] { ++writes; });
        page->profileEditor()->districtEdit()->setText(u"伊宁县"_s);
        page->saveProfile();
        CHECK(writes == 1);
        const SchoolProfile saved = *SettingsRepository(db).profile();
        CHECK(saved.district == u"伊宁县"_s);
        CHECK(saved.teacherName == profile.teacherName);   // the current user, chosen on the staff tab
        CHECK(saved.currentSemesterId == profile.currentSemesterId);
        CHECK(page->semesterModel()->rowCount() == SemesterRepository(db).all()->size());
    }

    SECTION("the printing page lists the forms and exports one as PDF")
    {
        window->showArea(Area::Printing);
        auto *page = qobject_cast<PrintPage *>(window->page(Area::Printing));
        REQUIRE(page);
        REQUIRE(page->formModel()->rowCount() == allForms().size());
        REQUIRE(page->selectForm(u"student-info"_s));
        auto *studentChoice = page->findChild<QComboBox *>(u"studentChoice"_s);
        REQUIRE(studentChoice);
        CHECK(studentChoice->isVisibleTo(page));
        CHECK(studentChoice->count() == *StudentRepository(db).count());
        const StudentSummary first = StudentRepository(db).summaries()->first();
        REQUIRE(page->selectStudent(first.id));

        auto document = page->buildDocument();
        INFO((document ? QString() : document.error().message).toStdString());
        REQUIRE(document);
        CHECK(document->title == findForm(u"student-info"_s)->title);

        QTemporaryDir folder;
        const QString path = folder.filePath(u"form.pdf"_s);
        CHECK(page->exportPdfTo(path));
        QFile pdf(path);
        REQUIRE(pdf.open(QIODevice::ReadOnly));
        CHECK(pdf.read(5) == QByteArray("%PDF-"));
        const auto *message = page->findChild<MessageLabel *>(u"printMessage"_s);
        REQUIRE(message);
        CHECK_FALSE(message->isError());

        // A folder that does not exist: the error is shown on the page.
        CHECK_FALSE(page->exportPdfTo(folder.filePath(u"missing/form.pdf"_s)));
        CHECK(message->isError());
        CHECK_FALSE(message->text().isEmpty());
    }

    CHECK_NO_WARNINGS(recorder);
    saveLanguage(u"zh_CN"_s);
    installTranslations(u"zh_CN"_s);
}

TEST_CASE("the list models pass Qt's model tester", "[gui][model]")
{
    WarningRecorder recorder;
    const auto clock = testClock();
    const auto db = openDemoSchool(*clock);
    const QList<StudentSummary> summaries = *StudentRepository(db).summaries();
    REQUIRE_FALSE(summaries.isEmpty());

    StudentListModel students(clock);
    QAbstractItemModelTester studentTester(&students, QAbstractItemModelTester::FailureReportingMode::Warning);
    students.setStudents(summaries);
    CHECK(students.rowCount() == summaries.size());
    CHECK(students.columnCount() == StudentListModel::ColumnCount);
    const QVariant record = students.data(students.index(0, 0), StudentListModel::RecordRole);
    CHECK(record.value<StudentSummary>() == summaries.first());
    CHECK(students.data(students.index(0, StudentListModel::IdNumber)).toString() == summaries.first().maskedIdNumber);
    students.setStudents({});
    CHECK(students.rowCount() == 0);
    students.setStudents(summaries);

    SemesterListModel semesters;
    QAbstractItemModelTester semesterTester(&semesters, QAbstractItemModelTester::FailureReportingMode::Warning);
    const QList<Semester> all = *SemesterRepository(db).all();
    semesters.setSemesters(all, SettingsRepository(db).profile()->currentSemesterId);
    CHECK(semesters.rowCount() == all.size());
    CHECK(semesters.data(semesters.index(0, 0), SemesterListModel::RecordRole).value<Semester>() == all.first());

    FormListModel forms;
    QAbstractItemModelTester formTester(&forms, QAbstractItemModelTester::FailureReportingMode::Warning);
    forms.setForms(allForms());
    CHECK(forms.rowCount() == allForms().size());
    CHECK(forms.data(forms.index(0, FormListModel::Id)).toString() == allForms().first().id);

    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("the first-run dialog saves the school and its semester in one write", "[gui][firstrun]")
{
    WarningRecorder recorder;
    const auto clock = testClock();
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    int writes = 0;
    FirstRunDialog dialog(Session{temp->db, clock});
    dialog.protectBox()->setChecked(false);   // accounts have their own test (test_accounts_gui)
    QObject::connect(temp->db.get(), &Database::written, &dialog, [&writes] { ++writes; });
    dialog.show();

    const Semester suggested = suggestedSemester(clock->today());
    CHECK(dialog.semesterEditor()->nameEdit()->text() == suggested.name);

    SECTION("a filled-in dialog is saved")
    {
        dialog.profileEditor()->schoolEdit()->setText(u"  星光小学  "_s);
        dialog.profileEditor()->teacherEdit()->setText(u"王老师"_s);
        dialog.profileEditor()->districtEdit()->setText(u"海淀区"_s);
        dialog.semesterEditor()->endEdit()->setDate(QDate(2026, 7, 3));
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();

        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(writes == 1);
        const SchoolProfile saved = *SettingsRepository(temp->db).profile();
        CHECK(saved.isComplete());
        CHECK(saved.schoolName == u"星光小学"_s);
        CHECK(saved.teacherName == u"王老师"_s);
        CHECK(saved.district == u"海淀区"_s);
        const auto semester = SemesterRepository(temp->db).byId(saved.currentSemesterId);
        REQUIRE(semester);
        CHECK(semester->name == suggested.name);
        CHECK(semester->start == suggested.start);
        CHECK(semester->end == QDate(2026, 7, 3));
        CHECK(semester->kind == SemesterKind::Spring);
        CHECK(semester->schoolYear == 2025);
    }

    SECTION("an empty school name is refused with a visible message and nothing written")
    {
        dialog.profileEditor()->schoolEdit()->setText(u"   "_s);
        dialog.profileEditor()->teacherEdit()->setText(u"王老师"_s);
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();

        CHECK(dialog.isVisible());
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.message()->isVisible());
        CHECK(dialog.message()->isError());
        CHECK_FALSE(dialog.message()->text().isEmpty());
        CHECK(writes == 0);
        CHECK_FALSE(SettingsRepository(temp->db).profile()->isComplete());
        CHECK(SemesterRepository(temp->db).all()->isEmpty());
    }

    SECTION("a semester that ends before it starts is refused")
    {
        dialog.profileEditor()->schoolEdit()->setText(u"星光小学"_s);
        dialog.semesterEditor()->endEdit()->setDate(suggested.start.addDays(-1));
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        CHECK(dialog.isVisible());
        CHECK(dialog.message()->isVisible());
        CHECK(writes == 0);
        CHECK(SemesterRepository(temp->db).all()->isEmpty());
    }

    dialog.close();
    CHECK_NO_WARNINGS(recorder);
}

// Not run by default: `test_main_window "[.screenshots]"` saves a PNG of every
// page of the demo school at 1366×768 into $RR_SCREENSHOT_DIR (or the
// current folder), to look at the layout. $RR_SCREENSHOT_QM may name a draft
// .qm file to try translations before they are in translations/.
TEST_CASE("screenshots of every page", "[.screenshots]")
{
    AppController::applyAppearance();
    QTranslator draft;
    if (const QString qm = qEnvironmentVariable("RR_SCREENSHOT_QM"); !qm.isEmpty() && draft.load(qm))
        QCoreApplication::installTranslator(&draft);
    const QString folder = qEnvironmentVariable("RR_SCREENSHOT_DIR", u"."_s);
    const auto clock = testClock();
    const auto db = openDemoSchool(*clock);
    AppController controller(clock);
    REQUIRE(controller.showDatabase(db));
    MainWindow *window = controller.window();
    window->showNormal();
    window->resize(1366, 768);
    for (Area area : allAreas()) {
        window->showArea(area);
        QCoreApplication::processEvents();
        const QString path = u"%1/%2-%3.png"_s.arg(folder).arg(areaIndex(area), 2, 10, QChar(u'0')).arg(areaKey(area));
        CHECK(window->grab().save(path));
    }

    AboutDialog about(window);
    about.show();
    CHECK(about.grab().save(folder + u"/about.png"_s));

    auto empty = test::makeTempDatabase();
    FirstRunDialog firstRun(Session{empty->db, clock});
    firstRun.protectBox()->setChecked(false);   // accounts have their own test (test_accounts_gui)
    firstRun.show();
    firstRun.buttons()->button(QDialogButtonBox::Ok)->click();   // shows the empty-name message
    QCoreApplication::processEvents();
    CHECK(firstRun.grab().save(folder + u"/first-run.png"_s));
}
