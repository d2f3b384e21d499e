#include "ledger/ItemsPanel.h"

#include "alerts/LedgerAlertSource.h"
#include "common/FileDialogs.h"
#include "common/Money.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "common/SortProxy.h"
#include "ledger/EventDialog.h"
#include "ledger/ItemDialog.h"
#include "ledger/ItemHistoryView.h"
#include "ledger/LedgerCategoryRepository.h"
#include "ledger/LedgerChoices.h"
#include "ledger/LedgerImport.h"
#include "ledger/LedgerImportDialog.h"
#include "ledger/LedgerItemFilter.h"
#include "ledger/LedgerItemModel.h"
#include "ledger/LedgerItemRepository.h"
#include "ledger/LoanDialog.h"
#include "ledger/LoanRepository.h"
#include "ledger/PhotoDialog.h"
#include "ledger/ReturnDialog.h"
#include "ledger/StockDialog.h"
#include "rooms/RoomRepository.h"
#include "staff/StaffRepository.h"
#include "training/FormPreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

ItemsPanel::ItemsPanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_model = new LedgerItemModel(this);
    m_filter = new LedgerItemFilter(m_model, this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"ledgerItems"_s);
    makeSortable(m_table, m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_message = new MessageLabel(this);
    m_message->setObjectName(u"ledgerMessage"_s);
    m_footer = new QLabel(this);
    m_footer->setObjectName(u"ledgerFooter"_s);
    m_empty = new QLabel(tr("The ledger is empty. Register the first item with “Add item…”, or bring in the "
                            "school's existing Excel ledger with “Import…”. The usual categories (康复训练设备, 感统器材, "
                            "教具 …) are ready; change them or add the school's own on the “Categories” tab."),
                         this);
    m_empty->setObjectName(u"ledgerEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(u"QLabel { background: #eef4fb; border: 1px solid #c9d8ec; border-radius: 6px; padding: 10px; }"_s);
    m_empty->hide();

    m_history = new ItemHistoryView(m_session, m_message, this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"ledgerSplitter"_s);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_empty);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_footer);
    splitter->addWidget(top);
    splitter->addWidget(m_history);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The list first: at 1366×768 about a dozen items above a short history.
    splitter->setSizes({440, 170});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(buildFilters());
    layout->addWidget(buildActions());
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ItemsPanel::selectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this] { editItem(); });
    connect(m_session.db.get(), &Database::written, this, [this] { reload(); });
    reload();
}

QWidget *ItemsPanel::buildFilters()
{
    auto *bar = new QWidget(this);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(u"ledgerSearch"_s);
    m_search->setPlaceholderText(tr("Name, pinyin initials, number or model"));
    m_search->setClearButtonEnabled(true);
    m_roomFilter = new QComboBox(bar);
    m_roomFilter->setObjectName(u"ledgerRoomFilter"_s);
    m_categoryFilter = new QComboBox(bar);
    m_categoryFilter->setObjectName(u"ledgerCategoryFilter"_s);
    m_conditionFilter = new QComboBox(bar);
    m_conditionFilter->setObjectName(u"ledgerConditionFilter"_s);
    fillConditionChoices(m_conditionFilter, tr("Any condition"));
    for (QComboBox *combo : {m_roomFilter, m_categoryFilter, m_conditionFilter})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_onLoan = new QCheckBox(tr("On loan"), bar);
    m_onLoan->setObjectName(u"ledgerOnLoanFilter"_s);
    m_alertsOnly = new QCheckBox(tr("With alerts"), bar);
    m_alertsOnly->setObjectName(u"ledgerAlertFilter"_s);
    connect(m_search, &QLineEdit::textChanged, this, &ItemsPanel::applyFilters);
    for (QComboBox *combo : {m_roomFilter, m_categoryFilter, m_conditionFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &ItemsPanel::applyFilters);
    connect(m_onLoan, &QCheckBox::toggled, this, &ItemsPanel::applyFilters);
    connect(m_alertsOnly, &QCheckBox::toggled, this, &ItemsPanel::applyFilters);

    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_search, 2);
    row->addWidget(m_roomFilter);
    row->addWidget(m_categoryFilter);
    row->addWidget(m_conditionFilter);
    row->addWidget(m_onLoan);
    row->addWidget(m_alertsOnly);
    row->addStretch(1);
    return bar;
}

QWidget *ItemsPanel::buildActions()
{
    auto *box = new QWidget(this);
    auto make = [&](const QString &name, const QString &text, void (ItemsPanel::*slot)(), bool needsItem) {
        auto *button = new QPushButton(text, box);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        if (needsItem)
            m_itemButtons << button;
        return button;
    };
    auto *manage = new QHBoxLayout;
    manage->addWidget(make(u"addItem"_s, tr("Add item…"), &ItemsPanel::addItem, false));
    manage->addWidget(make(u"editItem"_s, tr("Edit…"), &ItemsPanel::editItem, true));
    manage->addWidget(make(u"itemPhoto"_s, tr("Photo…"), &ItemsPanel::choosePhoto, true));
    auto *remove = new QPushButton(tr("Delete"), box);
    remove->setObjectName(u"deleteItem"_s);
    remove->setToolTip(tr("Only for an item registered by mistake; an item with a history is scrapped instead."));
    connect(remove, &QPushButton::clicked, this, [this] { deleteItem(); });
    m_itemButtons << remove;
    manage->addWidget(remove);
    manage->addSpacing(16);
    manage->addWidget(make(u"importLedger"_s, tr("Import…"), &ItemsPanel::importLedger, false));
    auto *exportButton = new QPushButton(tr("Export…"), box);
    exportButton->setObjectName(u"exportLedger"_s);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportLedger(); });
    manage->addWidget(exportButton);
    auto *printButton = new QPushButton(tr("Print"), box);
    printButton->setObjectName(u"printLedger"_s);
    auto *printMenu = new QMenu(printButton);
    const QList<std::pair<QString, QString>> forms{{u"ledger"_s, u"物资管理台账"_s}, {u"loans"_s, u"借用登记表"_s},
                                                   {u"maintenance"_s, u"设备维修保养记录"_s}, {u"scrap"_s, u"报废申请表"_s},
                                                   {u"medicine"_s, u"药品登记表"_s}};
    for (const auto &form : forms) {
        QAction *action = printMenu->addAction(form.second);
        const QString id = form.first;
        action->setObjectName(u"print-"_s + id);
        connect(action, &QAction::triggered, this, [this, id] { print(id); });
    }
    printButton->setMenu(printMenu);
    manage->addWidget(printButton);
    manage->addStretch(1);

    auto *act = new QHBoxLayout;
    act->addWidget(make(u"receiveItem"_s, tr("Receive…"), &ItemsPanel::receive, true));
    act->addWidget(make(u"issueItem"_s, tr("Issue…"), &ItemsPanel::issue, true));
    act->addWidget(make(u"lendItem"_s, tr("Lend…"), &ItemsPanel::lend, true));
    act->addWidget(make(u"returnItem"_s, tr("Return…"), &ItemsPanel::giveBack, true));
    act->addWidget(make(u"inspectItem"_s, tr("Inspect…"), &ItemsPanel::inspect, true));
    act->addWidget(make(u"serviceItem"_s, tr("Maintain / repair…"), &ItemsPanel::service, true));
    act->addWidget(make(u"damageItem"_s, tr("Damage…"), &ItemsPanel::damage, true));
    act->addWidget(make(u"scrapItem"_s, tr("Scrap…"), &ItemsPanel::requestScrap, true));
    act->addWidget(make(u"transferItem"_s, tr("Transfer…"), &ItemsPanel::transfer, true));
    act->addStretch(1);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(manage);
    layout->addLayout(act);
    return box;
}

QPushButton *ItemsPanel::button(const QString &objectName) const
{
    return findChild<QPushButton *>(objectName);
}

void ItemsPanel::fillFilterChoices()
{
    const qint64 room = m_roomFilter->currentData().toLongLong();
    const qint64 category = m_categoryFilter->currentData().toLongLong();
    const QSignalBlocker roomBlock(m_roomFilter);
    const QSignalBlocker categoryBlock(m_categoryFilter);
    if (auto filled = fillRoomChoices(m_roomFilter, m_session.db, tr("All rooms")); !filled)
        reportReadFailure(this, filled.error(), m_message);
    if (auto filled = fillCategoryChoices(m_categoryFilter, m_session.db, tr("All categories")); !filled)
        reportReadFailure(this, filled.error(), m_message);
    selectData(m_roomFilter, room);
    selectData(m_categoryFilter, category);
}

void ItemsPanel::reload()
{
    const qint64 keep = selectedItemId();
    fillFilterChoices();
    const auto items = LedgerItemRepository(m_session.db).list();
    const auto categories = LedgerCategoryRepository(m_session.db).all();
    const auto rooms = RoomRepository(m_session.db).names();
    const auto staff = StaffRepository(m_session.db).all();
    const auto alerts = LedgerAlertSource().alerts(m_session.db, *m_session.clock);
    std::optional<Error> failed;
    for (const std::optional<Error> &e :
         {items ? std::nullopt : std::optional(items.error()), categories ? std::nullopt : std::optional(categories.error()),
          rooms ? std::nullopt : std::optional(rooms.error()), staff ? std::nullopt : std::optional(staff.error()),
          alerts ? std::nullopt : std::optional(alerts.error())})
        if (e && !failed)
            failed = e;
    m_loaded = !failed;
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        if (failed) {
            // Not "共 0 件": the list stays empty and says it could not be read.
            m_model->setItems({}, {}, {});
            reportReadFailure(this, *failed, m_message);
        } else {
            LedgerItemModel::Names names;
            for (const LedgerCategory &c : *categories)
                names.categories.insert(c.id, c);
            names.rooms = *rooms;
            for (const StaffMember &m : *staff)
                names.staff.insert(m.id, m.name);
            m_model->setItems(*items, names, *alerts);
        }
        m_table->resizeColumnsToContents();
        for (int c : {int(LedgerItemModel::Name), int(LedgerItemModel::Model), int(LedgerItemModel::Place)})
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c) + 16, 220));
    }
    m_empty->setVisible(m_loaded && m_model->rowCount() == 0);
    selectItem(keep);
    if (selectedItemId() == 0 && m_filter->rowCount() > 0)
        m_table->selectRow(0);
    selectionChanged();
    updateFooter();
}

void ItemsPanel::applyFilters()
{
    m_filter->setRoom(m_roomFilter->currentData().toLongLong());
    m_filter->setCategory(m_categoryFilter->currentData().toLongLong());
    m_filter->setCondition(m_conditionFilter->currentData().toInt());
    m_filter->setOnLoanOnly(m_onLoan->isChecked());
    m_filter->setAlertsOnly(m_alertsOnly->isChecked());
    m_filter->setQuery(m_search->text());
    updateFooter();
    selectionChanged();
}

void ItemsPanel::updateFooter()
{
    if (!m_loaded) {
        m_footer->setText(tr("The ledger could not be read."));
        return;
    }
    qint64 total = 0;
    int alerts = 0;
    const int shown = m_filter->rowCount();
    for (int r = 0; r < shown; ++r) {
        const int row = m_filter->mapToSource(m_filter->index(r, 0)).row();
        total += m_model->itemAt(row).totalCents();
        alerts += m_model->alertsAt(row).isEmpty() ? 0 : 1;
    }
    QString text = shown == m_model->rowCount() ? tr("%n item(s)", "", shown)
                                                : tr("%1 of %n item(s) shown", "", m_model->rowCount()).arg(shown);
    text += tr("; total value %1 yuan").arg(formatYuan(total, true));
    if (alerts > 0)
        text += tr("; ⚠ %n with alerts", "", alerts);
    m_footer->setText(text);
}

int ItemsPanel::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : sourceRow(rows.constFirst());
}

qint64 ItemsPanel::selectedItemId() const
{
    const int row = selectedRow();
    return row >= 0 && row < m_model->rowCount() ? m_model->itemAt(row).id : 0;
}

void ItemsPanel::selectItem(qint64 itemId)
{
    const int row = m_model->rowOf(itemId);
    const int shown = row >= 0 ? viewRow(m_table, row) : -1;
    if (shown >= 0)
        m_table->selectRow(shown);
    else
        m_table->clearSelection();
}

void ItemsPanel::selectionChanged()
{
    const int row = selectedRow();
    m_history->setItem(row >= 0 ? m_model->itemAt(row) : LedgerItem{});
    updateButtons();
}

void ItemsPanel::updateButtons()
{
    const int row = selectedRow();
    for (QPushButton *b : std::as_const(m_itemButtons))
        b->setEnabled(row >= 0);
    if (row < 0)
        return;
    const LedgerItem &item = m_model->itemAt(row);
    const bool inService = !item.isScrapped();
    const bool stocked = m_model->kindAt(row) != CategoryKind::Equipment;
    button(u"issueItem"_s)->setEnabled(inService && stocked);
    button(u"lendItem"_s)->setEnabled(inService);
    button(u"returnItem"_s)->setEnabled(item.onLoan > 0);
    for (const QString &name : {u"receiveItem"_s, u"inspectItem"_s, u"serviceItem"_s, u"damageItem"_s, u"scrapItem"_s,
                                u"transferItem"_s})
        button(name)->setEnabled(inService);
}

void ItemsPanel::openDialog(QDialog *dialog, const std::function<QString()> &done)
{
    if (m_dialog)
        m_dialog->close();
    m_message->clearMessage();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, done] {
        if (auto *itemDialog = qobject_cast<ItemDialog *>(dialog))
            selectItem(itemDialog->savedId());
        m_message->showInfo(done());
    });
    dialog->open();
}

void ItemsPanel::addItem()
{
    auto *dialog = new ItemDialog(m_session, std::nullopt, this);
    openDialog(dialog, [dialog] { return tr("%1 was added to the ledger.").arg(dialog->item().name); });
}

void ItemsPanel::editItem()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    auto *dialog = new ItemDialog(m_session, m_model->itemAt(row), this);
    openDialog(dialog, [dialog] { return tr("%1 was saved.").arg(dialog->item().name); });
}

void ItemsPanel::receive()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const LedgerItem item = m_model->itemAt(row);
    openDialog(new StockDialog(m_session, item, StockDialog::Direction::Receive, this),
               [item] { return tr("Receipt of %1 recorded.").arg(item.name); });
}

void ItemsPanel::issue()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const LedgerItem item = m_model->itemAt(row);
    openDialog(new StockDialog(m_session, item, StockDialog::Direction::Issue, this),
               [item] { return tr("Issue of %1 recorded.").arg(item.name); });
}

void ItemsPanel::lend()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const LedgerItem item = m_model->itemAt(row);
    openDialog(new LoanDialog(m_session, item, this), [item] { return tr("%1 was lent.").arg(item.name); });
}

void ItemsPanel::giveBack()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const LedgerItem item = m_model->itemAt(row);
    const auto loans = LoanRepository(m_session.db).forItem(item.id);
    if (!loans) {
        reportReadFailure(this, loans.error(), m_message);
        return;
    }
    openDialog(new ReturnDialog(m_session, item, *loans, 0, this), [item] { return tr("%1 is back.").arg(item.name); });
}

void ItemsPanel::inspect()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const LedgerItem item = m_model->itemAt(row);
    openDialog(new EventDialog(m_session, item, {EventKind::Inspection}, m_history->schedules(), this),
               [item] { return tr("The inspection of %1 was recorded.").arg(item.name); });
}

void ItemsPanel::service()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const LedgerItem item = m_model->itemAt(row);
    openDialog(new EventDialog(m_session, item, {EventKind::Maintenance, EventKind::Repair}, m_history->schedules(), this),
               [item] { return tr("The maintenance or repair of %1 was recorded.").arg(item.name); });
}

void ItemsPanel::damage()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const LedgerItem item = m_model->itemAt(row);
    openDialog(new EventDialog(m_session, item, {EventKind::Damage}, {}, this),
               [item] { return tr("The damage to %1 was recorded.").arg(item.name); });
}

void ItemsPanel::requestScrap()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const LedgerItem item = m_model->itemAt(row);
    openDialog(new EventDialog(m_session, item, {EventKind::Scrap}, {}, this), [item] {
        return tr("The request to scrap %1 was recorded; approve it from the history below.").arg(item.name);
    });
}

void ItemsPanel::transfer()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const LedgerItem item = m_model->itemAt(row);
    openDialog(new EventDialog(m_session, item, {EventKind::Transfer}, {}, this),
               [item] { return tr("%1 was moved.").arg(item.name); });
}

void ItemsPanel::choosePhoto()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    auto *dialog = new PhotoDialog(m_session, m_model->itemAt(row), this);
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ItemsPanel::deleteItem(bool confirm)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const LedgerItem item = m_model->itemAt(row);
    if (confirm
        && QMessageBox::question(this, tr("Delete item"),
                                 tr("Delete %1 %2 from the ledger? Only an item registered by mistake can be deleted.")
                                     .arg(item.ledgerNo, item.name))
               != QMessageBox::Yes)
        return;
    if (auto done = LedgerItemRepository(m_session.db).remove(item.id); !done) {
        m_message->showError(done.error().message);
        return;
    }
    m_message->showInfo(tr("%1 was deleted.").arg(item.name));
}

void ItemsPanel::importLedger()
{
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new LedgerImportDialog(m_session, this);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ItemsPanel::exportLedger(const QString &given)
{
    m_message->clearMessage();
    const QString path = !given.isEmpty() ? given
                                          : chooseFileToSave(this, tr("Export the ledger"), u"物资管理台账.xlsx"_s,
                                                             tr("Excel workbook (*.xlsx);;CSV (*.csv)"), u"ledger"_s);
    if (path.isEmpty())
        return;
    const auto rows = rr::exportLedger(m_session.db, path);
    if (!rows) {
        m_message->showError(rows.error().message);
        return;
    }
    m_message->showInfo(tr("%n item(s) exported to %1.", "", *rows).arg(path));
}

void ItemsPanel::print(const QString &formId)
{
    m_message->clearMessage();
    FormRequest request;
    if ((formId == u"ledger"_s || formId == u"medicine"_s) && m_roomFilter->currentData().toLongLong() > 0)
        request.roomId = m_roomFilter->currentData().toLongLong();
    auto document = buildRegisteredForm(formId, m_session, request);
    if (!document) {
        m_message->showError(document.error().message);
        return;
    }
    if (auto problem = previewForm(*document, this))
        m_message->showError(problem->message);
}

} // namespace rr
