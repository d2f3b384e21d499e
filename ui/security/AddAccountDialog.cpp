#include "security/AddAccountDialog.h"

#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "security/AccountRepository.h"
#include "staff/StaffRepository.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

AddAccountDialog::AddAccountDialog(std::shared_ptr<Database> db, QWidget *parent) : QDialog(parent), m_db(std::move(db))
{
    setObjectName(u"addAccountDialog"_s);
    setWindowTitle(tr("New account"));
    m_staff = new QComboBox(this);
    m_staff->setObjectName(u"accountStaff"_s);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"accountUserName"_s);
    m_user->setMaxLength(32);
    auto *roles = new QWidget(this);
    auto *roleGrid = new QGridLayout(roles);
    roleGrid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (AccountRole role : allAccountRoles()) {
        auto *box = new QCheckBox(accountRoleLabel(role), roles);
        box->setObjectName(u"role_"_s + accountRoleCode(role));
        m_roles.insert(role, box);
        roleGrid->addWidget(box, i / 3, i % 3);
        ++i;
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"newPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(u"repeatPassword"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setMaxLength(1024);
    auto *form = new QFormLayout;
    form->addRow(tr("&Staff member:"), m_staff);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Roles:"), roles);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Again:"), m_repeat);
    m_message = new MessageLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add account"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddAccountDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    const auto staff = StaffRepository(m_db).all();
    if (!staff) {
        reportReadFailure(this, staff.error(), m_message);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    for (const StaffMember &m : *staff)
        if (m.isActive())
            m_staff->addItem(m.name, m.id);
    // The staff member's name is the user name unless another is typed.
    const auto suggest = [this] { m_user->setPlaceholderText(m_staff->currentText()); };
    connect(m_staff, &QComboBox::currentIndexChanged, this, suggest);
    suggest();
}

void AddAccountDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->showError(tr("The two passwords differ."));
        return;
    }
    Account account;
    account.staffId = m_staff->currentData().toLongLong();
    account.userName = m_user->text().trimmed().isEmpty() ? m_staff->currentText() : m_user->text();
    for (AccountRole role : allAccountRoles())
        if (m_roles.value(role)->isChecked())
            account.roles << role;
    auto added = AccountRepository(m_db).add(account, m_password->text().toUtf8());
    if (!added) {
        m_message->showError(added.error().message);
        return;
    }
    m_password->clear();
    m_repeat->clear();
    QDialog::accept();
}

} // namespace rr
