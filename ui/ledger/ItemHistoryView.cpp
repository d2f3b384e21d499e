#include "ledger/ItemHistoryView.h"

#include "calendar/ScreenDate.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "ledger/CareScheduleRepository.h"
#include "ledger/FollowUpDialog.h"
#include "ledger/ItemEventRepository.h"
#include "ledger/LedgerChoices.h"
#include "ledger/LedgerTable.h"
#include "ledger/LoanRepository.h"
#include "ledger/ScheduleDialog.h"
#include "ledger/StockRepository.h"

#include <QBrush>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kEventRole = Qt::UserRole + 1;   // the event (or schedule) id of a row, 0 for movements and loans

struct HistoryRow {
    QDate date;
    QString what;
    QString quantity;
    QString person;
    QString details;
    qint64 eventId = 0;
};

} // namespace

ItemHistoryView::ItemHistoryView(Session session, MessageLabel *message, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_message(message)
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"historyTitle"_s);
    m_history = makeLedgerTable(this, u"itemHistory"_s, {tr("Date"), tr("What"), tr("Quantity"), tr("Who"), tr("Details")});
    m_scheduleTable = makeLedgerTable(this, u"itemSchedules"_s,
                                {tr("Kind"), tr("Task"), tr("Interval"), tr("Last done"), tr("Next due")});
    m_approve = new QPushButton(tr("Approve scrapping…"), this);
    m_approve->setObjectName(u"approveScrap"_s);
    m_paid = new QPushButton(tr("Compensation paid…"), this);
    m_paid->setObjectName(u"compensationPaid"_s);
    m_addSchedule = new QPushButton(tr("Add schedule…"), this);
    m_addSchedule->setObjectName(u"addSchedule"_s);
    m_removeSchedule = new QPushButton(tr("Remove schedule"), this);
    m_removeSchedule->setObjectName(u"removeSchedule"_s);

    auto *historyPage = new QWidget(this);
    auto *historyButtons = new QHBoxLayout;
    historyButtons->addWidget(m_approve);
    historyButtons->addWidget(m_paid);
    historyButtons->addStretch(1);
    auto *historyLayout = new QVBoxLayout(historyPage);
    historyLayout->setContentsMargins(4, 4, 4, 4);
    historyLayout->addWidget(m_history, 1);
    historyLayout->addLayout(historyButtons);

    auto *schedulePage = new QWidget(this);
    auto *scheduleButtons = new QHBoxLayout;
    scheduleButtons->addWidget(m_addSchedule);
    scheduleButtons->addWidget(m_removeSchedule);
    scheduleButtons->addStretch(1);
    auto *scheduleLayout = new QVBoxLayout(schedulePage);
    scheduleLayout->setContentsMargins(4, 4, 4, 4);
    scheduleLayout->addWidget(m_scheduleTable, 1);
    scheduleLayout->addLayout(scheduleButtons);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"itemDetailTabs"_s);
    m_tabs->addTab(historyPage, tr("History"));
    m_tabs->addTab(schedulePage, tr("Inspections and maintenance"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    connect(m_history, &QTableWidget::itemSelectionChanged, this, &ItemHistoryView::updateButtons);
    connect(m_scheduleTable, &QTableWidget::itemSelectionChanged, this, &ItemHistoryView::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, &ItemHistoryView::approveScrap);
    connect(m_paid, &QPushButton::clicked, this, &ItemHistoryView::markPaid);
    connect(m_addSchedule, &QPushButton::clicked, this, &ItemHistoryView::addSchedule);
    connect(m_removeSchedule, &QPushButton::clicked, this, [this] { removeSchedule(); });
    setItem({});
}

void ItemHistoryView::setItem(const LedgerItem &item)
{
    m_item = item;
    m_title->setText(item.id > 0 ? tr("<b>%1 %2</b>: history and schedules").arg(item.ledgerNo.toHtmlEscaped(),
                                                                                   item.name.toHtmlEscaped())
                                 : tr("Choose an item above to see its history and schedules."));
    fillHistory();
    fillSchedules();
    updateButtons();
}

void ItemHistoryView::fillHistory()
{
    beginFill(m_history, 0);
    endFill(m_history);
    m_events.clear();
    if (m_item.id <= 0)
        return;
    const auto movements = StockRepository(m_session.db).forItem(m_item.id);
    const auto loans = LoanRepository(m_session.db).forItem(m_item.id);
    const auto events = ItemEventRepository(m_session.db).forItem(m_item.id);
    if (!movements || !loans || !events) {
        reportReadFailure(this, !movements ? movements.error() : !loans ? loans.error() : events.error(), m_message);
        m_title->setText(tr("The history of this item could not be read."));
        return;
    }
    m_events = *events;
    QList<HistoryRow> rows;
    for (const StockMovement &m : *movements)
        rows << HistoryRow{m.date, movementKindLabel(m.kind), (m.delta > 0 ? u"+"_s : QString()) + QString::number(m.delta),
                           m.person, m.reason};
    for (const ItemLoan &loan : *loans) {
        rows << HistoryRow{loan.lentOn, tr("Lent"), QString::number(loan.quantity), loan.lentBy,
                           tr("to %1, due %2%3").arg(loan.borrowerName, screenDate(loan.dueOn),
                                                     loan.purpose.isEmpty() ? QString() : u"；"_s + loan.purpose)};
        if (!loan.isOpen())
            rows << HistoryRow{loan.returnedOn, tr("Returned"), QString::number(loan.quantity), loan.returnedTo,
                               tr("from %1%2").arg(loan.borrowerName,
                                                   loan.returnNote.isEmpty() ? QString() : u"；"_s + loan.returnNote)};
    }
    for (const ItemEvent &e : *events) {
        QStringList parts;
        if (!e.details.isEmpty())
            parts << e.details;
        if (!e.result.isEmpty())
            parts << tr("result: %1").arg(e.result);
        if (e.costCents >= 0)
            parts << tr("cost %1 yuan").arg(yuanText(e.costCents));
        if (e.kind == EventKind::Damage) {
            if (!e.responsible.isEmpty())
                parts << tr("responsible: %1").arg(e.responsible);
            if (e.compensationCents >= 0)
                parts << (e.isPaid() ? tr("compensation %1 yuan, paid %2").arg(yuanText(e.compensationCents), screenDate(e.paidOn))
                                     : tr("compensation %1 yuan, not paid").arg(yuanText(e.compensationCents)));
        }
        if (e.kind == EventKind::Transfer)
            parts << tr("to another room");
        if (e.kind == EventKind::Scrap)
            parts << (e.isApproved() ? tr("approved by %1 on %2").arg(e.approvedBy, screenDate(e.approvedOn))
                                     : tr("waiting for approval"));
        rows << HistoryRow{e.date, eventKindLabel(e.kind), e.quantity > 0 ? QString::number(e.quantity) : QString(),
                           e.person, parts.join(u"；"_s), e.id};
    }
    std::stable_sort(rows.begin(), rows.end(), [](const HistoryRow &a, const HistoryRow &b) { return a.date > b.date; });
    beginFill(m_history, int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const HistoryRow &row = rows.at(r);
        const QStringList cells{screenDate(row.date), row.what, row.quantity, row.person, row.details};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new LedgerCell(cells.at(c), c == 0 ? QVariant(row.date) : QVariant());
            cell->setData(kEventRole, row.eventId);
            if (c == 4)
                cell->setToolTip(row.details);
            m_history->setItem(r, c, cell);
        }
    }
    endFill(m_history);
    m_history->resizeColumnsToContents();
}

void ItemHistoryView::fillSchedules()
{
    beginFill(m_scheduleTable, 0);
    endFill(m_scheduleTable);
    m_schedules.clear();
    if (m_item.id <= 0)
        return;
    const auto schedules = CareScheduleRepository(m_session.db).forItem(m_item.id);
    if (!schedules) {
        reportReadFailure(this, schedules.error(), m_message);
        return;
    }
    m_schedules = *schedules;
    const QDate today = m_session.clock->today();
    beginFill(m_scheduleTable, int(m_schedules.size()));
    for (int r = 0; r < m_schedules.size(); ++r) {
        const CareSchedule &s = m_schedules.at(r);
        const QStringList cells{careKindLabel(s.kind), s.task, intervalLabel(s.every, s.unit),
                                s.lastDoneOn.isValid() ? screenDate(s.lastDoneOn) : tr("never"), screenDate(s.nextDueOn)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new LedgerCell(cells.at(c), c == 3 ? QVariant(s.lastDoneOn) : c == 4 ? QVariant(s.nextDueOn) : QVariant());
            cell->setData(kEventRole, s.id);
            if (c == 4 && s.nextDueOn < today)
                cell->setForeground(QColor(0xa1, 0x26, 0x1b));
            m_scheduleTable->setItem(r, c, cell);
        }
    }
    endFill(m_scheduleTable);
    m_scheduleTable->resizeColumnsToContents();
}

const ItemEvent *ItemHistoryView::selectedEvent() const
{
    const auto rows = m_history->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const qint64 id = m_history->item(rows.first().row(), 0)->data(kEventRole).toLongLong();
    for (const ItemEvent &e : m_events)
        if (e.id == id && id > 0)
            return &e;
    return nullptr;
}

void ItemHistoryView::updateButtons()
{
    const ItemEvent *event = selectedEvent();
    m_approve->setEnabled(event && event->kind == EventKind::Scrap && !event->isApproved());
    m_paid->setEnabled(event && event->kind == EventKind::Damage && event->compensationCents > 0 && !event->isPaid());
    m_addSchedule->setEnabled(m_item.id > 0 && !m_item.isScrapped());
    m_removeSchedule->setEnabled(!m_scheduleTable->selectionModel()->selectedRows().isEmpty());
}

void ItemHistoryView::openDialog(QDialog *dialog, const QString &done)
{
    if (m_dialog)
        m_dialog->close();
    m_message->clearMessage();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, done] { m_message->showInfo(done); });
    dialog->open();
}

void ItemHistoryView::approveScrap()
{
    if (const ItemEvent *event = selectedEvent())
        openDialog(new FollowUpDialog(m_session, m_item, *event, FollowUpDialog::Step::ApproveScrap, this),
                   tr("The scrapping of %1 was approved.").arg(m_item.name));
}

void ItemHistoryView::markPaid()
{
    if (const ItemEvent *event = selectedEvent())
        openDialog(new FollowUpDialog(m_session, m_item, *event, FollowUpDialog::Step::CompensationPaid, this),
                   tr("The compensation for %1 is recorded as paid.").arg(m_item.name));
}

void ItemHistoryView::addSchedule()
{
    if (m_item.id > 0)
        openDialog(new ScheduleDialog(m_session, m_item, this), tr("The schedule of %1 was added.").arg(m_item.name));
}

void ItemHistoryView::removeSchedule(bool confirm)
{
    const auto rows = m_scheduleTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = m_scheduleTable->item(rows.first().row(), 0)->data(kEventRole).toLongLong();
    CareSchedule s;
    for (const CareSchedule &each : std::as_const(m_schedules))
        if (each.id == id)
            s = each;
    if (s.id <= 0)
        return;
    if (confirm
        && QMessageBox::question(this, tr("Remove schedule"),
                                 tr("Remove the schedule “%1” of %2? Its past inspections and maintenance stay in the history.")
                                     .arg(s.task, m_item.name))
               != QMessageBox::Yes)
        return;
    if (auto done = CareScheduleRepository(m_session.db).remove(s.id); !done) {
        m_message->showError(done.error().message);
        return;
    }
    m_message->showInfo(tr("The schedule “%1” was removed.").arg(s.task));
}

} // namespace rr
