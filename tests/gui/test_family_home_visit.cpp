// From an EMPTY data file, through the first-run dialog and the real screens:
// a student added, a home visit recorded on the student's page (refused
// first without content), found in the contacts list and in the printed
// 家访记录表; a counselling session recorded and shown masked in its list,
// its notes only in the printed 心理辅导记录表 under 保密. Any Qt warning fails.
#include "WarningRecorder.h"
#include "TestSupport.h"

#include "common/MessageLabel.h"
#include "common/TimeEdit.h"
#include "family/ContactDialog.h"
#include "family/ContactListModel.h"
#include "family/CounsellingDialog.h"
#include "family/CounsellingListModel.h"
#include "family/FamilyContactRepository.h"
#include "family/FamilyPanel.h"
#include "firstrun/FirstRunDialog.h"
#include "print/PdfExport.h"
#include "settings/ProfileEditor.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "students/StudentDetailPage.h"
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
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
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

QString pdfText(const FormDocument &document, const QString &path)
{
    REQUIRE(writeFormPdf(document, path));
    QProcess process;
    process.start(u"pdftotext"_s, {path, u"-"_s});
    process.waitForFinished(60000);
    static const QRegularExpression space(u"\\s+"_s);
    return QString::fromUtf8(process.readAllStandardOutput()).remove(space);
}

} // namespace

TEST_CASE("a home visit recorded on an empty school is on the student's page and in the printed form", "[gui][family]")
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

    // A student, through the student dialog.
    auto *students = qobject_cast<StudentsPage *>(window->page(Area::Students));
    REQUIRE(students);
    whenOpen<StudentDialog>([](StudentDialog *dialog) {
        dialog->nameEdit()->setText(u"张明"_s);
        dialog->classEdit()->setText(u"2班"_s);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    students->findChild<QPushButton *>(u"addStudent"_s)->click();   // as the teacher does
    const auto student = StudentRepository(db).find(u"张明"_s);
    REQUIRE(student);

    // The student's page, its family tab.
    students->openStudent(student->id);
    StudentDetailPage *page = students->detailPage();
    REQUIRE(page);
    FamilyPanel *panel = page->familyPanel();
    REQUIRE(panel);
    page->tabs()->setCurrentWidget(panel);
    QAbstractItemModelTester contactTester(panel->contactModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester counsellingTester(panel->counsellingModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(panel->contactModel()->rowCount() == 0);

    panel->addContact();
    QPointer<ContactDialog> dialog = qobject_cast<ContactDialog *>(panel->dialog());
    REQUIRE(dialog);
    dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(int(ContactKind::HomeVisit)));
    dialog->dateEdit()->setDate(QDate(2026, 11, 12));
    dialog->timeEdit()->setTime(QTime(16, 30));
    CHECK(dialog->staffCombo()->currentText() == u"马晓燕"_s);   // the teacher at the keyboard
    dialog->presentEdit()->setText(u"母亲、祖母"_s);
    // No content: refused in Chinese, nothing saved, the dialog stays open.
    clickOk(dialog->buttons());
    REQUIRE(dialog);
    CHECK_FALSE(dialog->message()->text().isEmpty());
    CHECK(FamilyContactRepository(db).forStudent(student->id)->isEmpty());
    dialog->contentEdit()->setPlainText(u"了解孩子在家的作息，介绍本学期训练目标"_s);
    dialog->viewsEdit()->setPlainText(u"祖母照看，家长希望加强识字"_s);
    dialog->followUpEdit()->setPlainText(u"每天亲子阅读15分钟"_s);
    dialog->dueEdit()->setDate(QDate(2026, 12, 12));
    clickOk(dialog->buttons());
    CHECK_FALSE(dialog);

    // On the student's page: one row, the home visit, without the family's views.
    REQUIRE(panel->contactModel()->rowCount() == 1);
    const auto cell = [&](int column) { return panel->contactModel()->index(0, column).data().toString(); };
    CHECK(cell(ContactListModel::Kind) == contactKindLabel(ContactKind::HomeVisit));
    CHECK(cell(ContactListModel::Staff) == u"马晓燕"_s);
    CHECK(cell(ContactListModel::Content) == u"了解孩子在家的作息，介绍本学期训练目标"_s);
    CHECK(cell(ContactListModel::Date).contains(u"16:30"_s));
    for (int c = 0; c < ContactListModel::ColumnCount; ++c)
        CHECK_FALSE(cell(c).contains(u"识字"_s));
    const auto stored = FamilyContactRepository(db).forStudent(student->id);
    REQUIRE(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->at(0).followUpDue == QDate(2026, 12, 12));

    // The printed 家访记录表 holds it.
    auto visitForm = panel->printDocument(u"home-visit"_s);
    REQUIRE(visitForm);
    const QString visitText = pdfText(*visitForm, dir.filePath(u"visit.pdf"_s));
    CHECK(visitText.contains(u"家访记录表"_s));
    CHECK(visitText.contains(u"张明"_s));
    CHECK(visitText.contains(u"了解孩子在家的作息，介绍本学期训练目标"_s));
    CHECK(visitText.contains(u"祖母照看，家长希望加强识字"_s));
    CHECK(visitText.contains(u"2026年11月12日16:30"_s));

    // Counselling: recorded in its dialog, masked in its list.
    panel->addCounselling();
    QPointer<CounsellingDialog> session = qobject_cast<CounsellingDialog *>(panel->dialog());
    REQUIRE(session);
    session->dateEdit()->setDate(QDate(2026, 11, 16));
    session->topicEdit()->setText(u"与同学冲突后的情绪"_s);
    session->observationsEdit()->setPlainText(u"谈到家里时哭泣"_s);
    clickOk(session->buttons());
    CHECK_FALSE(session);
    REQUIRE(panel->counsellingModel()->rowCount() == 1);
    for (int c = 0; c < CounsellingListModel::ColumnCount; ++c) {
        const QString text = panel->counsellingModel()->index(0, c).data().toString();
        CHECK_FALSE(text.contains(u"冲突"_s));
        CHECK_FALSE(text.contains(u"哭泣"_s));
    }
    CHECK_FALSE(panel->counsellingModel()->index(0, CounsellingListModel::Notes).data().toString().isEmpty());
    auto counsellingForm = panel->printDocument(u"counselling"_s);
    REQUIRE(counsellingForm);
    const QString counsellingText = pdfText(*counsellingForm, dir.filePath(u"counselling.pdf"_s));
    CHECK(counsellingText.contains(u"保密"_s));
    CHECK(counsellingText.contains(u"谈到家里时哭泣"_s));

    // RR_SCREENSHOT_DIR keeps a picture of the tab, to look at.
    if (const QString shots = qEnvironmentVariable("RR_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QCoreApplication::processEvents();
        CHECK(window->grab().save(shots + u"/family-tab.png"_s));
    }
    CHECK_NO_WARNINGS(recorder);
}
