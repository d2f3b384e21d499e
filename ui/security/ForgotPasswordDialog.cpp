#include "security/ForgotPasswordDialog.h"

#include "common/MessageLabel.h"
#include "school/SettingsRepository.h"
#include "security/RecoveryCode.h"
#include "security/RecoveryCodeDialog.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

ForgotPasswordDialog::ForgotPasswordDialog(std::shared_ptr<Database> db, const QString &userName, QWidget *parent)
    : QDialog(parent), m_db(std::move(db))
{
    setObjectName(u"forgotPasswordDialog"_s);
    setWindowTitle(tr("Forgot password"));
    auto *intro = new QLabel(tr("An administrator's password can be reset with the recovery code printed at setup. "
                                "Other accounts ask the administrator."),
                             this);
    intro->setWordWrap(true);
    m_code = new QLineEdit(this);
    m_code->setObjectName(u"recoveryCode"_s);
    m_code->setMaxLength(64);
    m_user = new QLineEdit(userName, this);
    m_user->setObjectName(u"userName"_s);
    m_user->setMaxLength(32);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"newPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(u"repeatPassword"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("Recovery &code:"), m_code);
    form->addRow(tr("Administrator's &user name:"), m_user);
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Again:"), m_repeat);
    m_message = new MessageLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reset password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ForgotPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ForgotPasswordDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_code->setFocus();
}

void ForgotPasswordDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->showError(tr("The two passwords differ."));
        return;
    }
    auto next = RecoveryCode(m_db).resetPassword(m_code->text(), m_user->text(), m_password->text().toUtf8());
    m_password->clear();
    m_repeat->clear();
    if (!next) {
        m_message->showError(next.error().message);
        return;
    }
    const auto profile = SettingsRepository(m_db).profile();
    RecoveryCodeDialog show(*next, profile ? profile->schoolName : QString(), m_user->text().trimmed(),
                            m_db->clock().today(), this);
    show.exec();
    QDialog::accept();
}

} // namespace rr
