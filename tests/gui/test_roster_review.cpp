// The roster import as a new resource teacher meets it: an EMPTY data file
// through the first-run dialog, the held-out roster with warnings and
// errors, one cell corrected in the preview, the import, and the flagged
// students in the 待核对 list; and a second copy of the program that finds
// the file in use and opens it read-only.
#include "WarningRecorder.h"
#include "TestSupport.h"

#include "common/MessageLabel.h"
#include "demo/DemoSchool.h"
#include "firstrun/FirstRunDialog.h"
#include "school/SettingsRepository.h"
#include "settings/ProfileEditor.h"
#include "shell/AppController.h"
#include "shell/AppOptions.h"
#include "shell/MainWindow.h"
#include "storage/DataFileLock.h"
#include "students/ImportDialog.h"
#include "students/ImportPreviewModel.h"
#include "students/ReviewFlagRepository.h"
#include "students/ReviewListModel.h"
#include "students/ReviewPanel.h"
#include "students/StudentDetailPage.h"
#include "students/StudentRepository.h"
#include "students/StudentsPage.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QAbstractItemModelTester>
#include <algorithm>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rr;
using rr::test::WarningRecorder;
using namespace Qt::Literals::StringLiterals;

namespace {

std::shared_ptr<const Clock> testClock()
{
    return std::make_shared<FixedClock>(QDate(2026, 9, 7));
}

template <typename T>
T *visibleTopLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    return nullptr;
}

// The proxy row of the preview that shows file line `line`.
int viewRowOfLine(QTableView *view, int line)
{
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, ImportPreviewModel::Line).data().toInt() == line)
            return r;
    return -1;
}

ImportRowStatus statusOfLine(ImportDialog *dialog, int line)
{
    for (const ImportRow &row : dialog->preview().rows)
        if (row.line == line)
            return row.status;
    return ImportRowStatus::Duplicate;
}

QString fixedIdNumber()
{
    QFile file(test::testDataPath(u"roster_heldout_fixed_id.txt"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed() : QString();
}

} // namespace

TEST_CASE("from an empty school: the import warns and errs, a corrected cell imports, the flagged are listed to check",
          "[gui][students][import][review]")
{
    WarningRecorder recorder;
    if (qEnvironmentVariableIsSet("RR_SCREENSHOT_DIR"))
        AppController::applyAppearance();
    const auto clock = testClock();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"school.sqlite"_s);
    AppController controller(clock);

    // The first-run dialog is modal: filled in once it shows.
    bool firstRunShown = false;
    QTimer::singleShot(0, [&] {
        auto *setup = visibleTopLevel<FirstRunDialog>();
        if (!setup)
            return;
        firstRunShown = true;
        setup->protectBox()->setChecked(false);
        setup->profileEditor()->schoolEdit()->setText(u"星光小学"_s);
        setup->profileEditor()->teacherEdit()->setText(u"刘老师"_s);
        setup->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    auto opened = controller.openForWriting(path, OpenMode::CreateIfMissing);
    REQUIRE(opened);
    const std::shared_ptr<Database> db = *opened;
    CHECK(db->holdsWriterLock());
    REQUIRE(controller.showDatabase(db, Area::Students));
    CHECK(firstRunShown);
    CHECK(*StudentRepository(db).count() == 0);
    MainWindow *window = controller.window();
    REQUIRE(window);
    CHECK_FALSE(window->windowTitle().contains(u"只读"_s));
    auto *page = qobject_cast<StudentsPage *>(window->page(Area::Students));
    REQUIRE(page);
    QAbstractItemModelTester reviewTester(page->reviewPanel()->model(), QAbstractItemModelTester::FailureReportingMode::Warning);

    // The import dialog, opened from the page's button, driven while modal.
    struct Seen {
        bool dialog = false;
        int rows = 0, ready = 0, flagged = 0, invalid = 0;
        QString summary, row1Problems, row6Problems;
        QVariant flaggedColour, invalidColour, flaggedIcon;
        ImportRowStatus row6Before = ImportRowStatus::Ready, row6After = ImportRowStatus::Invalid;
        int readyAfter = 0;
        bool editorFound = false, imported = false, dialogStillOpen = false;
        QString message;
    } seen;
    const QString fixedId = fixedIdNumber();
    REQUIRE(fixedId.size() == 18);
    QTimer::singleShot(0, [&] {
        auto *dialog = visibleTopLevel<ImportDialog>();
        if (!dialog)
            return;
        seen.dialog = true;
        dialog->resize(1366, 768);
        if (!dialog->loadFile(test::testDataPath(u"roster_heldout.xlsx"_s)))
            return;
        QCoreApplication::processEvents();
        const ImportPreview &p = dialog->preview();
        seen.rows = int(p.rows.size());
        seen.ready = p.readyCount();
        seen.flagged = p.countOf(ImportRowStatus::Flagged);
        seen.invalid = p.countOf(ImportRowStatus::Invalid);
        seen.summary = dialog->summary()->text();
        QTableView *view = dialog->previewView();
        const int line1 = p.rows.at(0).line;
        const int line6 = p.rows.at(5).line;
        seen.row1Problems = view->model()->index(viewRowOfLine(view, line1), ImportPreviewModel::Problems).data().toString();
        seen.row6Problems = view->model()->index(viewRowOfLine(view, line6), ImportPreviewModel::Problems).data().toString();
        seen.flaggedColour = view->model()->index(viewRowOfLine(view, line1), ImportPreviewModel::Status).data(Qt::BackgroundRole);
        seen.invalidColour = view->model()->index(viewRowOfLine(view, line6), ImportPreviewModel::Status).data(Qt::BackgroundRole);
        seen.flaggedIcon = view->model()->index(viewRowOfLine(view, line1), ImportPreviewModel::Status).data(Qt::DecorationRole);
        seen.row6Before = statusOfLine(dialog, line6);
        const QString folder = qEnvironmentVariable("RR_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            dialog->grab().save(folder + u"/import-preview-warnings.png"_s);

        // Row 6's ID number corrected in its cell, through the editor.
        const int idColumn = int(p.mapping.indexOf(RosterField::IdNumber));
        const QModelIndex cell = view->model()->index(viewRowOfLine(view, line6), ImportPreviewModel::FirstCell + idColumn);
        view->setCurrentIndex(cell);
        view->edit(cell);
        QLineEdit *editor = nullptr;
        for (QLineEdit *e : view->viewport()->findChildren<QLineEdit *>())
            if (e->isVisible())
                editor = e;
        seen.editorFound = editor != nullptr;
        if (!editor)
            return;
        editor->setText(fixedId);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits queued, and the row is checked again queued.
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        seen.dialogStillOpen = dialog->isVisible();
        seen.row6After = statusOfLine(dialog, line6);
        seen.readyAfter = dialog->preview().readyCount();
        seen.imported = dialog->importReady();
        seen.message = dialog->message()->text();
        dialog->reject();
    });
    page->findChild<QPushButton *>(u"importRoster"_s)->click();
    QCoreApplication::processEvents();   // the import's `written`, sent from its worker thread
    QCoreApplication::processEvents();

    REQUIRE(seen.dialog);
    CHECK(seen.rows == 7);
    CHECK(seen.ready == 5);
    CHECK(seen.flagged == 2);
    CHECK(seen.invalid == 2);
    INFO(seen.summary.toStdString());
    CHECK(seen.summary.contains(u"3 处警告"_s));
    CHECK(seen.summary.contains(u"2 处错误"_s));
    CHECK(seen.row1Problems.startsWith(u"待核对："_s));
    CHECK(seen.row6Problems.startsWith(u"错误："_s));
    CHECK(seen.flaggedColour != seen.invalidColour);
    CHECK(seen.flaggedIcon.isValid());
    CHECK(seen.row6Before == ImportRowStatus::Invalid);
    CHECK(seen.editorFound);
    CHECK(seen.dialogStillOpen);   // Enter ended the edit, and pressed no button
    CHECK(seen.row6After == ImportRowStatus::Ready);
    CHECK(seen.readyAfter == 6);
    CHECK(seen.imported);
    CHECK(seen.message.contains(u"6"_s));

    StudentRepository students(db);
    CHECK(*students.count() == 6);
    CHECK(students.find(u"吴一凡"_s));
    CHECK(students.find(u"李思"_s));

    // The 待核对 list: both flagged students, sortable, three items.
    ReviewPanel *review = page->reviewPanel();
    CHECK(page->views()->tabText(page->views()->indexOf(review)).contains(u"3"_s));
    QTableView *table = review->table();
    CHECK(table->isSortingEnabled());
    REQUIRE(table->model()->rowCount() == 3);
    table->sortByColumn(ReviewListModel::Student, Qt::AscendingOrder);
    QStringList names;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        names << table->model()->index(r, ReviewListModel::Student).data().toString();
    CHECK(names.contains(u"古丽米拉"_s));
    CHECK(names.count(u"何雨"_s) == 2);
    CHECK(std::is_sorted(names.cbegin(), names.cend(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; }));

    // The student's page shows the flag; "mark as checked" records it.
    const qint64 gulimila = students.find(u"古丽米拉"_s)->id;
    page->openStudent(gulimila);
    StudentDetailPage *detail = page->detailPage();
    ReviewPanel *own = detail->reviewPanel();
    CHECK(detail->tabs()->tabText(detail->tabs()->indexOf(own)).contains(u"1"_s));
    REQUIRE(own->table()->model()->rowCount() == 1);
    CHECK(own->table()->model()->index(0, ReviewListModel::Message).data().toString().contains(u"残疾人证"_s));
    CHECK_FALSE(own->checkButton()->isEnabled());
    own->table()->selectRow(0);
    CHECK(own->checkButton()->isEnabled());
    own->checkButton()->click();
    CHECK_FALSE(own->message()->isError());
    const ReviewFlag checked = ReviewFlagRepository(db).forStudent(gulimila)->first();
    CHECK(checked.resolvedOn == clock->today());
    CHECK(checked.resolvedBy == u"刘老师"_s);
    CHECK(own->table()->model()->index(0, ReviewListModel::Checked).data().toString().contains(u"刘老师"_s));
    CHECK(review->table()->model()->rowCount() == 2);
    CHECK(page->views()->tabText(page->views()->indexOf(review)).contains(u"2"_s));

    window->close();
    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("a second copy is told who has the file and may open it read-only", "[gui][lock]")
{
    WarningRecorder recorder;
    const auto clock = testClock();
    auto demo = temporaryDemoSchool(*clock);
    REQUIRE(demo);
    auto held = DataFileLock::acquire(*demo);   // the first copy of the program
    REQUIRE(held);

    AppOptions options;
    options.dataFile = *demo;
    {
        AppController declined(clock);
        QString asked;
        declined.setLockedFileQuestion([&asked](const QString &message) {
            asked = message;
            return false;
        });
        CHECK_FALSE(declined.start(options));
        CHECK(asked.contains(QSysInfo::machineHostName()));
        CHECK(declined.window() == nullptr);
    }

    AppController controller(clock);
    controller.setLockedFileQuestion([](const QString &) { return true; });
    REQUIRE(controller.start(options));
    MainWindow *window = controller.window();
    REQUIRE(window);
    CHECK(window->session().db->isReadOnly());
    CHECK(window->windowTitle().contains(u"只读"_s));
    CHECK(window->findChild<QLabel *>(u"statusFile"_s)->text().contains(u"只读"_s));
    Student s;
    s.name = u"新同学"_s;
    auto refused = StudentRepository(window->session().db).add(s);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"只读"_s));
    window->close();
    CHECK_NO_WARNINGS(recorder);
}
