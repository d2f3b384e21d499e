#include "staff/RetireDialog.h"

#include "common/MessageLabel.h"
#include "staff/StaffRepository.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

RetireDialog::RetireDialog(Session session, StaffMember member, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_member(std::move(member))
{
    setObjectName(u"retireDialog"_s);
    setWindowTitle(tr("Staff member left"));
    auto *intro = new QLabel(tr("%1 stays named in every record, but is no longer offered as instructor or head "
                                "teacher.")
                                 .arg(m_member.name),
                             this);
    intro->setWordWrap(true);
    m_date = new QDateEdit(m_session.clock->today(), this);
    m_date->setObjectName(u"retireDate"_s);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setCalendarPopup(true);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"retireMessage"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RetireDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RetireDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Left on"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
}

void RetireDialog::accept()
{
    if (auto done = StaffRepository(m_session.db).retire(m_member.id, m_date->date()); !done) {
        m_message->showError(done.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace rr
