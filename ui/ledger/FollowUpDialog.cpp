#include "ledger/FollowUpDialog.h"

#include "calendar/ScreenDate.h"
#include "ledger/ItemEventRepository.h"
#include "ledger/LedgerChoices.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace rr {

using namespace Qt::Literals::StringLiterals;

FollowUpDialog::FollowUpDialog(Session session, LedgerItem item, ItemEvent event, Step step, QWidget *parent)
    : LedgerActionDialog(std::move(session), std::move(item),
                         step == Step::ApproveScrap ? tr("Approve scrapping") : tr("Compensation paid"),
                         tr("Approved by"), parent),
      m_event(std::move(event)), m_step(step)
{
    setObjectName(step == Step::ApproveScrap ? u"approveScrapDialog"_s : u"compensationPaidDialog"_s);
    auto *what = new QLabel(this);
    what->setWordWrap(true);
    if (step == Step::ApproveScrap)
        what->setText(tr("Request of %1 by %2: %3 × %4. Once approved, they leave the stock.")
                          .arg(screenDate(m_event.date), m_event.person)
                          .arg(m_event.quantity)
                          .arg(m_event.details));
    else
        what->setText(tr("Damage of %1: %2; %3 to pay %4 yuan.")
                          .arg(screenDate(m_event.date), m_event.details, m_event.responsible,
                               yuanText(m_event.compensationCents)));
    form()->addRow(what);
    if (step == Step::ApproveScrap)
        personEdit()->clear();   // the approver is rarely the teacher who asked
    finishForm(step == Step::ApproveScrap ? tr("Approved on") : tr("Paid on"), step == Step::ApproveScrap);
}

Result<void> FollowUpDialog::save()
{
    ItemEventRepository events(m_session.db);
    return m_step == Step::ApproveScrap ? events.approveScrap(m_event.id, person(), date())
                                        : events.markPaid(m_event.id, date());
}

} // namespace rr
