#include "security/SetPasswordDialog.h"

#include "common/MessageLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

SetPasswordDialog::SetPasswordDialog(const QString &title, const QString &intro,
                                     std::function<Result<void>(const QByteArray &)> save, QWidget *parent)
    : QDialog(parent), m_save(std::move(save))
{
    setObjectName(u"setPasswordDialog"_s);
    setWindowTitle(title);
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"newPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(u"repeatPassword"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setMaxLength(1024);
    auto *form = new QFormLayout;
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Again:"), m_repeat);
    m_message = new MessageLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SetPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SetPasswordDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(400);
}

void SetPasswordDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->showError(tr("The two passwords differ."));
        return;
    }
    auto saved = m_save(m_password->text().toUtf8());
    m_password->clear();
    m_repeat->clear();
    if (!saved) {
        m_message->showError(saved.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace rr
