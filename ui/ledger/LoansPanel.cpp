#include "ledger/LoansPanel.h"

#include "calendar/ScreenDate.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "ledger/LedgerItemRepository.h"
#include "ledger/LedgerTable.h"
#include "ledger/LoanRepository.h"
#include "ledger/ReturnDialog.h"
#include "training/FormPreview.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kLoanRole = Qt::UserRole + 1;
}

LoansPanel::LoansPanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"loanScope"_s);
    m_scope->addItem(tr("Out on loan"), int(LoanScope::Open));
    m_scope->addItem(tr("All loans"), int(LoanScope::All));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_table = makeLedgerTable(this, u"loanTable"_s,
                              {tr("No."), tr("Item"), tr("Quantity"), tr("Borrower"), tr("Lent on"), tr("Due on"),
                               tr("State"), tr("Purpose")});
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"loanSummary"_s);
    m_return = new QPushButton(tr("Return…"), this);
    m_return->setObjectName(u"loanReturn"_s);
    auto *print = new QPushButton(tr("Print 借用登记表"), this);
    print->setObjectName(u"printLoans"_s);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"loanMessage"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_scope);
    top->addWidget(m_summary, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_return);
    buttons->addWidget(print);
    buttons->addWidget(m_message);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &LoansPanel::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LoansPanel::updateButtons);
    connect(m_return, &QPushButton::clicked, this, &LoansPanel::giveBack);
    connect(print, &QPushButton::clicked, this, [this] {
        m_message->clearMessage();
        auto document = buildRegisteredForm(u"loans"_s, m_session, {});
        if (!document)
            m_message->showError(document.error().message);
        else if (auto problem = previewForm(*document, this))
            m_message->showError(problem->message);
    });
    connect(m_session.db.get(), &Database::written, this, &LoansPanel::reload);
    reload();
}

void LoansPanel::reload()
{
    beginFill(m_table, 0);
    endFill(m_table);
    m_loans.clear();
    const auto loans = LoanRepository(m_session.db).list(LoanScope(m_scope->currentData().toInt()));
    const auto items = LedgerItemRepository(m_session.db).list();
    if (!loans || !items) {
        reportReadFailure(this, !loans ? loans.error() : items.error(), m_message);
        m_summary->setText(tr("The loans could not be read."));
        updateButtons();
        return;
    }
    QHash<qint64, LedgerItem> byId;
    for (const LedgerItem &item : *items)
        byId.insert(item.id, item);
    m_loans = *loans;
    const QDate today = m_session.clock->today();
    int overdue = 0;
    int dueSoon = 0;
    beginFill(m_table, int(m_loans.size()));
    for (int r = 0; r < m_loans.size(); ++r) {
        const ItemLoan &loan = m_loans.at(r);
        const LedgerItem item = byId.value(loan.itemId);
        QString state;
        QColor tint;
        if (!loan.isOpen()) {
            state = tr("returned %1").arg(screenDate(loan.returnedOn));
        } else if (loan.isOverdue(today)) {
            state = tr("overdue by %n day(s)", "", int(loan.dueOn.daysTo(today)));
            tint = QColor(0xfd, 0xe2, 0xe1);
            ++overdue;
        } else if (today.daysTo(loan.dueOn) <= kLoanReminderDays) {
            state = tr("due in %n day(s)", "", int(today.daysTo(loan.dueOn)));
            tint = QColor(0xfd, 0xf3, 0xd8);
            ++dueSoon;
        } else {
            state = tr("out");
        }
        const QStringList cells{item.ledgerNo, item.name, QString::number(loan.quantity), loan.borrowerName,
                                screenDate(loan.lentOn), screenDate(loan.dueOn), state, loan.purpose};
        for (int c = 0; c < cells.size(); ++c) {
            const QVariant key = c == 4 ? QVariant(loan.lentOn) : c == 5 ? QVariant(loan.dueOn) : c == 2 ? QVariant(loan.quantity) : QVariant();
            auto *cell = new LedgerCell(cells.at(c), key);
            cell->setData(kLoanRole, loan.id);
            if (tint.isValid())
                cell->setBackground(tint);
            m_table->setItem(r, c, cell);
        }
    }
    endFill(m_table);
    m_table->resizeColumnsToContents();
    if (m_loans.isEmpty())
        m_summary->setText(LoanScope(m_scope->currentData().toInt()) == LoanScope::Open
                               ? tr("Nothing is out on loan. Lend an item from the Items tab (“Lend…”).")
                               : tr("No loan recorded yet. Lend an item from the Items tab (“Lend…”)."));
    else
        m_summary->setText(tr("%n loan(s)", "", int(m_loans.size())) + tr("; %1 overdue, %2 due within %3 days")
                                                                           .arg(overdue)
                                                                           .arg(dueSoon)
                                                                           .arg(kLoanReminderDays));
    updateButtons();
}

const ItemLoan *LoansPanel::selectedLoan() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const qint64 id = m_table->item(rows.first().row(), 0)->data(kLoanRole).toLongLong();
    for (const ItemLoan &loan : m_loans)
        if (loan.id == id)
            return &loan;
    return nullptr;
}

void LoansPanel::updateButtons()
{
    const ItemLoan *loan = selectedLoan();
    m_return->setEnabled(loan && loan->isOpen());
}

void LoansPanel::giveBack()
{
    const ItemLoan *loan = selectedLoan();
    if (!loan || !loan->isOpen())
        return;
    const auto item = LedgerItemRepository(m_session.db).byId(loan->itemId);
    if (!item) {
        reportReadFailure(this, item.error(), m_message);
        return;
    }
    if (m_dialog)
        m_dialog->close();
    m_message->clearMessage();
    QList<ItemLoan> ofItem;
    for (const ItemLoan &l : std::as_const(m_loans))
        if (l.itemId == loan->itemId)
            ofItem << l;
    auto *dialog = new ReturnDialog(m_session, *item, ofItem, loan->id, this);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = item->name;
    connect(dialog, &QDialog::accepted, this, [this, name] { m_message->showInfo(tr("%1 is back.").arg(name)); });
    dialog->open();
}

} // namespace rr
