#include "security/LockScreen.h"

#include "common/MessageLabel.h"
#include "security/SignIn.h"
#include "storage/Database.h"

#include <QCloseEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

LockScreen::LockScreen(std::shared_ptr<Database> db, QWidget *parent)
    : QDialog(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint), m_db(std::move(db))
{
    setObjectName(u"lockScreen"_s);
    setWindowTitle(tr("ResourceRoom is locked"));
    setWindowModality(Qt::ApplicationModal);
    // Opaque: nothing of the records shows around the box.
    setAutoFillBackground(true);

    const Principal who = m_db->principal();
    auto *title = new QLabel(tr("Locked"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    auto *whoLabel = new QLabel(tr("%1 (%2) is signed in. Enter the password to go on; everything open stays as it was.")
                                    .arg(who.staffName, who.userName),
                                this);
    whoLabel->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"lockPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"lockMessage"_s);
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(u"unlock"_s);
    m_unlock->setDefault(true);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::accept);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::accept);

    auto *box = new QWidget(this);
    box->setMaximumWidth(460);
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(title);
    boxLayout->addWidget(whoLabel);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_message);
    boxLayout->addWidget(m_unlock, 0, Qt::AlignRight);
    auto *layout = new QGridLayout(this);
    layout->addWidget(box, 0, 0, Qt::AlignCenter);
    setWindowState(Qt::WindowFullScreen);
}

void LockScreen::accept()
{
    auto confirmed = SignIn(m_db).confirm(m_password->text().toUtf8());
    m_password->clear();
    if (!confirmed) {
        m_message->showError(confirmed.error().message);
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

void LockScreen::reject()
{
}

void LockScreen::closeEvent(QCloseEvent *event)
{
    if (result() != QDialog::Accepted)
        event->ignore();
}

} // namespace rr
