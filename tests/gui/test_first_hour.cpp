// The first hour's shared widgets, offscreen: time fields that read "0900",
// calendars that start on Monday in both languages, the screen date style in
// date fields, banners that clear on the next action, file dialogs that open
// in an existing folder, lists that sort by their headers (and still open the
// row clicked), and Tab reaching the roster filters.
#include "UiWalk.h"
#include "WarningRecorder.h"
#include "TestSupport.h"

#include "calendar/ScreenDate.h"
#include "common/Clock.h"
#include "common/FileDialogs.h"
#include "common/MessageLabel.h"
#include "common/SortProxy.h"
#include "common/TimeEdit.h"
#include "demo/DemoSchool.h"
#include "i18n/Language.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "students/RosterFilterBar.h"
#include "training/RecordsPanel.h"
#include "training/SessionListModel.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

using namespace rr;
using rr::test::WarningRecorder;
using namespace Qt::Literals::StringLiterals;

namespace {

QTime typed(TimeEdit &edit, const QString &text)
{
    edit.setFocus();
    QCoreApplication::processEvents();   // the focus selects the whole text
    edit.selectAll();
    QTest::keyClicks(&edit, text);
    QTest::keyClick(&edit, Qt::Key_Return);
    return edit.time();
}

// Opens the date field's popup calendar the way the keyboard does (F4).
QCalendarWidget *openPopup(QDateEdit *edit)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_F4);
    QCoreApplication::processEvents();
    if (!edit->calendarWidget() || !edit->calendarWidget()->isVisible()) {   // the arrow at the right end
        QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(edit->width() - 6, edit->height() / 2));
        QCoreApplication::processEvents();
    }
    QCalendarWidget *calendar = edit->calendarWidget();
    return calendar && calendar->isVisible() ? calendar : nullptr;
}

} // namespace

TEST_CASE("time fields read 0900, 9:00 and 9.00", "[gui][time]")
{
    WarningRecorder recorder;
    QWidget window;
    auto *edit = new TimeEdit(QTime(8, 0), &window);
    auto *other = new QLineEdit(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(edit);
    layout->addWidget(other);
    window.show();
    QApplication::setActiveWindow(&window);

    CHECK(edit->text() == u"08:00"_s);
    CHECK(typed(*edit, u"0900"_s) == QTime(9, 0));
    CHECK(edit->text() == u"09:00"_s);
    CHECK(typed(*edit, u"9:30"_s) == QTime(9, 30));
    CHECK(typed(*edit, u"9.45"_s) == QTime(9, 45));
    CHECK(typed(*edit, u"1405"_s) == QTime(14, 5));
    CHECK(typed(*edit, u"800"_s) == QTime(8, 0));
    // Text that is no time is refused key by key; the time stays.
    CHECK(typed(*edit, u"9x"_s) == QTime(9, 0));
    CHECK(typed(*edit, u"2500"_s) != QTime(0, 0));

    SECTION("leaving the field takes the typed time too")
    {
        edit->setFocus();
        QCoreApplication::processEvents();
        edit->selectAll();
        QTest::keyClicks(edit, u"1030"_s);
        other->setFocus();
        QCoreApplication::processEvents();
        CHECK(edit->time() == QTime(10, 30));
        CHECK(edit->text() == u"10:30"_s);
    }
    SECTION("the arrow keys still step the time")
    {
        edit->setTime(QTime(9, 0));
        edit->setCurrentSection(QDateTimeEdit::MinuteSection);
        QTest::keyClick(edit, Qt::Key_Up);
        CHECK(edit->time() == QTime(9, 1));
    }
    SECTION("an optional field is emptied with its special text")
    {
        edit->setMinimumTime(QTime(0, 0));
        edit->setSpecialValueText(u"—"_s);
        edit->setTime(QTime(9, 0));
        edit->setFocus();
        QCoreApplication::processEvents();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(edit, Qt::Key_Return);
        CHECK(edit->time() == QTime(0, 0));
        CHECK(edit->text() == u"—"_s);
        CHECK(typed(*edit, u"0905"_s) == QTime(9, 5));
    }
    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("every calendar starts its weeks on Monday, in Chinese and in English", "[gui][date]")
{
    const auto clock = std::make_shared<FixedClock>(QDate(2026, 3, 16));
    const auto db = test::openDemoCopy(*clock);
    for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
        INFO(language.toStdString());
        REQUIRE(installTranslations(language));
        // A date field of a real screen: the records list's "from".
        RecordsPanel panel(Session{db, clock});
        panel.show();
        QApplication::setActiveWindow(&panel);
        QDateEdit *from = panel.fromEdit();
        QCalendarWidget *calendar = openPopup(from);
        REQUIRE(calendar);
        CHECK(calendar->firstDayOfWeek() == Qt::Monday);
        calendar->window()->hide();
        // The field shows the screen style.
        CHECK(from->displayFormat() == screenDateFormat());
        CHECK(from->text() == screenDate(from->date()));
        // Any date field and any calendar, also ones made by code not written yet.
        QDateEdit plain(QDate(2026, 3, 2));
        plain.setCalendarPopup(true);
        plain.show();
        QCalendarWidget *plainCalendar = openPopup(&plain);
        REQUIRE(plainCalendar);
        CHECK(plainCalendar->firstDayOfWeek() == Qt::Monday);
        plainCalendar->window()->hide();
        CHECK(plain.text() == (language == u"en"_s ? u"2026-03-02"_s : u"2026年3月2日"_s));
        QCalendarWidget standalone;
        standalone.show();
        CHECK(standalone.firstDayOfWeek() == Qt::Monday);
    }
    REQUIRE(installTranslations(u"zh_CN"_s));
    // Not CHECK_NO_WARNINGS: the offscreen platform says that it cannot raise
    // a popup or grab the keyboard for it, which is no fault of the program.
}

TEST_CASE("a banner clears when the next action starts", "[gui][message]")
{
    WarningRecorder recorder;
    QWidget page;
    auto *message = new MessageLabel(&page);
    auto *button = new QPushButton(u"下一步"_s, &page);
    auto *edit = new QLineEdit(&page);
    auto *layout = new QVBoxLayout(&page);
    layout->addWidget(message);
    layout->addWidget(button);
    layout->addWidget(edit);
    page.show();
    QWidget elsewhere;   // another window, e.g. a dialog opened from the page
    auto *otherButton = new QPushButton(u"别处"_s, &elsewhere);
    elsewhere.show();

    auto showSaved = [&] {
        message->showInfo(u"已新增学生。"_s);
        QCoreApplication::processEvents();   // the action that showed it is over
        REQUIRE(message->isVisible());
    };

    showSaved();
    QTest::mouseClick(otherButton, Qt::LeftButton);   // not on its page
    CHECK(message->isVisible());
    QTest::mouseClick(message, Qt::LeftButton);       // selecting its own text
    CHECK(message->isVisible());
    QTest::keyClick(edit, Qt::Key_Tab);                // only moving on
    CHECK(message->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK_FALSE(message->isVisible());
    CHECK(message->text().isEmpty());

    showSaved();
    QTest::keyClick(edit, Qt::Key_A);
    CHECK_FALSE(message->isVisible());

    message->showError(u"缺少姓名。"_s);
    QCoreApplication::processEvents();
    CHECK(message->isVisible());
    page.hide();   // the page is left
    page.show();
    CHECK_FALSE(message->isVisible());

    // A message shown while an event is handled survives that event.
    QObject::connect(button, &QPushButton::clicked, message, [message] { message->showInfo(u"已保存。"_s); });
    QTest::mouseClick(button, Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(message->isVisible());
    CHECK(message->text() == u"已保存。"_s);
    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("file dialogs open in an existing folder and remember the last one", "[gui][files]")
{
    WarningRecorder recorder;
    QSettings().remove(u"fileDialogs"_s);
    const QString start = startFolder(u"pdf"_s);
    CHECK(QFileInfo(start).isDir());   // documents if it exists, else home

    QTemporaryDir chosen;
    REQUIRE(chosen.isValid());
    rememberFolder(u"pdf"_s, chosen.filePath(u"训练记录.pdf"_s));
    CHECK(startFolder(u"pdf"_s) == chosen.path());
    CHECK(startFolder(u"roster"_s) == chosen.path());   // a kind not used yet: the last folder
    CHECK(suggestedPath(u"pdf"_s, u"表.pdf"_s) == QDir(chosen.path()).filePath(u"表.pdf"_s));

    // The dialog itself opens there.
    QString shownFolder;
    QTimer::singleShot(0, qApp, [&shownFolder] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<QFileDialog *>(w); dialog && dialog->isVisible()) {
                shownFolder = dialog->directory().absolutePath();
                dialog->reject();
            }
    });
    CHECK(chooseFileToOpen(nullptr, u"打开"_s, u"PDF (*.pdf)"_s, u"pdf"_s).isEmpty());
    CHECK(shownFolder == QFileInfo(chosen.path()).absoluteFilePath());

    // A remembered folder that has gone is not used.
    const QString gone = chosen.path();
    chosen.remove();
    CHECK(startFolder(u"pdf"_s) != gone);
    CHECK(QFileInfo(startFolder(u"pdf"_s)).isDir());
    QSettings().remove(u"fileDialogs"_s);
    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("the training record list sorts by its headers and opens the row clicked", "[gui][sort]")
{
    WarningRecorder recorder;
    const auto clock = std::make_shared<FixedClock>(QDate(2026, 11, 23));
    const auto db = test::openDemoCopy(*clock);
    RecordsPanel panel(Session{db, clock});
    panel.setRange(QDate(2026, 9, 1), QDate(2026, 12, 31));
    panel.show();
    QTableView *view = panel.sessionView();
    REQUIRE(view->isSortingEnabled());
    const QAbstractItemModel *shown = view->model();
    REQUIRE(shown->rowCount() > 100);   // half a semester of records

    auto dateAt = [&](int row) {
        return QDate::fromString(shown->index(row, SessionListModel::Date).data().toString(), screenDateFormat());
    };
    view->horizontalHeader()->setSortIndicator(SessionListModel::Date, Qt::AscendingOrder);
    QSet<int> months;
    for (int row = 0; row < shown->rowCount(); ++row) {
        REQUIRE(dateAt(row).isValid());
        months.insert(dateAt(row).month());
        if (row > 0)
            CHECK(dateAt(row - 1) <= dateAt(row));   // 9月 before 10月: by date, not by text
    }
    CHECK(months.contains(9));
    CHECK(months.contains(10));
    view->horizontalHeader()->setSortIndicator(SessionListModel::Date, Qt::DescendingOrder);
    CHECK(dateAt(0) >= dateAt(shown->rowCount() - 1));
    CHECK(dateAt(0).month() >= 10);

    // The row on screen is the record opened.
    view->horizontalHeader()->setSortIndicator(SessionListModel::Students, Qt::AscendingOrder);
    const int row = shown->rowCount() / 2;
    const qint64 expected = shown->index(row, 0).data(SessionListModel::SessionIdRole).toLongLong();
    view->selectRow(row);
    QSignalSpy opened(&panel, &RecordsPanel::openRecordRequested);
    panel.openSelected();
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toLongLong() == expected);
    // The model row the view row stands for.
    CHECK(panel.sessionModel()->index(sourceRow(view, row), 0).data(SessionListModel::SessionIdRole).toLongLong()
          == expected);
    CHECK(viewRow(view, sourceRow(view, row)) == row);

    // Tab leaves the list for the filters instead of walking its cells.
    CHECK_FALSE(view->tabKeyNavigation());
    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("Tab reaches the roster filters from the search box", "[gui][tab]")
{
    WarningRecorder recorder;
    const auto clock = std::make_shared<FixedClock>(QDate(2026, 3, 16));
    const auto db = test::openDemoCopy(*clock);
    AppController controller(clock);
    REQUIRE(controller.showDatabase(db));
    MainWindow *window = controller.window();
    window->showNormal();
    window->resize(1366, 768);
    window->showArea(Area::Students);
    QApplication::setActiveWindow(window);
    auto *bar = window->page(Area::Students)->findChild<RosterFilterBar *>();
    REQUIRE(bar);
    auto *search = bar->findChild<QLineEdit *>(u"studentSearch"_s);
    search->setFocus();
    QCoreApplication::processEvents();
    QStringList reached;
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        REQUIRE(focus);
        reached << focus->objectName();
    }
    CHECK(reached == QStringList{u"filterGrade"_s, u"filterClass"_s, u"filterNeed"_s, u"filterLrc"_s,
                                 u"filterPlacement"_s});
    CHECK_NO_WARNINGS(recorder);
}
