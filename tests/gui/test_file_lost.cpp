// The data file under the open program, from an EMPTY school: the first run
// creates the file only when completed; a file replaced or deleted while the
// window is open takes no more writes, keeps the dialog's input, shows the
// bar, saves a copy of what the window shows, and opens the path again; a
// data file this computer used before and that is now missing is reported,
// never replaced by an empty school.
#include "WarningRecorder.h"
#include "TestSupport.h"

#include "common/MessageLabel.h"
#include "firstrun/FirstRunDialog.h"
#include "settings/ProfileEditor.h"
#include "shell/AppController.h"
#include "shell/AppOptions.h"
#include "shell/FileLostBar.h"
#include "shell/MainWindow.h"
#include "storage/IntegrityCheck.h"
#include "students/StudentDialog.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

using namespace rr;
using rr::test::WarningRecorder;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 17);

template <typename T>
void whenOpen(const std::function<void(T *)> &act)
{
    QTimer::singleShot(0, qApp, [act] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<T *>(w); dialog && dialog->isVisible())
                return act(dialog);
        FAIL_CHECK("the dialog did not open");
    });
}

void fillFirstRun(FirstRunDialog *setup, const QString &school)
{
    setup->protectBox()->setChecked(false);
    setup->profileEditor()->schoolEdit()->setText(school);
    setup->profileEditor()->teacherEdit()->setText(u"马晓燕"_s);
    setup->buttons()->button(QDialogButtonBox::Ok)->click();
}

int studentsNamed(const Database &db, const QString &name)
{
    auto value = readValue(db, u"SELECT count(*) FROM students WHERE name = :n"_s, {{":n", name}});
    REQUIRE(value);
    return value->toInt();
}

void removeDefaultFile()
{
    const QString path = defaultDataFile();
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u".lock"_s, u".setup"_s})
        QFile::remove(path + suffix);
    QSettings().remove(u"data/knownFiles"_s);
}

} // namespace

TEST_CASE("first run makes the data file only when completed", "[gui][file]")
{
    WarningRecorder recorder;
    removeDefaultFile();
    const auto clock = std::make_shared<FixedClock>(kToday);
    const QString path = defaultDataFile();
    {
        AppController controller(clock);
        whenOpen<FirstRunDialog>([](FirstRunDialog *setup) { setup->reject(); });
        CHECK_FALSE(controller.start(AppOptions{}));
        CHECK_FALSE(QFile::exists(path));
        CHECK_FALSE(QFile::exists(path + u".setup"_s));
    }
    {
        AppController controller(clock);
        whenOpen<FirstRunDialog>([](FirstRunDialog *setup) { fillFirstRun(setup, u"星光小学"_s); });
        REQUIRE(controller.start(AppOptions{}));
        CHECK(QFile::exists(path));
        CHECK_FALSE(QFile::exists(path + u".setup"_s));
        REQUIRE(controller.window());
        CHECK(controller.window()->session().db->path() == QFileInfo(path).absoluteFilePath());
    }
    // The file this computer used is gone: the program says so and makes nothing.
    REQUIRE(QFile::remove(path));
    {
        AppController controller(clock);
        QString told;
        whenOpen<QMessageBox>([&](QMessageBox *box) {
            told = box->text();
            for (QAbstractButton *button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::RejectRole)
                    return button->click();
        });
        CHECK_FALSE(controller.start(AppOptions{}));
        CHECK(told.contains(QDir::toNativeSeparators(path)));
        CHECK(told.contains(u"不"_s));   // Chinese, not English
        CHECK_FALSE(QFile::exists(path));
    }
    CHECK_NO_WARNINGS(recorder);
    removeDefaultFile();
}

TEST_CASE("a data file replaced under the open window takes no writes, keeps the input and can be saved as a copy",
          "[gui][file]")
{
    WarningRecorder recorder;
    const auto clock = std::make_shared<FixedClock>(kToday);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"school.sqlite"_s);
    AppController controller(clock);
    whenOpen<FirstRunDialog>([](FirstRunDialog *setup) { fillFirstRun(setup, u"星光小学"_s); });
    auto opened = controller.openForWriting(path, OpenMode::CreateIfMissing);
    REQUIRE(opened);
    REQUIRE(controller.showDatabase(*opened));
    MainWindow *window = controller.window();
    REQUIRE(window);
    const std::shared_ptr<Database> db = window->session().db;

    {
        StudentDialog dialog(window->session());
        dialog.nameEdit()->setText(u"王芳"_s);
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    REQUIRE(studentsNamed(*db, u"王芳"_s) == 1);

    // Another school is copied over the path, as a sync tool would.
    QTemporaryDir other;
    {
        AppController otherSetup(clock);
        whenOpen<FirstRunDialog>([](FirstRunDialog *setup) { fillFirstRun(setup, u"另一所小学"_s); });
        auto second = otherSetup.openForWriting(other.filePath(u"other.sqlite"_s), OpenMode::CreateIfMissing);
        REQUIRE(second);
        REQUIRE(otherSetup.showDatabase(*second));
    }
    REQUIRE(QFile::remove(path));
    REQUIRE(QFile::copy(other.filePath(u"other.sqlite"_s), path));
    const QByteArray replacement = test::sha256OfFile(path);

    StudentDialog dialog(window->session());
    dialog.nameEdit()->setText(u"赵强"_s);
    dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    // Refused in Chinese; the dialog stays open with what was typed.
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.nameEdit()->text() == u"赵强"_s);
    CHECK(dialog.message()->isError());
    CHECK(dialog.message()->text().contains(u"替换"_s));
    CHECK(test::sha256OfFile(path) == replacement);
    // The window shows the bar; the title says nothing is being saved.
    REQUIRE(window->fileLostBar());
    CHECK(window->fileLostBar()->isVisibleTo(window));
    CHECK((window->windowTitle().contains(u"未保存"_s) || window->windowTitle().contains(u"不再保存"_s)));

    // "Save as": what the window shows (王芳, not the other school) goes to a new file.
    const QString copy = dir.filePath(u"rescued.sqlite"_s);
    REQUIRE(window->saveCopyTo(copy));
    {
        auto rescued = Database::open(copy, OpenMode::OpenExisting);
        REQUIRE(rescued);
        CHECK(checkIntegrity(**rescued).sound());
        CHECK(studentsNamed(**rescued, u"王芳"_s) == 1);
    }
    CHECK(QFileInfo(copy).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    // "Open the data file again": the path's new file, the other school.
    controller.setReopenQuestion([] { return true; });
    QPushButton *reopen = window->fileLostBar()->findChild<QPushButton *>(u"fileLostReopen"_s);
    REQUIRE(reopen);
    reopen->click();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    REQUIRE(controller.window());
    REQUIRE(controller.window() != window);
    INFO(controller.window()->windowTitle().toStdString());
    CHECK(controller.window()->windowTitle().contains(u"另一所小学"_s));
    CHECK_FALSE(controller.window()->fileLostBar());
    // The old file's log was moved aside, never replayed into the new file.
    CHECK(QDir(dir.path()).entryList({u"school.sqlite.lost-*-wal"_s}).size() == 1);
    CHECK(checkIntegrity(*controller.window()->session().db).sound());
    CHECK(studentsNamed(*controller.window()->session().db, u"王芳"_s) == 0);
    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("a data file deleted under the open window is noticed when the window is active again", "[gui][file]")
{
    WarningRecorder recorder;
    const auto clock = std::make_shared<FixedClock>(kToday);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"school.sqlite"_s);
    AppController controller(clock);
    whenOpen<FirstRunDialog>([](FirstRunDialog *setup) { fillFirstRun(setup, u"星光小学"_s); });
    auto opened = controller.openForWriting(path, OpenMode::CreateIfMissing);
    REQUIRE(opened);
    REQUIRE(controller.showDatabase(*opened));
    MainWindow *window = controller.window();
    CHECK_FALSE(window->fileLostBar());
    REQUIRE(QFile::remove(path));
    window->checkDataFile();   // what activation does
    REQUIRE(window->fileLostBar());
    CHECK(window->fileLostBar()->findChild<QLabel *>(u"fileLostText"_s)->text().contains(u"删除"_s));
    CHECK_NO_WARNINGS(recorder);
}
