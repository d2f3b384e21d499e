#include "ledger/LedgerActionDialog.h"

#include "common/MessageLabel.h"
#include "ledger/LedgerChoices.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

LedgerActionDialog::LedgerActionDialog(Session session, LedgerItem item, const QString &title,
                                       const QString &personLabel, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_item(std::move(item)), m_personLabel(personLabel)
{
    setWindowTitle(title);
    auto *heading = new QLabel(u"<b>%1</b>　%2"_s.arg(m_item.ledgerNo.toHtmlEscaped(), m_item.name.toHtmlEscaped()), this);
    heading->setObjectName(u"actionItem"_s);
    m_form = new QFormLayout;
    m_date = new QDateEdit(m_session.clock->today(), this);
    m_date->setObjectName(u"actionDate"_s);
    m_date->setCalendarPopup(true);
    m_person = new QLineEdit(currentPersonName(m_session.db), this);
    m_person->setObjectName(u"actionPerson"_s);
    m_person->setMaxLength(40);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"actionMessage"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LedgerActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LedgerActionDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
}

void LedgerActionDialog::finishForm(const QString &dateLabel, bool withPerson)
{
    m_form->addRow(dateLabel.isEmpty() ? tr("Date") : dateLabel, m_date);
    if (withPerson)
        m_form->addRow(m_personLabel, m_person);
    else
        m_person->hide();
}

QDate LedgerActionDialog::date() const { return m_date->date(); }
QString LedgerActionDialog::person() const { return m_person->text().simplified(); }

void LedgerActionDialog::accept()
{
    if (auto done = save(); !done) {
        m_message->showError(done.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace rr
