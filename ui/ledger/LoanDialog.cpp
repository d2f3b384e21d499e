#include "ledger/LoanDialog.h"

#include "common/MessageLabel.h"
#include "ledger/LedgerChoices.h"
#include "ledger/LoanRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace rr {

using namespace Qt::Literals::StringLiterals;

LoanDialog::LoanDialog(Session session, LedgerItem item, QWidget *parent)
    : LedgerActionDialog(std::move(session), std::move(item), tr("Lend"), tr("Lent by"), parent)
{
    setObjectName(u"loanDialog"_s);
    m_borrower = new QComboBox(this);
    m_borrower->setObjectName(u"loanBorrower"_s);
    if (auto filled = fillStaffChoices(m_borrower, m_session.db, {}); !filled)
        message()->showError(filled.error().message);
    else if (m_borrower->count() == 0)
        message()->showError(tr("No serving staff member to lend to: add the staff first (Settings › Staff)."));
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(u"loanQuantity"_s);
    m_quantity->setRange(1, qMax(1, m_item.available()));
    m_due = new QDateEdit(m_session.clock->today().addDays(7), this);
    m_due->setObjectName(u"loanDue"_s);
    m_due->setCalendarPopup(true);
    m_purpose = new QLineEdit(this);
    m_purpose->setObjectName(u"loanPurpose"_s);
    m_purpose->setMaxLength(200);
    form()->addRow(tr("Available"), new QLabel(QString::number(m_item.available()), this));
    form()->addRow(tr("Borrower"), m_borrower);
    form()->addRow(tr("Quantity"), m_quantity);
    form()->addRow(tr("Due back on"), m_due);
    form()->addRow(tr("Purpose"), m_purpose);
    finishForm(tr("Lent on"));
}

Result<void> LoanDialog::save()
{
    ItemLoan loan;
    loan.itemId = m_item.id;
    loan.quantity = m_quantity->value();
    loan.borrowerId = m_borrower->currentData().toLongLong();
    loan.lentBy = person();
    loan.lentOn = date();
    loan.dueOn = m_due->date();
    loan.purpose = m_purpose->text().trimmed();
    auto id = LoanRepository(m_session.db).lend(loan);
    if (!id)
        return id.error();
    m_savedId = *id;
    return {};
}

} // namespace rr
