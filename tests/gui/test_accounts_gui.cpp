// Accounts in the program: an empty school set up with protection through
// the first-run dialog (recovery code shown once), the sign-in dialog, the
// idle lock that keeps unsaved input and opens only with the right
// password, the Accounts tab, and the resource teacher signing a record
// that then names her.
#include <catch2/catch.hpp>

#include "WarningRecorder.h"
#include "TestSupport.h"

#include "common/MessageLabel.h"
#include "demo/DemoSchool.h"
#include "firstrun/FirstRunDialog.h"
#include "school/CurrentUser.h"
#include "security/AccountRepository.h"
#include "security/AccountsPanel.h"
#include "security/AddAccountDialog.h"
#include "security/IdleLock.h"
#include "security/LockScreen.h"
#include "security/RecoveryCodeDialog.h"
#include "security/SignInDialog.h"
#include "settings/ProfileEditor.h"
#include "settings/SettingsPage.h"
#include "shell/AppController.h"
#include "shell/AppOptions.h"
#include "shell/MainWindow.h"
#include "staff/StaffRepository.h"
#include "training/RecordEditorDialog.h"
#include "training/SessionRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 10, 12);

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

void removeDefaultFile()
{
    const QString path = defaultDataFile();
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u".lock"_s, u".setup"_s})
        QFile::remove(path + suffix);
    QSettings().remove(u"data/knownFiles"_s);
}

} // namespace

TEST_CASE("an empty school set up with protection: recovery code, sign-in, idle lock, accounts", "[gui][accounts]")
{
    test::WarningRecorder recorder;
    removeDefaultFile();
    const auto clock = std::make_shared<FixedClock>(kToday);
    QString shownCode;
    bool closeWaitedForKept = false;
    {
        AppController controller(clock);
        whenOpen<FirstRunDialog>([&](FirstRunDialog *setup) {
            CHECK(setup->protectBox()->isChecked());   // recommended, on by default
            setup->profileEditor()->schoolEdit()->setText(u"星光小学"_s);
            setup->profileEditor()->teacherEdit()->setText(u"马晓燕"_s);
            setup->adminUserEdit()->setText(u"maxy"_s);
            // Two different passwords: refused inside the dialog, nothing written.
            setup->adminPasswordEdit()->setText(u"ma-password"_s);
            setup->adminRepeatEdit()->setText(u"ma-passwort"_s);
            setup->buttons()->button(QDialogButtonBox::Ok)->click();
            CHECK(setup->isVisible());
            CHECK(setup->message()->isError());
            // A short one: refused too.
            setup->adminPasswordEdit()->setText(u"short"_s);
            setup->adminRepeatEdit()->setText(u"short"_s);
            setup->buttons()->button(QDialogButtonBox::Ok)->click();
            CHECK(setup->isVisible());
            setup->setRecoveryCodeShow([&](QDialog &dialog) {
                auto &codeDialog = static_cast<RecoveryCodeDialog &>(dialog);
                shownCode = codeDialog.codeLabel()->text();
                codeDialog.copyButton()->click();
                CHECK(QApplication::clipboard()->text() == shownCode);
                CHECK(codeDialog.printButton()->isEnabled());
                // It cannot be closed before the code was kept.
                closeWaitedForKept = !codeDialog.closeButton()->isEnabled();
                codeDialog.show();
                codeDialog.reject();
                CHECK(codeDialog.isVisible());
                codeDialog.keptBox()->setChecked(true);
                codeDialog.closeButton()->click();
            });
            setup->adminPasswordEdit()->setText(u"ma-password"_s);
            setup->adminRepeatEdit()->setText(u"ma-password"_s);
            setup->buttons()->button(QDialogButtonBox::Ok)->click();
        });
        REQUIRE(controller.start(AppOptions{}));
        CHECK(closeWaitedForKept);
        CHECK(shownCode.size() == 29);
        REQUIRE(controller.window());
        const auto db = controller.window()->session().db;
        CHECK(*AccountRepository(db).isProtected());
        // The administrator who set it up goes on signed in.
        CHECK(db->principal().userName == u"maxy"_s);
        CHECK(controller.window()->findChild<IdleLock *>());
    }

    // Opened again: the sign-in dialog. A wrong password stays in it.
    {
        AppController controller(clock);
        bool wrongRefused = false;
        whenOpen<SignInDialog>([&](SignInDialog *dialog) {
            CHECK_FALSE(dialog->findChild<QLabel *>(u"demoNote"_s));
            dialog->userEdit()->setText(u"maxy"_s);
            dialog->passwordEdit()->setText(u"wrong-password"_s);
            dialog->accept();
            wrongRefused = dialog->isVisible() && dialog->message()->isError()
                           && dialog->message()->text().contains(u"用户名或密码不正确"_s);
            dialog->passwordEdit()->setText(u"ma-password"_s);
            dialog->accept();
        });
        REQUIRE(controller.start(AppOptions{}));
        CHECK(wrongRefused);
        MainWindow *window = controller.window();
        REQUIRE(window);
        const auto db = window->session().db;
        CHECK(db->principal().staffName == u"马晓燕"_s);

        // Settings › Accounts: the administrator adds an account for a new colleague.
        REQUIRE(StaffRepository(db).add(StaffMember::withRole(u"王丽"_s, StaffRole::HeadTeacher)));
        window->showArea(Area::Settings);
        auto *settings = window->findChild<SettingsPage *>();
        REQUIRE(settings);
        AccountsPanel *panel = settings->accountsPanel();
        REQUIRE(panel);
        CHECK(panel->table()->rowCount() == 1);
        CHECK(panel->lockMinutes()->value() == 10);
        bool added = false;
        whenOpen<AddAccountDialog>([&](AddAccountDialog *dialog) {
            dialog->staffBox()->setCurrentIndex(dialog->staffBox()->findText(u"王丽"_s));
            dialog->userEdit()->setText(u"wangli"_s);
            dialog->roleBox(AccountRole::HeadTeacher)->setChecked(true);
            dialog->passwordEdit()->setText(u"wang-password"_s);
            dialog->repeatEdit()->setText(u"wang-password"_s);
            dialog->accept();
            added = !dialog->isVisible();
        });
        panel->addButton()->click();
        CHECK(added);
        REQUIRE(panel->table()->rowCount() == 2);
        CHECK(panel->table()->item(1, 0)->text() == u"wangli"_s);
        CHECK(panel->table()->item(1, 2)->text() == u"班主任"_s);

        // Unsaved input in a page and in an open dialog, then the idle lock.
        settings->findChild<ProfileEditor *>()->schoolEdit()->setText(u"星光小学（未保存）"_s);
        AddAccountDialog open(db, window);
        open.show();
        open.userEdit()->setText(u"typed-not-saved"_s);
        auto *lock = window->findChild<IdleLock *>();
        REQUIRE(lock);
        lock->setIntervalMs(50);
        REQUIRE(QTest::qWaitFor([&] { return lock->isLocked(); }, 3000));
        LockScreen *screen = lock->screen();
        REQUIRE(screen);
        CHECK(screen->isVisible());
        // Esc and a wrong password keep it locked.
        screen->reject();
        CHECK(lock->isLocked());
        screen->passwordEdit()->setText(u"wrong-password"_s);
        screen->unlockButton()->click();
        CHECK(lock->isLocked());
        CHECK(screen->message()->isError());
        // The other account's password does not open her session either.
        screen->passwordEdit()->setText(u"wang-password"_s);
        screen->unlockButton()->click();
        CHECK(lock->isLocked());
        screen->passwordEdit()->setText(u"ma-password"_s);
        screen->unlockButton()->click();
        CHECK_FALSE(lock->isLocked());
        // Nothing was lost.
        CHECK(open.isVisible());
        CHECK(open.userEdit()->text() == u"typed-not-saved"_s);
        CHECK(settings->findChild<ProfileEditor *>()->schoolEdit()->text() == u"星光小学（未保存）"_s);
        lock->setIntervalMs(10 * 60 * 1000);
        open.close();

        // The minutes are the school's setting.
        panel->lockMinutes()->setValue(15);
        emit panel->lockMinutes()->editingFinished();
        CHECK(lock->intervalMs() == 15 * 60 * 1000);
    }
    removeDefaultFile();
}

TEST_CASE("the demo opens signed in as its resource teacher, and she signs a record that names her", "[gui][accounts]")
{
    test::WarningRecorder recorder;
    const auto clock = std::make_shared<FixedClock>(kToday);
    AppController controller(clock);
    AppOptions options;
    options.demo = true;
    REQUIRE(controller.start(options));   // no sign-in dialog
    MainWindow *window = controller.window();
    REQUIRE(window);
    const auto db = window->session().db;
    REQUIRE(*AccountRepository(db).isProtected());
    CHECK(db->principal().userName == u"resource"_s);
    CHECK(db->principal().staffName == u"马晓燕"_s);

    // Someone else was chosen as the current user in the file's settings:
    // the signed-in account is who signs.
    auto other = StaffRepository(db).add(StaffMember::withRole(u"李静"_s, StaffRole::ResourceTeacher));
    REQUIRE(other);
    REQUIRE(CurrentUser(db).set(*other));
    const qint64 ma = db->principal().staffId;
    CHECK(*CurrentUser(db).id() == ma);

    const auto open = SessionRepository(db, clock).unsignedUntil(kToday);
    REQUIRE(open);
    qint64 signedId = 0;
    for (const TrainingSession &s : *open) {
        RecordEditorDialog editor(window->session(), s.id, window);
        editor.show();
        if (!editor.signButton()->isVisible() || !editor.signButton()->isEnabled())
            continue;
        QTimer::singleShot(0, qApp, [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                    box->button(QMessageBox::Yes)->click();
        });
        editor.signButton()->click();
        if (editor.mode() == RecordEditorDialog::Mode::ReadOnly) {
            signedId = s.id;
            break;
        }
    }
    REQUIRE(signedId > 0);
    const auto signedRecord = SessionRepository(db, clock).byId(signedId);
    REQUIRE(signedRecord);
    CHECK(signedRecord->signedBy == ma);
    CHECK(StaffRepository(db).byId(signedRecord->signedBy)->name == u"马晓燕"_s);

    // Switching user: the demo's sign-in dialog says the passwords.
    bool demoNote = false;
    whenOpen<SignInDialog>([&](SignInDialog *dialog) {
        auto *note = dialog->findChild<QLabel *>(u"demoNote"_s);
        demoNote = note && note->text().contains(u"demo"_s);
        dialog->userEdit()->setText(u"head"_s);
        dialog->passwordEdit()->setText(u"demo"_s);
        dialog->accept();
    });
    controller.signOut();
    CHECK(demoNote);
    REQUIRE(controller.window());
    CHECK(controller.window()->session().db->principal().staffName == u"王丽"_s);
}
