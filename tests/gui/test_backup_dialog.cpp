// 文件 › 备份与恢复 from an EMPTY school, through the first-run dialog and the
// real dialogs only: the status bar warns before the first backup; a folder
// and rules are chosen and a backup made; the next day an encrypted one,
// whose contents show only after the right password; a restore of the first
// backup closes the file, puts it back and opens it again with a safety copy
// kept; ten days later the status bar warns, and closing the window makes
// the exit backup. Any Qt warning fails the test.
#include "UiWalk.h"
#include "WarningRecorder.h"
#include "TestSupport.h"

#include "backup/BackupDialog.h"
#include "backup/AutoBackup.h"
#include "backup/BackupFile.h"
#include "backup/BackupPolicy.h"
#include "backup/BackupListModel.h"
#include "backup/BackupPasswordDialog.h"
#include "backup/BackupStatusLabel.h"
#include "backup/RestoreConfirmDialog.h"
#include "common/MessageLabel.h"
#include "firstrun/FirstRunDialog.h"
#include "settings/ProfileEditor.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "students/StudentRepository.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace rr;
using rr::test::WarningRecorder;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kPassword = u"星光小学 资源教室"_s;

// Runs `act` on the modal dialog of type T once it is visible: exec() blocks,
// so the test answers from a timer, which also fires inside the nested loops
// of dialogs and background work.
template <typename T>
void whenShown(const std::function<void(T *)> &act)
{
    auto *poll = new QTimer(qApp);
    auto waited = std::make_shared<QElapsedTimer>();
    waited->start();
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, waited, act] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<T *>(w); dialog && dialog->isVisible()) {
                poll->stop();
                poll->deleteLater();
                act(dialog);
                return;
            }
        }
        if (waited->elapsed() > 30000) {
            poll->stop();
            poll->deleteLater();
            FAIL_CHECK("the dialog did not open");
        }
    });
    poll->start();
}

void answerPassword(const QString &password, bool twice)
{
    whenShown<BackupPasswordDialog>([password, twice](BackupPasswordDialog *dialog) {
        dialog->passwordEdit()->setText(password);
        if (twice)
            dialog->repeatEdit()->setText(password);
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        CHECK(ok->isEnabled());
        ok->click();
    });
}

// Opens 文件 › 备份与恢复… through the menu and runs `act` in the dialog.
void inBackupDialog(MainWindow *window, const std::function<void(BackupDialog *)> &act)
{
    bool ran = false;
    whenShown<BackupDialog>([&](BackupDialog *dialog) {
        act(dialog);
        ran = true;
        if (dialog->isVisible())
            dialog->reject();
    });
    QAction *action = window->findChild<QAction *>(u"backupAction"_s);
    REQUIRE(action);
    action->trigger();
    QElapsedTimer waited;
    waited.start();
    while (!ran && waited.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    REQUIRE(ran);
}

// Latin words in what the dialog shows, besides file names and paths (the user's own).
QStringList strayLatin(QWidget *dialog)
{
    static const QRegularExpression fileLike(u"[\\w.-]+\\.(sqlite|rrbackup)|/[^\\s]*"_s);
    static const QRegularExpression word(u"[A-Za-z]{2,}"_s);
    QStringList stray;
    for (const test::ShownText &shown : test::visibleTexts(dialog, u"backup"_s)) {
        QString text = shown.text;
        text.remove(fileLike);
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QString w = it.next().captured();
            if (w != u"KB"_s && w != u"kB"_s && w != u"MB"_s && w != u"GB"_s)   // sizes, as the attachment list shows them
                stray << shown.where + u": "_s + shown.text;
        }
    }
    return stray;
}

} // namespace

TEST_CASE("backup and restore on a school set up from an empty file", "[gui][backup]")
{
    WarningRecorder recorder;
    const auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 17), QTime(16, 30)));
    QTemporaryDir dir;
    const QString dataFile = dir.filePath(u"星光小学.sqlite"_s);
    const QString usb = dir.filePath(u"U盘/资源教室备份"_s);
    REQUIRE(QDir().mkpath(usb));
    AppController controller(clock);

    // ---- First run on an empty file -----------------------------------------
    whenShown<FirstRunDialog>([](FirstRunDialog *setup) {
        setup->protectBox()->setChecked(false);
        setup->profileEditor()->schoolEdit()->setText(u"星光小学"_s);
        setup->profileEditor()->teacherEdit()->setText(u"马晓燕"_s);
        setup->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    auto opened = controller.openForWriting(dataFile, OpenMode::CreateIfMissing);
    REQUIRE(opened);
    REQUIRE(controller.showDatabase(*opened, Area::Overview));
    opened = makeError(ErrorCode::Cancelled, QString());   // the window alone holds the file
    MainWindow *window = controller.window();
    REQUIRE(window);
    window->resize(1366, 768);
    const auto status = [&] { return controller.window()->findChild<BackupStatusLabel *>(u"statusBackup"_s); };
    REQUIRE(status());
    CHECK(status()->isWarning());
    CHECK(status()->text() == u"从未备份"_s);

    const auto addStudent = [&](const QString &name) {
        Student student;
        student.name = name;
        student.grade = 3;
        student.className = u"1班"_s;
        REQUIRE(StudentRepository(controller.window()->session().db).add(student));
    };
    addStudent(u"李思"_s);

    // ---- Day 1: folder, rules, a plain backup ----------------------------------
    inBackupDialog(window, [&](BackupDialog *dialog) {
        CHECK(dialog->folderEdit()->text().isEmpty());
        CHECK_FALSE(dialog->backupNowButton()->isEnabled());
        CHECK(dialog->lastBackupLabel()->text().contains(u"从未备份"_s));
        dialog->setFolder(usb);
        dialog->keepDailySpin()->setValue(5);
        dialog->keepWeeklySpin()->setValue(4);
        // The daily backup is tried at the end, when the test asks for it.
        dialog->dailyCheck()->setChecked(false);
        dialog->saveButton()->click();
        CHECK(dialog->message()->text() == u"备份设置已保存。"_s);
        dialog->backupNowButton()->click();
        INFO(dialog->message()->text().toStdString());
        CHECK(dialog->message()->text().startsWith(u"已完成备份并通过检查"_s));
        REQUIRE(dialog->backupsModel()->rowCount() == 1);
        const BackupListing &made = dialog->backupsModel()->backupAt(0);
        CHECK(made.fileName == u"星光小学-20261117-163000.sqlite"_s);
        REQUIRE(made.contents);
        CHECK(made.contents->students == 1);
        CHECK(made.contents->schoolName == u"星光小学"_s);
        CHECK(dialog->lastBackupLabel()->text() == u"上次备份：今天 16:30"_s);
        CHECK(strayLatin(dialog).isEmpty());
    });
    CHECK_FALSE(status()->isWarning());
    CHECK(status()->text() == u"上次备份：今天 16:30"_s);

    // ---- Day 2: an encrypted backup, its contents after the password -----------
    clock->set(QDateTime(QDate(2026, 11, 18), QTime(16, 30)));
    addStudent(u"王浩"_s);
    inBackupDialog(window, [&](BackupDialog *dialog) {
        dialog->encryptCheck()->setChecked(true);
        answerPassword(kPassword, true);
        dialog->backupNowButton()->click();
        INFO(dialog->message()->text().toStdString());
        REQUIRE(dialog->backupsModel()->rowCount() == 2);
        auto *model = dialog->backupsModel();
        CHECK(model->backupAt(0).fileName == u"星光小学-20261118-163000.rrbackup"_s);
        CHECK_FALSE(model->backupAt(0).contents);
        CHECK(model->data(model->index(0, BackupListModel::Status)).toString() == u"需要密码才能查看内容"_s);

        dialog->backupsView()->selectRow(0);
        answerPassword(u"星光小学 资源教师"_s, false);
        dialog->showContentsButton()->click();
        CHECK(dialog->message()->isError());
        CHECK(dialog->message()->text().contains(u"密码不正确"_s));
        CHECK_FALSE(model->backupAt(0).contents);

        answerPassword(kPassword, false);
        dialog->showContentsButton()->click();
        CHECK_FALSE(dialog->message()->isError());
        CHECK(dialog->message()->text().contains(u"备份完好"_s));
        REQUIRE(model->backupAt(0).contents);
        CHECK(model->backupAt(0).contents->students == 2);
        CHECK(model->data(model->index(0, BackupListModel::Students)).toInt() == 2);
        CHECK(strayLatin(dialog).isEmpty());
        if (const QString shots = qEnvironmentVariable("RR_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog->grab().save(QDir(shots).filePath(u"backup.png"_s));

        // ---- Restore the first day's backup over the open file -----------------
        dialog->backupsView()->selectRow(1);
        whenShown<RestoreConfirmDialog>([](RestoreConfirmDialog *confirm) {
            const QString shown = confirm->findChild<QLabel *>(u"backupContents"_s)->text();
            CHECK(shown.contains(u"学生：1"_s));
            CHECK(shown.contains(u"制作时间：2026年11月17日 16:30"_s));
            if (const QString shots = qEnvironmentVariable("RR_SCREENSHOT_DIR"); !shots.isEmpty())
                confirm->grab().save(QDir(shots).filePath(u"backup-restore.png"_s));
            confirm->restoreButton()->click();
        });
        whenShown<QMessageBox>([](QMessageBox *box) {
            CHECK(box->text().contains(u"星光小学.before-restore-20261118-163000.sqlite"_s));
            box->button(QMessageBox::Ok)->click();
        });
        dialog->restoreButton()->click();
    });
    // The restore runs once the dialog has closed, from the event loop.
    QElapsedTimer waited;
    waited.start();
    while (controller.window() == window && waited.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    REQUIRE(controller.window() != window);
    window = controller.window();
    const std::shared_ptr<Database> restored = window->session().db;
    CHECK(restored->holdsWriterLock());
    CHECK(StudentRepository(restored).count().value() == 1);
    CHECK(QFileInfo::exists(dir.filePath(u"星光小学.before-restore-20261118-163000.sqlite"_s)));
    // The data now is the backup of the 17th: that is its last good backup.
    CHECK(status()->text() == u"上次备份：2026年11月17日 16:30"_s);

    // ---- Ten days on: the warning, the daily backup, the exit backup ----------
    clock->set(QDateTime(QDate(2026, 11, 27), QTime(16, 30)));
    status()->refresh();
    CHECK(status()->isWarning());
    CHECK(status()->text() == u"已 10 天没有备份"_s);
    CHECK(status()->toolTip().contains(u"10 天前"_s));
    BackupPolicyRepository policies(restored);
    BackupPolicy policy = *policies.policy();
    CHECK(QDir(policy.folder) == QDir(usb));   // the rules came back with the data
    CHECK_FALSE(policy.encrypt);
    policy.daily = true;
    REQUIRE(policies.save(policy));
    controller.autoBackup()->dailyIfDue();
    CHECK(QFileInfo::exists(QDir(usb).filePath(u"星光小学-20261127-163000.sqlite"_s)));
    CHECK_FALSE(status()->isWarning());
    CHECK(status()->text() == u"上次备份：今天 16:30"_s);
    controller.autoBackup()->dailyIfDue();   // once a day only
    CHECK(QDir(usb).entryList(QDir::Files).size() == 3);

    addStudent(u"赵敏"_s);
    window->close();
    const QString exitBackup = QDir(usb).filePath(u"星光小学-20261127-163000-1.sqlite"_s);
    REQUIRE(QFileInfo::exists(exitBackup));
    auto backup = BackupFile::open(exitBackup);
    REQUIRE(backup);
    CHECK(backup->contents().students == 2);
    CHECK_NO_WARNINGS(recorder);
}
