// The staff tab, from an EMPTY data file through the first-run dialog: the
// teacher is staff (资源教师) and the current user, two staff are added through
// the dialog, one leaves, the current user can be changed, and she is the
// default instructor of a new timetable slot. Any Qt warning fails the test.
#include "WarningRecorder.h"
#include "TestSupport.h"

#include "common/MessageLabel.h"
#include "firstrun/FirstRunDialog.h"
#include "rooms/ResourceRoomPage.h"
#include "rooms/RoomRepository.h"
#include "school/CurrentUser.h"
#include "school/SettingsRepository.h"
#include "settings/ProfileEditor.h"
#include "settings/SettingsPage.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "staff/RetireDialog.h"
#include "staff/StaffDialog.h"
#include "staff/StaffListModel.h"
#include "staff/StaffPanel.h"
#include "staff/StaffProxyModel.h"
#include "staff/StaffRepository.h"
#include "students/StudentRepository.h"
#include "timetable/SlotDialog.h"
#include "timetable/TimetablePanel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QEvent>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace rr;
using rr::test::WarningRecorder;
using namespace Qt::Literals::StringLiterals;

namespace {

void clickOk(QDialogButtonBox *buttons)
{
    buttons->button(QDialogButtonBox::Ok)->click();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);   // dialogs that closed are gone
}

int proxyRowOf(const StaffPanel *panel, const QString &name)
{
    const QAbstractItemModel *proxy = panel->table()->model();
    for (int row = 0; row < proxy->rowCount(); ++row)
        if (proxy->index(row, StaffListModel::Name).data().toString() == name)
            return row;
    return -1;
}

QString cell(const StaffPanel *panel, int row, int column)
{
    return panel->table()->model()->index(row, column).data().toString();
}

} // namespace

TEST_CASE("staff on an empty school: the teacher, two more, one leaves, the default instructor", "[gui][staff]")
{
    WarningRecorder recorder;
    const auto clock = std::make_shared<FixedClock>(QDate(2026, 12, 1));   // a Tuesday in the autumn semester
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);

    // ---- First run --------------------------------------------------------
    {
        FirstRunDialog firstRun(Session{temp->db, clock});
        firstRun.protectBox()->setChecked(false);   // accounts have their own test (test_accounts_gui)
        firstRun.show();
        firstRun.profileEditor()->schoolEdit()->setText(u"星光小学"_s);
        firstRun.profileEditor()->teacherEdit()->clear();
        clickOk(firstRun.buttons());   // no teacher: refused, nothing written
        CHECK(firstRun.isVisible());
        CHECK(firstRun.message()->isError());
        CHECK(StaffRepository(temp->db).all()->isEmpty());
        firstRun.profileEditor()->teacherEdit()->setText(u"马晓燕"_s);
        clickOk(firstRun.buttons());
        REQUIRE(firstRun.result() == QDialog::Accepted);
    }
    const qint64 teacherId = *CurrentUser(temp->db).id();
    REQUIRE(teacherId > 0);
    REQUIRE(SettingsRepository(temp->db).profile()->isComplete());

    AppController controller(clock);
    REQUIRE(controller.showDatabase(temp->db));
    MainWindow *window = controller.window();
    REQUIRE(window);
    window->resize(1366, 768);
    window->show();
    window->showArea(Area::Settings);
    auto *settings = qobject_cast<SettingsPage *>(window->page(Area::Settings));
    REQUIRE(settings);
    settings->tabs()->setCurrentWidget(settings->staffPanel());
    CHECK(settings->tabs()->tabText(settings->tabs()->currentIndex()) == u"教职工"_s);
    StaffPanel *panel = settings->staffPanel();
    QAbstractItemModelTester tester(panel->staffModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(panel->proxyModel(), QAbstractItemModelTester::FailureReportingMode::Warning);

    // ---- The teacher is listed as 资源教师 and is the current user ----------
    REQUIRE(panel->table()->model()->rowCount() == 1);
    CHECK(cell(panel, 0, StaffListModel::Name) == u"马晓燕"_s);
    CHECK(cell(panel, 0, StaffListModel::Roles) == u"资源教师"_s);
    CHECK(cell(panel, 0, StaffListModel::Status).contains(u"当前用户"_s));
    CHECK(panel->currentUserCombo()->currentText() == u"马晓燕"_s);
    CHECK(panel->currentUserCombo()->currentData().toLongLong() == teacherId);
    CHECK(settings->profileEditor()->teacherEdit()->text() == u"马晓燕"_s);
    CHECK(settings->profileEditor()->teacherEdit()->isReadOnly());

    // ---- Two staff through the dialog --------------------------------------
    panel->addStaff();
    QPointer<StaffDialog> dialog = qobject_cast<StaffDialog *>(panel->dialog());
    REQUIRE(dialog);
    clickOk(dialog->buttons());   // no name: refused inside the dialog
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->message()->isError());
    dialog->nameEdit()->setText(u"王丽"_s);
    clickOk(dialog->buttons());   // no role yet
    REQUIRE(dialog);
    CHECK(dialog->message()->isError());
    dialog->genderCombo()->setCurrentIndex(dialog->genderCombo()->findText(u"女"_s));
    dialog->phoneEdit()->setText(u"13899002233"_s);
    dialog->roleCheck(StaffRole::HeadTeacher)->setChecked(true);
    dialog->roleCheck(StaffRole::SubjectTeacher)->setChecked(true);
    dialog->classesLedEdit()->setText(u"三年级2班"_s);
    dialog->classesTaughtEdit()->setText(u"三年级2班、四年级1班"_s);
    dialog->subjectsEdit()->setText(u"语文 道德与法治"_s);
    clickOk(dialog->buttons());
    CHECK_FALSE(dialog);   // accepted and gone
    CHECK(panel->message()->text().contains(u"王丽"_s));

    panel->addStaff();
    dialog = qobject_cast<StaffDialog *>(panel->dialog());
    REQUIRE(dialog);
    dialog->nameEdit()->setText(u"孙静"_s);
    dialog->roleCheck(StaffRole::Therapist)->setChecked(true);
    clickOk(dialog->buttons());
    CHECK_FALSE(dialog);

    REQUIRE(panel->table()->model()->rowCount() == 3);
    const auto wang = StaffRepository(temp->db).findByKey(u"王丽"_s, RetiredStaff::Included);
    REQUIRE(wang);
    CHECK(wang->roles == QList<StaffRole>{StaffRole::HeadTeacher, StaffRole::SubjectTeacher});
    CHECK(wang->classesTaught == QStringList{u"三年级2班"_s, u"四年级1班"_s});
    CHECK(wang->subjects == QStringList{u"语文"_s, u"道德与法治"_s});
    CHECK(wang->gender == Gender::Female);
    const int wangRow = proxyRowOf(panel, u"王丽"_s);
    REQUIRE(wangRow >= 0);
    CHECK(cell(panel, wangRow, StaffListModel::Roles) == u"班主任、任课教师"_s);
    CHECK(cell(panel, wangRow, StaffListModel::ClassesLed) == u"三年级2班"_s);

    // ---- Filters: role, pinyin initials, sorting ----------------------------
    panel->roleFilter()->setCurrentIndex(panel->roleFilter()->findData(int(StaffRole::Therapist)));
    CHECK(panel->table()->model()->rowCount() == 1);
    panel->roleFilter()->setCurrentIndex(0);
    panel->searchEdit()->setText(u"wl"_s);
    REQUIRE(panel->table()->model()->rowCount() == 1);
    CHECK(cell(panel, 0, StaffListModel::Name) == u"王丽"_s);
    panel->searchEdit()->clear();
    CHECK(panel->table()->isSortingEnabled());
    panel->table()->sortByColumn(StaffListModel::Name, Qt::AscendingOrder);
    CHECK(cell(panel, 0, StaffListModel::Name) == u"马晓燕"_s);   // ma < sun < wang
    CHECK(cell(panel, 2, StaffListModel::Name) == u"王丽"_s);

    // ---- A student names 王丽: she cannot be deleted, she leaves ------------
    Student student;
    student.name = u"张小明"_s;
    student.grade = 3;
    student.className = u"2班"_s;
    student.headTeacherId = wang->id;
    REQUIRE(StudentRepository(temp->db).add(student));
    panel->selectStaff(wang->id);
    CHECK_FALSE(panel->deleteStaff(false));
    CHECK(panel->message()->isError());
    CHECK(panel->message()->text().contains(u"王丽"_s));
    CHECK(StaffRepository(temp->db).byId(wang->id));

    panel->retireStaff();
    QPointer<RetireDialog> retire = qobject_cast<RetireDialog *>(panel->dialog());
    REQUIRE(retire);
    CHECK(retire->dateEdit()->date() == clock->today());
    retire->dateEdit()->setDate(QDate(2026, 11, 30));
    clickOk(retire->buttons());
    CHECK_FALSE(retire);
    CHECK(StaffRepository(temp->db).byId(wang->id)->toDate == QDate(2026, 11, 30));
    CHECK(panel->table()->model()->rowCount() == 2);   // the list shows serving staff by default
    panel->serviceFilter()->setCurrentIndex(panel->serviceFilter()->findData(int(StaffProxyModel::Service::Retired)));
    REQUIRE(panel->table()->model()->rowCount() == 1);
    CHECK(cell(panel, 0, StaffListModel::Status).contains(u"2026年11月30日"_s));
    panel->serviceFilter()->setCurrentIndex(panel->serviceFilter()->findData(int(StaffProxyModel::Service::All)));
    CHECK(panel->table()->model()->rowCount() == 3);

    // 孙静 is named by nothing: deleted.
    panel->selectStaff(StaffRepository(temp->db).findByKey(u"孙静"_s, RetiredStaff::Included)->id);
    CHECK(panel->deleteStaff(false));
    CHECK(StaffRepository(temp->db).all()->size() == 2);

    // ---- The current user can be chosen among the resource teachers --------
    CHECK(panel->currentUserCombo()->count() == 1);
    const auto gu = StaffRepository(temp->db).add(StaffMember::withRole(u"古丽"_s, StaffRole::ResourceTeacher));
    REQUIRE(gu);
    REQUIRE(panel->currentUserCombo()->count() == 2);
    const int guIndex = panel->currentUserCombo()->findData(*gu);
    REQUIRE(guIndex >= 0);
    panel->currentUserCombo()->setCurrentIndex(guIndex);
    emit panel->currentUserCombo()->activated(guIndex);
    CHECK(*CurrentUser(temp->db).id() == *gu);
    CHECK(SettingsRepository(temp->db).profile()->teacherName == u"古丽"_s);
    CHECK(settings->profileEditor()->teacherEdit()->text() == u"古丽"_s);
    const int teacherIndex = panel->currentUserCombo()->findData(teacherId);
    panel->currentUserCombo()->setCurrentIndex(teacherIndex);
    emit panel->currentUserCombo()->activated(teacherIndex);
    REQUIRE(*CurrentUser(temp->db).id() == teacherId);

    // ---- She is the default instructor of a new timetable slot --------------
    REQUIRE(RoomRepository(temp->db).add(Room{0, u"资源教室"_s, RoomType::ResourceRoom, 8, {}}));
    window->showArea(Area::ResourceRoom);
    auto *rooms = qobject_cast<ResourceRoomPage *>(window->page(Area::ResourceRoom));
    REQUIRE(rooms);
    rooms->showTab(ResourceRoomPage::TimetableTab);
    rooms->timetable()->addSlot();
    QPointer<SlotDialog> slot = rooms->timetable()->slotDialog();
    REQUIRE(slot);
    CHECK(slot->instructorCombo()->currentData().toLongLong() == teacherId);
    CHECK(slot->instructorCombo()->currentText().startsWith(u"马晓燕"_s));
    CHECK(slot->instructorCombo()->findText(u"王丽"_s, Qt::MatchStartsWith) < 0);   // she has left
    slot->close();

    CHECK_NO_WARNINGS(recorder);
}

// Not run by default: `test_staff_page "[.screenshots]"` saves the staff tab
// at 1366×768 into $RR_SCREENSHOT_DIR (or the current folder).
TEST_CASE("screenshot of the staff tab", "[.screenshots]")
{
    AppController::applyAppearance();
    const auto clock = std::make_shared<FixedClock>(QDate(2026, 12, 1));
    auto temp = test::makeTempDatabase();
    {
        FirstRunDialog firstRun(Session{temp->db, clock});
        firstRun.protectBox()->setChecked(false);   // accounts have their own test (test_accounts_gui)
        firstRun.profileEditor()->schoolEdit()->setText(u"星光小学"_s);
        firstRun.profileEditor()->teacherEdit()->setText(u"马晓燕"_s);
        clickOk(firstRun.buttons());
        REQUIRE(firstRun.result() == QDialog::Accepted);
    }
    StaffRepository staff(temp->db);
    const auto add = [&](const QString &name, Gender gender, QList<StaffRole> roles, QStringList led, QStringList taught,
                         QStringList subjects, const QString &phone) {
        StaffMember m = StaffMember::withRole(name, StaffRole::Other);
        m.roles = roles;
        m.classesLed = led;
        m.classesTaught = taught;
        m.subjects = subjects;
        m.phone = phone;
        m.gender = gender;
        REQUIRE(staff.add(m));
    };
    using R = StaffRole;
    add(u"王丽"_s, Gender::Female, {R::HeadTeacher, R::SubjectTeacher}, {u"三年级2班"_s}, {u"三年级2班"_s, u"四年级1班"_s}, {u"语文"_s},
        u"13899002233"_s);
    add(u"李建国"_s, Gender::Male, {R::HeadTeacher}, {u"二年级1班"_s}, {u"二年级1班"_s}, {u"数学"_s}, u"13899003344"_s);
    add(u"古丽娜尔·吐尔逊"_s, Gender::Female, {R::HeadTeacher}, {u"四年级3班"_s}, {}, {u"语文"_s}, u"13899004455"_s);
    add(u"周敏"_s, Gender::Female, {R::ItinerantTeacher}, {}, {}, {}, u"13899009900"_s);
    add(u"孙静"_s, Gender::Female, {R::Therapist, R::Counsellor}, {}, {}, {u"心理健康"_s}, u"13899001010"_s);
    add(u"赵春梅"_s, Gender::Female, {R::SchoolDoctor}, {}, {}, {}, u"13899002020"_s);
    add(u"何志强"_s, Gender::Male, {R::Leader}, {}, {}, {}, u"13899008899"_s);

    AppController controller(clock);
    REQUIRE(controller.showDatabase(temp->db));
    MainWindow *window = controller.window();
    window->showNormal();
    window->resize(1366, 768);
    window->showArea(Area::Settings);
    auto *settings = qobject_cast<SettingsPage *>(window->page(Area::Settings));
    REQUIRE(settings);
    settings->tabs()->setCurrentWidget(settings->staffPanel());
    QCoreApplication::processEvents();
    const QString folder = qEnvironmentVariable("RR_SCREENSHOT_DIR", u"."_s);
    CHECK(window->grab().save(folder + u"/staff.png"_s));
}
