#include "ledger/ReturnDialog.h"

#include "calendar/ScreenDate.h"
#include "ledger/LedgerChoices.h"
#include "ledger/LoanRepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLineEdit>

namespace rr {

using namespace Qt::Literals::StringLiterals;

ReturnDialog::ReturnDialog(Session session, LedgerItem item, const QList<ItemLoan> &loans, qint64 loanId,
                           QWidget *parent)
    : LedgerActionDialog(std::move(session), std::move(item), tr("Return"), tr("Taken back by"), parent)
{
    setObjectName(u"returnDialog"_s);
    m_loan = new QComboBox(this);
    m_loan->setObjectName(u"returnLoan"_s);
    for (const ItemLoan &loan : loans)
        if (loan.isOpen())
            m_loan->addItem(tr("%1 × %2, lent %3, due %4")
                                .arg(loan.borrowerName)
                                .arg(loan.quantity)
                                .arg(screenDate(loan.lentOn), screenDate(loan.dueOn)),
                            loan.id);
    if (loanId > 0)
        selectData(m_loan, loanId);
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"returnNote"_s);
    m_note->setMaxLength(200);
    m_note->setPlaceholderText(tr("its state on return, if worth noting"));
    form()->addRow(tr("Loan"), m_loan);
    form()->addRow(tr("Note"), m_note);
    finishForm(tr("Returned on"));
}

Result<void> ReturnDialog::save()
{
    const qint64 loanId = m_loan->currentData().toLongLong();
    if (loanId <= 0)
        return makeError(ErrorCode::InvalidInput, tr("The item has no loan open."));
    return LoanRepository(m_session.db).giveBack(loanId, date(), person(), m_note->text().trimmed());
}

} // namespace rr
