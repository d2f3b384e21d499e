#include "backup/BackupPasswordDialog.h"

#include "backup/BackupCrypto.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

BackupPasswordDialog::BackupPasswordDialog(Purpose purpose, const QString &backupName, QWidget *parent)
    : QDialog(parent), m_purpose(purpose)
{
    setObjectName(u"backupPasswordDialog"_s);
    setWindowTitle(purpose == Purpose::NewBackup ? tr("Password for the encrypted backup") : tr("Password of the backup"));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(purpose == Purpose::NewBackup
                       ? tr("The backup will be encrypted with this password. Without it nobody can open the backup — "
                            "not even you: write it down and keep it apart from the USB drive.")
                       : tr("%1 is encrypted. Enter its password.").arg(backupName));
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(kMaxPasswordLength);
    auto *form = new QFormLayout;
    form->addRow(tr("Password:"), m_password);
    if (purpose == Purpose::NewBackup) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(u"repeatPassword"_s);
        m_repeat->setEchoMode(QLineEdit::Password);
        m_repeat->setMaxLength(kMaxPasswordLength);
        form->addRow(tr("Once more:"), m_repeat);
        connect(m_repeat, &QLineEdit::textChanged, this, &BackupPasswordDialog::check);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"passwordProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #a01010;"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &BackupPasswordDialog::check);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    check();
}

BackupPasswordDialog::~BackupPasswordDialog()
{
    // QLineEdit keeps its text until destroyed; clear it so it lingers less.
    m_password->clear();
    if (m_repeat)
        m_repeat->clear();
}

QByteArray BackupPasswordDialog::password() const
{
    return m_password->text().toUtf8();
}

void BackupPasswordDialog::check()
{
    QString problem;
    if (m_purpose == Purpose::NewBackup) {
        problem = newPasswordProblem(password());
        if (problem.isEmpty() && m_repeat->text() != m_password->text())
            problem = tr("The two passwords differ.");
        // Only once something was typed: an empty dialog is not an error.
        m_problem->setText(m_password->text().isEmpty() ? tr("At least %1 characters.").arg(kMinPasswordLength) : problem);
    } else if (m_password->text().isEmpty()) {
        problem = u" "_s;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void SessionBackupPassword::clear()
{
    m_password.fill('\0');
    m_password.clear();
}

} // namespace rr
