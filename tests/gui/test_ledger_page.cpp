// The equipment ledger page (物资台账) through its real widgets, offscreen.
// From an EMPTY school set up with the first-run dialog: the empty list says
// what to do; a category of the school's own is added; an item of it is
// registered with its number proposed from the category; it is lent to the
// teacher and returned; a stocktake of the whole ledger counts it missing,
// is refused without a reason, and once confirmed adjusts the stock. Each
// step is checked through core. On the demo school: the list shows its ~80
// items and its 合计 matches core's, the alerts are marked, and a loan from
// a room whose rule forbids lending is refused with the rule quoted. An
// import previews its rows with their problems and imports the good ones.
#include "WarningRecorder.h"
#include "DemoFile.h"
#include "TestSupport.h"

#include "common/Money.h"
#include "common/MessageLabel.h"
#include "firstrun/FirstRunDialog.h"
#include "ledger/CategoriesPanel.h"
#include "ledger/CategoryDialog.h"
#include "ledger/ItemDialog.h"
#include "ledger/ItemHistoryView.h"
#include "ledger/ItemsPanel.h"
#include "ledger/LedgerCategoryRepository.h"
#include "ledger/LedgerImportDialog.h"
#include "ledger/LedgerItemFilter.h"
#include "ledger/LedgerItemModel.h"
#include "ledger/LedgerItemRepository.h"
#include "ledger/LedgerPage.h"
#include "ledger/LoanDialog.h"
#include "ledger/LoanRepository.h"
#include "ledger/LoansPanel.h"
#include "ledger/ReturnDialog.h"
#include "ledger/StartStocktakeDialog.h"
#include "ledger/StocktakeLineModel.h"
#include "ledger/StocktakePanel.h"
#include "ledger/StocktakeRepository.h"
#include "ledger/StockRepository.h"
#include "school/CurrentUser.h"
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
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QFile>
#include <QTemporaryDir>

using namespace rr;
using rr::test::WarningRecorder;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 17);

void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

void clickOk(QDialogButtonBox *buttons)
{
    buttons->button(QDialogButtonBox::Ok)->click();
    settle();
}

template <typename T>
T *openDialog(QDialog *dialog)
{
    auto *typed = qobject_cast<T *>(dialog);
    REQUIRE(typed);
    REQUIRE(typed->isVisible());
    return typed;
}

void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

LedgerPage *showLedger(MainWindow *window)
{
    window->showArea(Area::Equipment);
    QCoreApplication::processEvents();
    auto *page = qobject_cast<LedgerPage *>(window->page(Area::Equipment));
    REQUIRE(page);
    REQUIRE(page->isVisible());
    return page;
}

} // namespace

TEST_CASE("the ledger on an empty school: a category, an item, a loan and its return, a stocktake",
          "[gui][ledger]")
{
    WarningRecorder recorder;
    const auto clock = std::make_shared<FixedClock>(kToday);
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    const std::shared_ptr<Database> db = temp->db;
    {
        FirstRunDialog firstRun(Session{db, clock});
        firstRun.show();
        firstRun.protectBox()->setChecked(false);
        firstRun.profileEditor()->schoolEdit()->setText(u"星光小学"_s);
        firstRun.profileEditor()->teacherEdit()->setText(u"马晓燕"_s);
        clickOk(firstRun.buttons());
        REQUIRE(firstRun.result() == QDialog::Accepted);
    }
    AppController controller(clock);
    REQUIRE(controller.showDatabase(db));
    MainWindow *window = controller.window();
    REQUIRE(window);
    window->resize(1366, 768);
    window->show();
    LedgerPage *page = showLedger(window);
    ItemsPanel *items = page->items();
    QAbstractItemModelTester itemTester(items->itemModel(), QAbstractItemModelTester::FailureReportingMode::Warning);

    // Empty: the list says what to do first; the default categories are there.
    CHECK(items->itemModel()->rowCount() == 0);
    CHECK(items->emptyHint()->isVisible());
    CHECK(items->emptyHint()->text().contains(u"添加物品"_s));
    CHECK_FALSE(items->button(u"lendItem"_s)->isEnabled());
    const auto defaults = LedgerCategoryRepository(db).all();
    REQUIRE(defaults);
    CHECK(defaults->size() == 9);

    // ---- A category of the school's own ------------------------------------
    page->tabs()->setCurrentWidget(page->categories());
    CategoriesPanel *categories = page->categories();
    CHECK(categories->table()->rowCount() == 9);
    categories->findChild<QPushButton *>(u"addCategory"_s)->click();
    auto *categoryDialog = openDialog<CategoryDialog>(categories->dialog());
    categoryDialog->nameEdit()->setText(u"心理沙盘"_s);
    categoryDialog->codeEdit()->setText(u"SP"_s);
    clickOk(categoryDialog->buttons());
    const auto sandplay = LedgerCategoryRepository(db).find(u"心理沙盘"_s);
    REQUIRE(sandplay);
    CHECK(sandplay->code == u"SP"_s);
    CHECK(categories->table()->rowCount() == 10);

    // ---- An item of it ------------------------------------------------------
    page->tabs()->setCurrentWidget(items);
    items->button(u"addItem"_s)->click();
    auto *itemDialog = openDialog<ItemDialog>(items->dialog());
    choose(itemDialog->categoryCombo(), u"心理沙盘"_s);
    CHECK(itemDialog->numberEdit()->text() == u"SP-001"_s);   // proposed from the category
    CHECK_FALSE(itemDialog->medicineBox()->isVisibleTo(itemDialog));
    itemDialog->nameEdit()->setText(u"沙盘游戏套装"_s);
    itemDialog->quantitySpin()->setValue(1);
    itemDialog->priceEdit()->setText(u"1280.50"_s);
    choose(itemDialog->keeperCombo(), u"马晓燕"_s);
    clickOk(itemDialog->buttons());
    const auto added = LedgerItemRepository(db).find(u"SP-001"_s);
    REQUIRE(added);
    CHECK(added->name == u"沙盘游戏套装"_s);
    CHECK(added->quantity == 1);
    CHECK(added->unitPriceCents == 128050);
    CHECK(added->categoryId == sandplay->id);
    CHECK(added->keeperId == *CurrentUser(db).id());
    REQUIRE(items->itemModel()->rowCount() == 1);
    CHECK_FALSE(items->emptyHint()->isVisible());
    CHECK(items->selectedItemId() == added->id);
    CHECK(items->footer()->text().contains(u"1,280.50"_s));
    CHECK(items->history()->historyTable()->rowCount() == 1);   // its first 入库

    // The search finds it by its pinyin initials and hides it for another text.
    items->searchEdit()->setText(u"spyx"_s);
    CHECK(items->filter()->rowCount() == 1);
    items->searchEdit()->setText(u"没有这个"_s);
    CHECK(items->filter()->rowCount() == 0);
    items->searchEdit()->clear();
    items->selectItem(added->id);

    // ---- Lent to the teacher, then returned --------------------------------
    REQUIRE(items->button(u"lendItem"_s)->isEnabled());
    items->button(u"lendItem"_s)->click();
    auto *loanDialog = openDialog<LoanDialog>(items->dialog());
    choose(loanDialog->borrowerCombo(), u"马晓燕"_s);
    loanDialog->dueEdit()->setDate(kToday.addDays(5));
    clickOk(loanDialog->buttons());
    auto open = LoanRepository(db).list(LoanScope::Open);
    REQUIRE(open);
    REQUIRE(open->size() == 1);
    CHECK(open->first().itemId == added->id);
    CHECK(open->first().dueOn == kToday.addDays(5));
    CHECK(open->first().lentBy == u"马晓燕"_s);
    const int row = items->itemModel()->rowOf(added->id);
    REQUIRE(row >= 0);
    CHECK(items->itemModel()->itemAt(row).onLoan == 1);
    CHECK(page->loans()->table()->rowCount() == 1);

    items->selectItem(added->id);
    REQUIRE(items->button(u"returnItem"_s)->isEnabled());
    items->button(u"returnItem"_s)->click();
    auto *returnDialog = openDialog<ReturnDialog>(items->dialog());
    CHECK(returnDialog->loanCombo()->count() == 1);
    clickOk(returnDialog->buttons());
    open = LoanRepository(db).list(LoanScope::Open);
    REQUIRE(open);
    CHECK(open->isEmpty());
    const auto all = LoanRepository(db).list(LoanScope::All);
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    CHECK(all->first().returnedOn == kToday);
    CHECK(page->loans()->table()->rowCount() == 0);

    // ---- A stocktake of the whole ledger -----------------------------------
    page->tabs()->setCurrentWidget(page->stocktakes());
    StocktakePanel *stocktakes = page->stocktakes();
    CHECK(stocktakes->findChild<QLabel *>(u"stocktakeEmpty"_s)->isVisible());
    stocktakes->findChild<QPushButton *>(u"startStocktake"_s)->click();
    auto *start = openDialog<StartStocktakeDialog>(stocktakes->dialog());
    clickOk(start->buttons());
    const auto sessions = StocktakeRepository(db).all();
    REQUIRE(sessions);
    REQUIRE(sessions->size() == 1);
    const qint64 stocktakeId = sessions->first().id;
    CHECK(stocktakes->currentStocktakeId() == stocktakeId);
    StocktakeLineModel *lines = stocktakes->lineModel();
    REQUIRE(lines->rowCount() == 1);
    CHECK(lines->lineAt(0).expected == 1);

    // Ticked as found, then counted as none after all.
    lines->setData(lines->index(0, StocktakeLineModel::Found), Qt::Checked, Qt::CheckStateRole);
    settle();
    auto counted = StocktakeRepository(db).byId(stocktakeId);
    REQUIRE(counted);
    CHECK(counted->lines.first().counted == 1);
    lines->setData(lines->index(0, StocktakeLineModel::Counted), u"0"_s, Qt::EditRole);
    settle();
    counted = StocktakeRepository(db).byId(stocktakeId);
    REQUIRE(counted);
    CHECK(counted->lines.first().counted == 0);
    CHECK(counted->differences().size() == 1);
    stocktakes->differencesOnly()->setChecked(true);
    CHECK(lines->rowCount() == 1);

    // Without a reason the confirmation is refused, in Chinese; nothing changes.
    CHECK_FALSE(stocktakes->confirmStocktake(false));
    CHECK(stocktakes->message()->isError());
    CHECK(StockRepository(db).stock(added->id).value() == 1);
    lines->setData(lines->index(0, StocktakeLineModel::Reason), u"借给三年级后未找到"_s, Qt::EditRole);
    settle();
    CHECK(StocktakeRepository(db).byId(stocktakeId)->lines.first().reason == u"借给三年级后未找到"_s);
    REQUIRE(stocktakes->confirmStocktake(false));
    settle();
    const auto confirmed = StocktakeRepository(db).byId(stocktakeId);
    REQUIRE(confirmed);
    CHECK(confirmed->isConfirmed());
    CHECK(confirmed->confirmedBy == u"马晓燕"_s);
    CHECK(StockRepository(db).stock(added->id).value() == 0);
    CHECK_FALSE(stocktakes->confirmButton()->isEnabled());
    CHECK_FALSE(lines->flags(lines->index(0, StocktakeLineModel::Counted)).testFlag(Qt::ItemIsEditable));

    // The adjustment shows in the item's history.
    page->tabs()->setCurrentWidget(items);
    items->selectItem(added->id);
    CHECK(items->history()->historyTable()->rowCount() == 4);   // 入库, 借出, 归还, 盘点调整

    // A category in use is not deleted: core's refusal is shown.
    page->tabs()->setCurrentWidget(categories);
    categories->selectCategory(sandplay->id);
    CHECK_FALSE(categories->deleteCategory(false));
    CHECK(categories->message()->isError());
    CHECK(LedgerCategoryRepository(db).byId(sandplay->id));
    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("the ledger of the demo school: its items, the total, the alerts and the no-lending rule",
          "[gui][ledger]")
{
    WarningRecorder recorder;
    const auto clock = std::make_shared<FixedClock>(kToday);
    auto demo = test::openDemoSchool(kToday);
    REQUIRE(demo->db);
    MainWindow window(Session{demo->db, clock});
    window.resize(1366, 768);
    window.show();
    LedgerPage *page = showLedger(&window);
    ItemsPanel *items = page->items();

    const auto core = LedgerItemRepository(demo->db).list();
    REQUIRE(core);
    CHECK(core->size() >= 70);
    CHECK(core->size() <= 100);
    CHECK(items->itemModel()->rowCount() == core->size());
    qint64 total = 0;
    for (const LedgerItem &item : *core)
        total += item.totalCents();
    CHECK(items->footer()->text().contains(formatYuan(total, true)));
    CHECK_FALSE(items->emptyHint()->isVisible());

    // The alerts core raises are marked: an overdue loan among them.
    items->alertFilter()->setChecked(true);
    CHECK(items->filter()->rowCount() > 0);
    bool overdueLoan = false;
    for (int r = 0; r < items->itemModel()->rowCount(); ++r)
        for (const Alert &alert : items->itemModel()->alertsAt(r))
            overdueLoan = overdueLoan || alert.kind == u"loan-overdue"_s;
    CHECK(overdueLoan);
    items->alertFilter()->setChecked(false);
    CHECK(page->loans()->table()->rowCount() > 0);

    // The filters narrow the list the way core's own filter does.
    const auto categoryId = items->itemModel()->itemAt(0).categoryId;
    for (int i = 0; i < items->categoryFilter()->count(); ++i)
        if (items->categoryFilter()->itemData(i).toLongLong() == categoryId)
            items->categoryFilter()->setCurrentIndex(i);
    ItemFilter byCategory;
    byCategory.categoryId = categoryId;
    CHECK(items->filter()->rowCount() == LedgerItemRepository(demo->db).list(byCategory)->size());
    items->categoryFilter()->setCurrentIndex(0);

    // An item kept in a room whose rule forbids lending: the loan is refused with the rule quoted.
    int guarded = -1;
    for (int r = 0; r < items->itemModel()->rowCount() && guarded < 0; ++r) {
        const LedgerItem &item = items->itemModel()->itemAt(r);
        if (items->itemModel()->roomName(item.roomId).contains(u"个训"_s) && !item.isScrapped() && item.loanable
            && item.available() > 0)
            guarded = r;
    }
    if (guarded >= 0) {
        const qint64 id = items->itemModel()->itemAt(guarded).id;
        items->selectItem(id);
        items->button(u"lendItem"_s)->click();
        auto *loanDialog = openDialog<LoanDialog>(items->dialog());
        const int before = int(LoanRepository(demo->db).list(LoanScope::All)->size());
        clickOk(loanDialog->buttons());
        CHECK(loanDialog->isVisible());
        CHECK(loanDialog->message()->isError());
        CHECK(loanDialog->message()->text().contains(u"不得带离"_s));
        CHECK(LoanRepository(demo->db).list(LoanScope::All)->size() == before);
        loanDialog->reject();
        settle();
    } else {
        WARN("the demo school has no loanable item in a 个训室");
    }
    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("the ledger import previews each row with its problems, imports the good ones; the export writes them",
          "[gui][ledger]")
{
    WarningRecorder recorder;
    const auto clock = std::make_shared<FixedClock>(kToday);
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    {
        FirstRunDialog firstRun(Session{temp->db, clock});
        firstRun.show();
        firstRun.protectBox()->setChecked(false);
        firstRun.profileEditor()->schoolEdit()->setText(u"星光小学"_s);
        firstRun.profileEditor()->teacherEdit()->setText(u"马晓燕"_s);
        clickOk(firstRun.buttons());
        REQUIRE(firstRun.result() == QDialog::Accepted);
    }
    MainWindow window(Session{temp->db, clock});
    window.resize(1366, 768);
    window.show();
    ItemsPanel *items = showLedger(&window)->items();

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"台账.csv"_s);
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(u"名称,类别,数量,单价\n平衡板,感统器材,2,150\n不明物品,没有这个类别,1,10\n"_s.toUtf8());
    }
    items->button(u"importLedger"_s)->click();
    auto *dialog = openDialog<LedgerImportDialog>(items->dialog());
    REQUIRE(dialog->loadFile(csv));
    CHECK(dialog->previewTable()->rowCount() == 2);
    CHECK(dialog->preview().importable() == 1);
    CHECK(dialog->importButton()->isEnabled());
    CHECK(dialog->summary()->text().contains(u"1 行因错误跳过"_s));
    REQUIRE(dialog->importRows());
    settle();
    const auto imported = LedgerItemRepository(temp->db).list();
    REQUIRE(imported);
    REQUIRE(imported->size() == 1);
    CHECK(imported->first().name == u"平衡板"_s);
    CHECK(imported->first().quantity == 2);
    CHECK(items->itemModel()->rowCount() == 1);
    CHECK_FALSE(dialog->importButton()->isEnabled());
    dialog->reject();
    settle();

    const QString exported = dir.filePath(u"导出.csv"_s);
    items->exportLedger(exported);
    CHECK_FALSE(items->message()->isError());
    QFile out(exported);
    REQUIRE(out.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(out.readAll()).contains(u"平衡板"_s));
    CHECK_NO_WARNINGS(recorder);
}
