#include "ledger/StartStocktakeDialog.h"

#include "common/MessageLabel.h"
#include "ledger/LedgerChoices.h"
#include "ledger/StocktakeRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

StartStocktakeDialog::StartStocktakeDialog(Session session, QWidget *parent)
    : QDialog(parent), m_session(std::move(session))
{
    setObjectName(u"startStocktakeDialog"_s);
    setWindowTitle(tr("Start a stocktake"));
    const QDate today = m_session.clock->today();
    m_title = new QLineEdit(u"%1年%2月盘点"_s.arg(today.year()).arg(today.month()), this);
    m_title->setObjectName(u"stocktakeTitle"_s);
    m_title->setMaxLength(60);
    m_room = new QComboBox(this);
    m_room->setObjectName(u"stocktakeRoom"_s);
    m_date = new QDateEdit(today, this);
    m_date->setCalendarPopup(true);
    m_person = new QLineEdit(currentPersonName(m_session.db), this);
    m_person->setMaxLength(40);
    m_message = new MessageLabel(this);
    if (auto filled = fillRoomChoices(m_room, m_session.db, tr("The whole ledger")); !filled)
        m_message->showError(filled.error().message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StartStocktakeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StartStocktakeDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Room"), m_room);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Counted by"), m_person);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
}

void StartStocktakeDialog::accept()
{
    auto id = StocktakeRepository(m_session.db).start(m_title->text().simplified(), m_room->currentData().toLongLong(),
                                                      m_date->date(), m_person->text().simplified());
    if (!id) {
        m_message->showError(id.error().message);
        return;
    }
    m_savedId = *id;
    QDialog::accept();
}

} // namespace rr
