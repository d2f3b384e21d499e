// The 学校工作 page from an EMPTY data file, through the first-run dialog: a
// guidance visit recorded in its dialog and listed with the semester's count,
// an archive document filed with a file, listed, and its file written back
// byte for byte; a funding entry with the semester total. Any Qt warning fails.
#include "WarningRecorder.h"
#include "TestSupport.h"

#include "common/MessageLabel.h"
#include "firstrun/FirstRunDialog.h"
#include "schoolwork/ArchiveRecordDialogs.h"
#include "schoolwork/GuidanceVisitDialog.h"
#include "schoolwork/GuidanceVisitListModel.h"
#include "schoolwork/SchoolDocumentListModel.h"
#include "schoolwork/SchoolListPanel.h"
#include "schoolwork/SchoolRecordDialogs.h"
#include "schoolwork/SchoolWorkPage.h"
#include "settings/ProfileEditor.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
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

void clickOk(QDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QStringList column(QTableView *view, int col)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << view->model()->index(r, col).data().toString();
    return out;
}

} // namespace

TEST_CASE("on an empty school the school-work page records a guidance visit and files a document with a file",
          "[gui][schoolwork]")
{
    WarningRecorder recorder;
    const auto clock = std::make_shared<FixedClock>(kToday);
    QTemporaryDir dir;
    AppController controller(clock);
    bool firstRunShown = false;
    whenOpen<FirstRunDialog>([&](FirstRunDialog *setup) {
        setup->protectBox()->setChecked(false);
        firstRunShown = true;
        setup->profileEditor()->schoolEdit()->setText(u"星光小学"_s);
        setup->profileEditor()->teacherEdit()->setText(u"马晓燕"_s);
        setup->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    auto opened = controller.openForWriting(dir.filePath(u"school.sqlite"_s), OpenMode::CreateIfMissing);
    REQUIRE(opened);
    REQUIRE(controller.showDatabase(*opened, Area::SchoolArchive));
    REQUIRE(firstRunShown);
    MainWindow *window = controller.window();
    REQUIRE(window);
    window->resize(1366, 768);
    window->show();
    auto *page = qobject_cast<SchoolWorkPage *>(window->page(Area::SchoolArchive));
    REQUIRE(page);
    QAbstractItemModelTester guidanceTester(page->guidanceModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester documentTester(page->documentModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(page->semesterCombo()->count() == 1);
    CHECK(page->guidanceModel()->rowCount() == 0);

    // ---- A guidance visit ----------------------------------------------------
    page->tabs()->setCurrentIndex(SchoolWorkPage::GuidanceTab);
    page->addGuidanceVisit();
    QPointer<GuidanceVisitDialog> visit = qobject_cast<GuidanceVisitDialog *>(page->dialog());
    REQUIRE(visit);
    visit->dateEdit()->setDate(QDate(2026, 10, 12));
    clickOk(visit);   // no visiting teacher: refused inside the dialog
    REQUIRE(visit);
    CHECK_FALSE(visit->message()->text().isEmpty());
    visit->visitorEdit()->setText(u"周敏"_s);
    visit->centreEdit()->setText(u"市特殊教育资源中心"_s);
    visit->topicCheck(GuidanceTopic::IepWriting)->setChecked(true);
    visit->problemsEdit()->setPlainText(u"目标笼统"_s);
    visit->suggestionsEdit()->setPlainText(u"改写为可测量的短期目标"_s);
    clickOk(visit);
    CHECK_FALSE(visit);
    QTableView *visits = page->guidance()->table();
    REQUIRE(visits->model()->rowCount() == 1);
    CHECK(column(visits, GuidanceVisitListModel::Visitor) == QStringList{u"周敏"_s});
    CHECK(column(visits, GuidanceVisitListModel::Date).first().contains(u"10"_s));
    CHECK(page->guidance()->summary()->text().contains(u"1"_s));
    CHECK_FALSE(page->guidance()->message()->text().isEmpty());

    // ---- A document with a file -----------------------------------------------
    page->tabs()->setCurrentIndex(SchoolWorkPage::DocumentsTab);
    const QString scan = dir.filePath(u"管理制度.pdf"_s);
    QByteArray bytes;
    for (int i = 0; i < 5000; ++i)
        bytes.append(char((i * 37) % 256));
    {
        QFile f(scan);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    page->addDocument();
    QPointer<DocumentDialog> document = qobject_cast<DocumentDialog *>(page->dialog());
    REQUIRE(document);
    document->categoryCombo()->setCurrentIndex(document->categoryCombo()->findData(int(DocumentCategory::Policies)));
    document->titleEdit()->setText(u"资源教室管理制度"_s);
    document->dateEdit()->setDate(QDate(2026, 9, 10));
    document->addFilePath(scan);
    CHECK(document->fileList()->count() == 1);
    clickOk(document);
    CHECK_FALSE(document);
    QTableView *documents = page->documents()->table();
    REQUIRE(documents->model()->rowCount() == 1);
    CHECK(column(documents, SchoolDocumentListModel::Title) == QStringList{u"资源教室管理制度"_s});
    CHECK(column(documents, SchoolDocumentListModel::Files) == QStringList{u"管理制度.pdf"_s});
    CHECK(page->documents()->summary()->text().contains(u"1"_s));   // 1 of 10 items: the policy

    // A second file added to the chosen document, then both written back.
    const QString photo = dir.filePath(u"照片.png"_s);
    {
        QFile f(photo);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("PNGDATA");
    }
    page->documents()->selectId(page->documentModel()->records().first().id);
    REQUIRE(page->addFileToDocument(photo));
    CHECK(column(documents, SchoolDocumentListModel::Files).first().contains(u"照片.png"_s));
    QTemporaryDir out;
    const QStringList written = page->saveChosenFiles(page->documents(), out.path());
    REQUIRE(written.size() == 2);
    CHECK(test::sha256OfFile(written.at(0)) == test::sha256OfFile(scan));
    CHECK(test::sha256OfFile(written.at(1)) == test::sha256OfFile(photo));

    // ---- Funding ----------------------------------------------------------------
    page->tabs()->setCurrentIndex(SchoolWorkPage::FundingTab);
    page->funding()->findChild<QPushButton *>(u"addFunding"_s)->click();
    QPointer<FundingDialog> funding = qobject_cast<FundingDialog *>(page->dialog());
    REQUIRE(funding);
    funding->dateEdit()->setDate(QDate(2026, 10, 8));
    funding->amountEdit()->setText(u"1.234"_s);
    funding->sourceEdit()->setText(u"专项经费"_s);
    funding->purposeEdit()->setText(u"感统器材"_s);
    clickOk(funding);   // three decimals: refused
    REQUIRE(funding);
    funding->amountEdit()->setText(u"1200.5"_s);
    clickOk(funding);
    CHECK_FALSE(funding);
    CHECK(page->funding()->table()->model()->rowCount() == 1);
    CHECK(page->funding()->summary()->text().contains(u"1,200.50"_s));

    // Removing the visit takes it off the list.
    page->tabs()->setCurrentIndex(SchoolWorkPage::GuidanceTab);
    page->guidance()->table()->selectRow(0);
    REQUIRE(page->remove(page->guidance(), false));
    CHECK(page->guidance()->table()->model()->rowCount() == 0);
}
