// The school-wide 家校联系 page from an EMPTY data file, through the first-run
// dialog and the real screens: a student added, a contact recorded from the
// page (refused first without a student), found in the list and through its
// filters; the monthly check flags the months the student went without
// contact and drops the one now covered; the contacts-per-month rule turned
// off and raised on the page, read back from the data file; the student's
// printed 家校联系记录表. Any Qt warning fails.
#include "WarningRecorder.h"
#include "TestSupport.h"

#include "common/MessageLabel.h"
#include "family/ContactDialog.h"
#include "family/ContactShortfallModel.h"
#include "family/FamilyContactRepository.h"
#include "family/FamilyPage.h"
#include "family/FamilySettings.h"
#include "family/SchoolContactListModel.h"
#include "firstrun/FirstRunDialog.h"
#include "print/PdfExport.h"
#include "settings/ProfileEditor.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "students/StudentDialog.h"
#include "students/StudentRepository.h"
#include "students/StudentsPage.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
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

const QDate kToday(2026, 11, 17);

void clickOk(QDialogButtonBox *buttons)
{
    buttons->button(QDialogButtonBox::Ok)->click();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

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

// The months (1st of each) the check holds against `studentId`, and whether each has ended.
QMap<QDate, FamilyShortfall> flagged(const ContactShortfallModel *model, qint64 studentId)
{
    QMap<QDate, FamilyShortfall> months;
    for (const FamilyShortfall &s : model->shortfalls()) {
        CHECK(s.check == FamilyCheck::Contact);   // counselling never on this page
        if (s.studentId == studentId)
            months.insert(s.month, s);
    }
    return months;
}

} // namespace

TEST_CASE("the family contact page lists the school's contacts, flags the months without and sets the rule",
          "[gui][family]")
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
    REQUIRE(controller.showDatabase(db, Area::Students));
    MainWindow *window = controller.window();
    REQUIRE(window);
    window->resize(1366, 768);
    window->show();

    auto *students = qobject_cast<StudentsPage *>(window->page(Area::Students));
    REQUIRE(students);
    whenOpen<StudentDialog>([](StudentDialog *dialog) {
        dialog->nameEdit()->setText(u"张明"_s);
        dialog->classEdit()->setText(u"2班"_s);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    students->findChild<QPushButton *>(u"addStudent"_s)->click();
    const auto student = StudentRepository(db).find(u"张明"_s);
    REQUIRE(student);

    // The area in the navigation is the page, not a placeholder.
    window->showArea(Area::FamilyContact);
    QCoreApplication::processEvents();
    auto *page = qobject_cast<FamilyPage *>(window->page(Area::FamilyContact));
    REQUIRE(page);
    REQUIRE(page->isVisible());
    QAbstractItemModelTester contactTester(page->contactModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester checkTester(page->shortfallModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(page->contactModel()->rowCount() == 0);
    CHECK(page->perMonthSpin()->value() == kDefaultContactsPerMonth);

    // No contact yet: September and October are gone by without one; November is still open.
    auto months = flagged(page->shortfallModel(), student->id);
    REQUIRE(months.contains(QDate(2026, 10, 1)));
    CHECK(months.contains(QDate(2026, 9, 1)));
    CHECK(months.value(QDate(2026, 10, 1)).ended);
    CHECK(months.value(QDate(2026, 10, 1)).found == 0);
    CHECK(months.contains(QDate(2026, 11, 1)));
    CHECK_FALSE(months.value(QDate(2026, 11, 1)).ended);
    CHECK(page->checkSummary()->text().contains(u"1"_s));
    bool shownByName = false;
    for (int r = 0; r < page->shortfallModel()->rowCount(); ++r)
        shownByName |= page->shortfallModel()->index(r, ContactShortfallModel::Student).data().toString() == u"张明"_s;
    CHECK(shownByName);

    // Recording needs a student: refused with a message while the filter says all.
    auto *add = page->findChild<QPushButton *>(u"schoolContactAdd"_s);
    REQUIRE(add);
    add->click();
    CHECK_FALSE(page->dialog());
    CHECK(page->message()->isError());
    CHECK_FALSE(page->printDocument());

    // The student chosen in the filter; a phone call in October, through the contact dialog.
    page->studentFilter()->setCurrentIndex(page->studentFilter()->findData(student->id));
    add->click();
    QPointer<ContactDialog> dialog = qobject_cast<ContactDialog *>(page->dialog());
    REQUIRE(dialog);
    dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(int(ContactKind::Phone)));
    dialog->dateEdit()->setDate(QDate(2026, 10, 20));
    dialog->contentEdit()->setPlainText(u"电话沟通孩子近期情绪变化，约定每周五反馈在家的训练情况，并提醒家长按时接送参加资源教室训练"_s);
    dialog->viewsEdit()->setPlainText(u"父亲外出打工"_s);
    clickOk(dialog->buttons());
    CHECK_FALSE(dialog);
    CHECK_FALSE(page->message()->isError());

    // In the list: the date, the student, the kind, the staff, the opening of what was said.
    REQUIRE(page->contactModel()->rowCount() == 1);
    const auto cell = [&](int column) { return page->contactModel()->index(0, column).data().toString(); };
    CHECK(cell(SchoolContactListModel::Student) == u"张明"_s);
    CHECK(cell(SchoolContactListModel::Kind) == contactKindLabel(ContactKind::Phone));
    CHECK(cell(SchoolContactListModel::Staff) == u"马晓燕"_s);
    CHECK(cell(SchoolContactListModel::Content).startsWith(u"电话沟通孩子近期情绪变化"_s));
    CHECK(cell(SchoolContactListModel::Content).endsWith(u"…"_s));
    for (int c = 0; c < SchoolContactListModel::ColumnCount; ++c)
        CHECK_FALSE(cell(c).contains(u"打工"_s));   // the family's situation stays off the list
    REQUIRE(FamilyContactRepository(db).forStudent(student->id)->size() == 1);

    // The filters: all students again, then by kind and by month.
    page->studentFilter()->setCurrentIndex(0);
    CHECK(page->contactModel()->rowCount() == 1);
    page->kindFilter()->setCurrentIndex(page->kindFilter()->findData(int(ContactKind::HomeVisit)));
    CHECK(page->contactModel()->rowCount() == 0);
    page->kindFilter()->setCurrentIndex(0);
    page->monthFilter()->setCurrentIndex(page->monthFilter()->findData(QDate(2026, 9, 1)));
    CHECK(page->contactModel()->rowCount() == 0);
    page->monthFilter()->setCurrentIndex(page->monthFilter()->findData(QDate(2026, 10, 1)));
    CHECK(page->contactModel()->rowCount() == 1);

    // October is covered now; September is still flagged.
    months = flagged(page->shortfallModel(), student->id);
    CHECK_FALSE(months.contains(QDate(2026, 10, 1)));
    CHECK(months.contains(QDate(2026, 9, 1)));

    // The printed 家校联系记录表 of the selected contact's student.
    page->contactView()->selectRow(0);
    auto form = page->printDocument();
    REQUIRE(form);
    REQUIRE(writeFormPdf(*form, dir.filePath(u"contacts.pdf"_s)));
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {dir.filePath(u"contacts.pdf"_s), u"-"_s});
    pdftotext.waitForFinished(60000);
    static const QRegularExpression space(u"\\s+"_s);
    const QString printed = QString::fromUtf8(pdftotext.readAllStandardOutput()).remove(space);
    CHECK(printed.contains(u"家校联系记录表"_s));
    CHECK(printed.contains(u"张明"_s));
    CHECK(printed.contains(u"约定每周五反馈"_s));

    // The rule: off, then two a month; the data file holds what the page says.
    page->perMonthSpin()->setValue(0);
    page->saveRuleButton()->click();
    CHECK(loadContactsPerMonth(*db).value() == 0);
    CHECK(page->shortfallModel()->rowCount() == 0);
    CHECK_FALSE(page->message()->isError());
    page->perMonthSpin()->setValue(2);
    page->saveRuleButton()->click();
    CHECK(loadContactsPerMonth(*db).value() == 2);
    months = flagged(page->shortfallModel(), student->id);
    REQUIRE(months.contains(QDate(2026, 10, 1)));
    CHECK(months.value(QDate(2026, 10, 1)).found == 1);
    CHECK(months.value(QDate(2026, 10, 1)).required == 2);
    // Out of range is refused by core, in words, and nothing changes.
    CHECK_FALSE(saveContactsPerMonth(db, kMaxContactsPerMonth + 1));
    CHECK(loadContactsPerMonth(*db).value() == 2);
    page->perMonthSpin()->setValue(1);
    page->saveRuleButton()->click();
    CHECK(loadContactsPerMonth(*db).value() == 1);

    // RR_SCREENSHOT_DIR keeps a picture of the page, to look at.
    if (const QString shots = qEnvironmentVariable("RR_SCREENSHOT_DIR"); !shots.isEmpty()) {
        page->monthFilter()->setCurrentIndex(0);
        window->resize(1366, 768);
        QCoreApplication::processEvents();
        CHECK(window->grab().save(shots + u"/family-page.png"_s));
    }
    CHECK_NO_WARNINGS(recorder);
}
