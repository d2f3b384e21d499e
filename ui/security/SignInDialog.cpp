#include "security/SignInDialog.h"

#include "common/MessageLabel.h"
#include "security/ForgotPasswordDialog.h"
#include "security/SignIn.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

SignInDialog::SignInDialog(std::shared_ptr<Database> db, bool demo, QWidget *parent)
    : QDialog(parent), m_db(std::move(db))
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign in to ResourceRoom"));
    auto *intro = new QLabel(tr("This data file holds the records of minors and is protected by accounts. "
                                "Please sign in."),
                             this);
    intro->setWordWrap(true);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"userName"_s);
    m_user->setMaxLength(32);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    m_message = new MessageLabel(this);
    m_message->setObjectName(u"signInMessage"_s);
    m_forgot = new QPushButton(tr("&Forgot password…"), this);
    m_forgot->setObjectName(u"forgotPassword"_s);
    m_forgot->setAutoDefault(false);
    connect(m_forgot, &QPushButton::clicked, this, &SignInDialog::forgotPassword);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    buttons->addButton(m_forgot, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (demo) {
        auto *note = new QLabel(tr("Demo school: every demo account has the password demo. The user names are admin, "
                                   "resource, head, itinerant, counsellor and viewer."),
                                this);
        note->setObjectName(u"demoNote"_s);
        note->setWordWrap(true);
        layout->addWidget(note);
        m_forgot->hide();   // the demo has no recovery code
    }
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_user->setFocus();
}

void SignInDialog::accept()
{
    const QByteArray password = m_password->text().toUtf8();
    auto signedIn = SignIn(m_db).signIn(m_user->text(), password);
    m_password->clear();
    if (!signedIn) {
        m_message->showError(signedIn.error().message);
        m_password->setFocus();
        return;
    }
    m_message->clearMessage();
    QDialog::accept();
}

void SignInDialog::forgotPassword()
{
    ForgotPasswordDialog dialog(m_db, m_user->text(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_message->showInfo(tr("The password is reset. Sign in with the new password."));
}

} // namespace rr
