// The school calendar from an EMPTY data file: the first-run dialog offers the
// statutory holidays inside the new semester, the Settings page's "School
// calendar" tab shows the teaching weeks and the entries and adds a range,
// "Add semester" offers the statutory days again, and a new timetable slot
// takes effect on the clock's today. Any Qt warning fails the test.
#include "WarningRecorder.h"
#include "TestSupport.h"
#include "school/CurrentUser.h"

#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "common/MessageLabel.h"
#include "firstrun/FirstRunDialog.h"
#include "iep/EnumCombo.h"
#include "rooms/ResourceRoomPage.h"
#include "rooms/RoomRepository.h"
#include "school/SettingsRepository.h"
#include "settings/CalendarDayDialog.h"
#include "settings/CalendarDayListModel.h"
#include "settings/ProfileEditor.h"
#include "settings/SchoolCalendarPanel.h"
#include "settings/SemesterDialog.h"
#include "settings/SemesterEditor.h"
#include "settings/SettingsPage.h"
#include "settings/TeachingWeekModel.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "staff/StaffRepository.h"
#include "students/StudentRepository.h"
#include "timetable/SlotDialog.h"
#include "timetable/TimetablePanel.h"
#include "timetable/TimetableRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace rr;
using rr::test::WarningRecorder;
using namespace Qt::Literals::StringLiterals;
using Mode = QAbstractItemModelTester::FailureReportingMode;

namespace {

// Runs `fill` on the modal dialog of type T once it is open (exec() blocks).
template <typename T>
void whenOpen(const std::function<void(T *)> &fill)
{
    QTimer::singleShot(0, qApp, [fill] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        fill(dialog);
    });
}

QStringList column(const QAbstractItemModel *model, int col)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, col).data().toString();
    return values;
}

} // namespace

TEST_CASE("an empty school gets its calendar through the first run, the calendar tab and a slot from today",
          "[gui][calendar]")
{
    WarningRecorder recorder;
    AppController::applyAppearance();
    const auto clock = std::make_shared<FixedClock>(QDate(2026, 12, 1));
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    AppController controller(clock);

    // ---- First run: the statutory days of 2026年秋季学期 are offered, checked.
    int offered = 0;
    whenOpen<FirstRunDialog>([&](FirstRunDialog *dialog) {
        dialog->protectBox()->setChecked(false);
        dialog->profileEditor()->schoolEdit()->setText(u"星光小学"_s);
        dialog->profileEditor()->teacherEdit()->setText(u"王老师"_s);
        CalendarDayListModel *offer = dialog->semesterEditor()->statutoryModel();
        offered = offer->rowCount();
        CHECK(column(offer, CalendarDayListModel::Name)
              == QStringList{u"国庆节调休上班"_s, u"中秋节"_s, u"国庆节"_s, u"国庆节调休上班"_s});
        // A semester starting on 2 October gets the rest of 国庆, and keeps what was unticked.
        dialog->semesterEditor()->startEdit()->setDate(QDate(2026, 10, 2));
        CHECK(offer->rowCount() == 2);
        CHECK(offer->dayAt(0).first == QDate(2026, 10, 2));
        dialog->semesterEditor()->startEdit()->setDate(QDate(2026, 9, 1));
        REQUIRE(offer->rowCount() == 4);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    REQUIRE(controller.showDatabase(temp->db, Area::Settings));
    CHECK(offered == 4);
    const qint64 semesterId = SettingsRepository(temp->db).profile()->currentSemesterId;
    const Semester semester = *SemesterRepository(temp->db).byId(semesterId);
    CHECK(semester.days.size() == 4);
    CHECK(isHoliday(semester, QDate(2026, 10, 6)));

    // ---- The School calendar tab.
    MainWindow *window = controller.window();
    REQUIRE(window);
    window->showNormal();
    window->resize(1366, 768);
    auto *settings = qobject_cast<SettingsPage *>(window->page(Area::Settings));
    REQUIRE(settings);
    SchoolCalendarPanel *calendar = settings->calendarPanel();
    settings->tabs()->setCurrentWidget(calendar);
    QAbstractItemModelTester dayTester(calendar->dayModel(), Mode::Warning);
    QAbstractItemModelTester weekTester(calendar->weekModel(), Mode::Warning);
    QAbstractItemModelTester offerTester(calendar->dayView()->model(), Mode::Warning);
    CHECK(calendar->semesterId() == semesterId);
    CHECK(calendar->dayModel()->rowCount() == 4);
    CHECK(calendar->weekModel()->rowCount() == 21);   // 8/31 to 1/24, Monday to Sunday
    // Week 6 (10/5–10/11): 国庆 takes Monday to Wednesday, Saturday 10/10 is worked.
    const QModelIndex week6 = calendar->weekModel()->index(5, TeachingWeekModel::SchoolDays);
    CHECK(week6.data().toInt() == 3);

    // An overlapping entry is refused inside the dialog, then corrected.
    whenOpen<CalendarDayDialog>([&](CalendarDayDialog *dialog) {
        dialog->nameEdit()->setText(u"秋季运动会"_s);
        dialog->firstEdit()->setDate(QDate(2026, 10, 7));
        dialog->lastEdit()->setDate(QDate(2026, 10, 8));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        CHECK(dialog->isVisible());
        CHECK(dialog->message()->isError());
        CHECK(dialog->message()->text().contains(u"国庆节"_s));
        dialog->firstEdit()->setDate(QDate(2026, 11, 5));
        dialog->lastEdit()->setDate(QDate(2026, 11, 6));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    calendar->addButton()->click();
    REQUIRE(calendar->dayModel()->rowCount() == 5);
    CHECK(calendar->message()->text().contains(u"秋季运动会"_s));
    CHECK(isHoliday(*SemesterRepository(temp->db).byId(semesterId), QDate(2026, 11, 6)));
    // Sortable by its headers: by name, then back to the dates.
    calendar->dayView()->sortByColumn(CalendarDayListModel::Name, Qt::DescendingOrder);
    CHECK(calendar->dayView()->model()->index(0, CalendarDayListModel::Name).data().toString() == u"秋季运动会"_s);
    calendar->dayView()->sortByColumn(CalendarDayListModel::First, Qt::AscendingOrder);
    CHECK(calendar->dayView()->model()->index(4, CalendarDayListModel::Name).data().toString() == u"秋季运动会"_s);
    // The statutory days are there already: nothing is added twice.
    calendar->statutoryButton()->click();
    CHECK(calendar->dayModel()->rowCount() == 5);
    CHECK_FALSE(calendar->message()->isError());

    QApplication::processEvents();
    if (const QString folder = qEnvironmentVariable("RR_SCREENSHOT_DIR"); !folder.isEmpty())
        CHECK(window->grab().save(QDir(folder).filePath(u"school-calendar.png"_s)));

    // ---- Add semester: the statutory days of the chosen dates, one unticked.
    settings->tabs()->setCurrentIndex(0);
    whenOpen<SemesterDialog>([&](SemesterDialog *dialog) {
        dialog->editor()->nameEdit()->setText(u"2026年春季学期"_s);
        dialog->editor()->startEdit()->setDate(QDate(2026, 2, 24));
        dialog->editor()->endEdit()->setDate(QDate(2026, 7, 10));
        CalendarDayListModel *offer = dialog->editor()->statutoryModel();
        REQUIRE(offer->rowCount() == 5);   // 2/28 worked, 清明, 劳动节, 5/9 worked, 端午
        CHECK(offer->setData(offer->index(0, CalendarDayListModel::Name), Qt::Unchecked, Qt::CheckStateRole));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    settings->findChild<QPushButton *>(u"addSemester"_s)->click();
    const auto spring = SemesterRepository(temp->db).find(u"2026年春季学期"_s);
    REQUIRE(spring);
    CHECK(spring->days.size() == 4);
    CHECK_FALSE(isSchoolDay(*spring, QDate(2026, 2, 28)));
    calendar->selectSemester(spring->id);
    CHECK(calendar->dayModel()->rowCount() == 4);
    CHECK(SettingsRepository(temp->db).profile()->currentSemesterId == semesterId);

    // ---- A slot made on 12/1 takes effect on 12/1 and lasts to the semester's end.
    auto room = RoomRepository(temp->db).add(Room{0, u"个训室"_s, RoomType::IndividualTraining, 2, {}});
    REQUIRE(room);
    // The first-run teacher is staff already: the slot's instructor.
    const std::optional<qint64> teacher = *CurrentUser(temp->db).id();
    REQUIRE(*teacher > 0);
    Student child;
    child.name = u"张小明"_s;
    child.needs = {{NeedCategory::Intellectual, 3, {}}};
    auto student = StudentRepository(temp->db).add(child);
    REQUIRE(student);

    window->showArea(Area::ResourceRoom);
    auto *roomPage = qobject_cast<ResourceRoomPage *>(window->page(Area::ResourceRoom));
    REQUIRE(roomPage);
    roomPage->showTab(ResourceRoomPage::TimetableTab);
    TimetablePanel *timetable = roomPage->timetable();
    timetable->addSlot();
    QPointer<SlotDialog> slotDialog = timetable->slotDialog();
    REQUIRE(slotDialog);
    CHECK(slotDialog->validFromEdit()->date() == QDate(2026, 12, 1));
    CHECK(slotDialog->validUntilEdit()->date() == QDate(2027, 1, 20));
    CHECK(slotDialog->validFromEdit()->minimumDate() == QDate(2026, 9, 1));
    slotDialog->weekdayCombo()->setCurrentIndex(1);   // Tuesday
    slotDialog->startEdit()->setTime(QTime(10, 0));
    slotDialog->endEdit()->setTime(QTime(10, 40));
    slotDialog->roomCombo()->setCurrentIndex(slotDialog->roomCombo()->findData(*room));
    slotDialog->instructorCombo()->setCurrentIndex(slotDialog->instructorCombo()->findData(*teacher));
    slotDialog->setStudentChecked(*student, true);
    slotDialog->contentEdit()->setText(u"数学个训"_s);
    slotDialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QApplication::processEvents();
    const auto slots_ = TimetableRepository(temp->db).slotsOf(semesterId).value();
    REQUIRE(slots_.size() == 1);
    CHECK(slots_.first().validFrom == QDate(2026, 12, 1));
    CHECK(slots_.first().validUntil == QDate(2027, 1, 20));
    // It meets on 12/1 and later Tuesdays only.
    const auto meetings = TimetableRepository(temp->db).occurrences(QDate(2026, 9, 1), QDate(2026, 12, 8)).value();
    REQUIRE(meetings.size() == 2);
    CHECK(meetings.first().date == QDate(2026, 12, 1));

    // Ending it on 12/1 keeps that meeting.
    REQUIRE(timetable->selectSlot(slots_.first().id, QDate(2026, 12, 1)));
    CHECK(timetable->endSlot(QDate(2026, 12, 1)));
    CHECK(TimetableRepository(temp->db).occurrences(QDate(2026, 9, 1), QDate(2027, 1, 20))->size() == 1);

    window->close();
    CHECK_NO_WARNINGS(recorder);
}
