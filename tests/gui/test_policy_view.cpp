// What a 班主任's account sees (security/Policy.h), from an EMPTY data file
// through the first-run dialog and the real screens: a head teacher added on
// the staff page, two students of two classes added on the students page, a
// counselling session for one of them. With the principal set to the head
// teacher's account, the navigation keeps only their areas, the student list
// shows only their class, and the family tab shows no counselling. Any Qt
// warning fails.
#include "WarningRecorder.h"
#include "TestSupport.h"

#include "family/CounsellingListModel.h"
#include "family/CounsellingRepository.h"
#include "family/FamilyPage.h"
#include "family/FamilyPanel.h"
#include "firstrun/FirstRunDialog.h"
#include "print/FormListModel.h"
#include "print/PrintPage.h"
#include "school/CurrentUser.h"
#include "settings/ProfileEditor.h"
#include "settings/SettingsPage.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "staff/StaffDialog.h"
#include "staff/StaffPanel.h"
#include "staff/StaffRepository.h"
#include "students/StudentDetailPage.h"
#include "students/StudentDialog.h"
#include "students/StudentListModel.h"
#include "students/StudentRepository.h"
#include "students/StudentsPage.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace rr;
using rr::test::WarningRecorder;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 17);

template <typename T>
void whenOpen(const std::function<void(T *)> &fill)
{
    QTimer::singleShot(0, qApp, [fill] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<T *>(w); dialog && dialog->isVisible())
                return fill(dialog);
        FAIL_CHECK("the dialog did not open");
    });
}

void addStudent(StudentsPage *page, const QString &name, int grade, const QString &className)
{
    whenOpen<StudentDialog>([&](StudentDialog *dialog) {
        dialog->nameEdit()->setText(name);
        dialog->gradeCombo()->setCurrentIndex(dialog->gradeCombo()->findData(grade));
        dialog->classEdit()->setText(className);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    page->findChild<QPushButton *>(u"addStudent"_s)->click();
    QCoreApplication::processEvents();
}

QStringList listedNames(const StudentsPage *page)
{
    QStringList names;
    const StudentListModel *model = page->model();
    for (int r = 0; r < model->rowCount(); ++r)
        names.append(model->index(r, StudentListModel::Name).data().toString());
    names.sort();
    return names;
}

bool navigationShows(const MainWindow *window, Area area)
{
    return !window->findChild<QListWidget *>(u"navigation"_s)->item(areaIndex(area))->isHidden();
}

} // namespace

TEST_CASE("a head teacher's account sees only their class and no counselling notes", "[gui][policy]")
{
    WarningRecorder recorder;
    const auto clock = std::make_shared<FixedClock>(kToday);
    QTemporaryDir dir;
    AppController controller(clock);

    whenOpen<FirstRunDialog>([&](FirstRunDialog *setup) {
        setup->protectBox()->setChecked(false);
        setup->profileEditor()->schoolEdit()->setText(u"星光小学"_s);
        setup->profileEditor()->teacherEdit()->setText(u"马晓燕"_s);
        setup->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    auto opened = controller.openForWriting(dir.filePath(u"school.sqlite"_s), OpenMode::CreateIfMissing);
    REQUIRE(opened);
    const std::shared_ptr<Database> db = *opened;
    REQUIRE(db->principal().isOpen());
    REQUIRE(controller.showDatabase(db, Area::Settings));
    MainWindow *window = controller.window();
    REQUIRE(window);
    window->resize(1366, 768);
    window->show();

    // ---- A head teacher of 三年级2班, on the staff page --------------------
    window->showArea(Area::Settings);
    auto *settings = qobject_cast<SettingsPage *>(window->page(Area::Settings));
    REQUIRE(settings);
    settings->tabs()->setCurrentWidget(settings->staffPanel());
    StaffPanel *staff = settings->staffPanel();
    staff->addStaff();
    QPointer<StaffDialog> staffDialog = qobject_cast<StaffDialog *>(staff->dialog());
    REQUIRE(staffDialog);
    staffDialog->nameEdit()->setText(u"李老师"_s);
    staffDialog->roleCheck(StaffRole::HeadTeacher)->setChecked(true);
    staffDialog->classesLedEdit()->setText(u"三年级2班"_s);
    staffDialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(staffDialog);
    const auto head = StaffRepository(db).findByKey(u"李老师"_s, RetiredStaff::Excluded);
    REQUIRE(head);

    // ---- Two classes, one student each, on the students page ---------------
    window->showArea(Area::Students);
    auto *students = qobject_cast<StudentsPage *>(window->page(Area::Students));
    REQUIRE(students);
    addStudent(students, u"张明"_s, 3, u"2班"_s);
    addStudent(students, u"王刚"_s, 4, u"1班"_s);
    CHECK(listedNames(students) == QStringList{u"张明"_s, u"王刚"_s});
    const auto ming = StudentRepository(db).find(u"张明"_s);
    REQUIRE(ming);

    // A counselling session for 张明, held by the resource teacher.
    const auto teacher = CurrentUser(db).id();
    REQUIRE(teacher);
    REQUIRE(*teacher > 0);
    CounsellingSession session;
    session.studentId = ming->id;
    session.date = kToday.addDays(-2);
    session.counsellorId = *teacher;
    session.topic = u"与同学冲突后的情绪"_s;
    session.observations = u"谈到父母离异时哭泣"_s;
    REQUIRE(CounsellingRepository(db).add(session));

    // Without accounts the family tab shows the session.
    students->openStudent(ming->id);
    FamilyPanel *family = students->detailPage()->familyPanel();
    CHECK(family->showsCounselling());
    CHECK(family->counsellingModel()->rowCount() == 1);
    students->showRoster();

    // ---- The head teacher's account ----------------------------------------
    Principal principal;
    principal.accountId = 2;
    principal.staffId = head->id;
    principal.userName = u"li"_s;
    principal.staffName = u"李老师"_s;
    principal.roles = {AccountRole::HeadTeacher};
    db->setPrincipal(principal);
    window->applyPolicy();
    students->reload();

    CHECK(navigationShows(window, Area::Students));
    CHECK(navigationShows(window, Area::FamilyContact));
    CHECK(navigationShows(window, Area::Printing));
    for (Area area : {Area::Ieps, Area::Training, Area::ResourceRoom, Area::Equipment, Area::SchoolArchive, Area::Settings})
        CHECK_FALSE(navigationShows(window, area));
    window->showArea(Area::Settings);   // hidden: stays where it was
    CHECK(window->currentArea() == Area::Students);

    // The list: their class only; adding students is not theirs to do.
    CHECK(listedNames(students) == QStringList{u"张明"_s});
    CHECK_FALSE(students->findChild<QPushButton *>(u"addStudent"_s)->isEnabled());
    CHECK_FALSE(students->findChild<QPushButton *>(u"importRoster"_s)->isEnabled());

    // The family tab: contacts may be added; counselling is not shown at all.
    students->openStudent(ming->id);
    CHECK(students->showsStudent());
    CHECK_FALSE(students->detailPage()->removeButton()->isEnabled());
    students->detailPage()->tabs()->setCurrentWidget(family);
    QCoreApplication::processEvents();
    CHECK_FALSE(family->showsCounselling());
    CHECK_FALSE(family->counsellingView()->isVisible());
    CHECK(family->counsellingModel()->rowCount() == 0);
    auto *withheld = family->findChild<QLabel *>(u"counsellingWithheld"_s);
    REQUIRE(withheld);
    CHECK(withheld->isVisible());
    CHECK(withheld->text().contains(u"保密"_s));
    CHECK(family->findChild<QPushButton *>(u"contactAdd"_s)->isEnabled());
    CHECK_FALSE(family->findChild<QPushButton *>(u"contactEdit"_s)->isEnabled());
    CHECK_FALSE(family->findChild<QPushButton *>(u"contactRemove"_s)->isEnabled());
    // Nothing of the session's text is anywhere on the window.
    for (const QLabel *label : window->findChildren<QLabel *>())
        CHECK_FALSE(label->text().contains(u"父母离异"_s));

    // The school-wide family contact page: their student only, contacts added but not changed.
    window->showArea(Area::FamilyContact);
    QCoreApplication::processEvents();
    auto *familyPage = qobject_cast<FamilyPage *>(window->page(Area::FamilyContact));
    REQUIRE(familyPage);
    familyPage->reload();
    QStringList offered;
    for (int i = 0; i < familyPage->studentFilter()->count(); ++i)
        if (familyPage->studentFilter()->itemData(i).toLongLong() > 0)
            offered.append(familyPage->studentFilter()->itemText(i));
    CHECK(offered.join(u' ').contains(u"张明"_s));
    CHECK_FALSE(offered.join(u' ').contains(u"王刚"_s));
    CHECK(familyPage->findChild<QPushButton *>(u"schoolContactAdd"_s)->isEnabled());
    CHECK_FALSE(familyPage->findChild<QPushButton *>(u"schoolContactEdit"_s)->isEnabled());
    CHECK_FALSE(familyPage->saveRuleButton()->isEnabled());
    // The printing page offers only the forms a 班主任 may print: the
    // student's forms, the roster, home visits and family contacts.
    window->showArea(Area::Printing);
    auto *printing = qobject_cast<PrintPage *>(window->page(Area::Printing));
    REQUIRE(printing);
    CHECK(printing->formModel()->rowCount() == 6);
    window->showArea(Area::Students);
    window->grab().save(dir.filePath(u"head-teacher.png"_s));
    if (const QString keep = qEnvironmentVariable("RR_POLICY_SHOT"); !keep.isEmpty())
        window->grab().save(keep);
}
