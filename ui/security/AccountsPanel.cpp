#include "security/AccountsPanel.h"

#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "security/AccountRepository.h"
#include "security/AddAccountDialog.h"
#include "security/IdleLockSetting.h"
#include "security/SetPasswordDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

AccountsPanel::AccountsPanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    setObjectName(u"accountsPanel"_s);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"accountsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Staff member"), tr("Roles"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);   // by user name, as core lists them

    m_add = new QPushButton(tr("&Add account…"), this);
    m_add->setObjectName(u"addAccount"_s);
    m_disable = new QPushButton(tr("&Disable / enable"), this);
    m_disable->setObjectName(u"disableAccount"_s);
    m_reset = new QPushButton(tr("&Reset password…"), this);
    m_reset->setObjectName(u"resetPassword"_s);
    m_own = new QPushButton(tr("&Change my password…"), this);
    m_own->setObjectName(u"changeOwnPassword"_s);
    connect(m_add, &QPushButton::clicked, this, &AccountsPanel::addAccount);
    connect(m_disable, &QPushButton::clicked, this, &AccountsPanel::toggleDisabled);
    connect(m_reset, &QPushButton::clicked, this, &AccountsPanel::resetPassword);
    connect(m_own, &QPushButton::clicked, this, &AccountsPanel::changeOwnPassword);

    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(u"lockMinutes"_s);
    m_minutes->setRange(kMinLockMinutes, kMaxLockMinutes);
    m_minutes->setSuffix(tr(" min"));
    connect(m_minutes, &QSpinBox::editingFinished, this, &AccountsPanel::saveMinutes);
    auto *lockRow = new QHBoxLayout;
    auto *lockLabel = new QLabel(tr("&Lock after this many idle minutes:"), this);
    lockLabel->setBuddy(m_minutes);
    lockRow->addWidget(lockLabel);
    lockRow->addWidget(m_minutes);
    lockRow->addStretch(1);

    const Principal who = m_session.db->principal();
    const bool admin = who.has(AccountRole::Admin);
    for (QPushButton *b : {m_add, m_disable, m_reset})
        b->setEnabled(admin);
    m_minutes->setEnabled(admin || who.has(AccountRole::ResourceTeacher));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_disable);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    buttons->addWidget(m_own);

    m_message = new MessageLabel(this);
    m_message->setObjectName(u"accountsMessage"_s);
    auto *layout = new QVBoxLayout(this);
    if (!admin) {
        auto *note = new QLabel(tr("Only an administrator manages accounts."), this);
        layout->addWidget(note);
    }
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addLayout(lockRow);
    layout->addWidget(m_message);
    reload();
}

void AccountsPanel::reload()
{
    m_table->setSortingEnabled(false);   // while filling, rows must stay where they are put
    m_table->setRowCount(0);
    const auto accounts = AccountRepository(m_session.db).all();
    if (!accounts) {
        reportReadFailure(this, accounts.error(), m_message);
        return;
    }
    m_table->setRowCount(int(accounts->size()));
    for (int row = 0; row < accounts->size(); ++row) {
        const Account &a = accounts->at(row);
        QStringList roles;
        for (AccountRole role : a.roles)
            roles << accountRoleLabel(role);
        const QStringList cells{a.userName, a.staffName, roles.join(u'、'), a.disabled ? tr("disabled") : tr("enabled")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, a.id);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setSortingEnabled(true);
    if (const auto minutes = idleLockMinutes(m_session.db))
        m_minutes->setValue(*minutes);
    else
        reportReadFailure(this, minutes.error(), m_message);
}

qint64 AccountsPanel::selectedAccount() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

void AccountsPanel::addAccount()
{
    AddAccountDialog dialog(m_session.db, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_message->showInfo(tr("The account was added."));
    }
}

void AccountsPanel::toggleDisabled()
{
    const qint64 id = selectedAccount();
    if (id == 0) {
        m_message->showError(tr("Choose an account first."));
        return;
    }
    AccountRepository accounts(m_session.db);
    const auto account = accounts.byId(id);
    if (!account) {
        m_message->showError(account.error().message);
        return;
    }
    if (auto done = accounts.setDisabled(id, !account->disabled); !done) {
        m_message->showError(done.error().message);
        return;
    }
    reload();
    m_message->showInfo(account->disabled ? tr("%1 can sign in again.").arg(account->userName)
                                          : tr("%1 can no longer sign in.").arg(account->userName));
}

void AccountsPanel::resetPassword()
{
    const qint64 id = selectedAccount();
    if (id == 0) {
        m_message->showError(tr("Choose an account first."));
        return;
    }
    const auto account = AccountRepository(m_session.db).byId(id);
    if (!account) {
        m_message->showError(account.error().message);
        return;
    }
    SetPasswordDialog dialog(tr("Reset password"), tr("A new password for %1. Tell it to %2 in person.")
                                                       .arg(account->userName, account->staffName),
                             [this, id](const QByteArray &password) {
                                 return AccountRepository(m_session.db).setPassword(id, password);
                             },
                             this);
    if (dialog.exec() == QDialog::Accepted)
        m_message->showInfo(tr("The password of %1 is reset.").arg(account->userName));
}

void AccountsPanel::changeOwnPassword()
{
    const qint64 id = m_session.db->principal().accountId;
    SetPasswordDialog dialog(tr("Change my password"), tr("Your new password, at least 8 characters."),
                             [this, id](const QByteArray &password) {
                                 return AccountRepository(m_session.db).setPassword(id, password);
                             },
                             this);
    if (dialog.exec() == QDialog::Accepted)
        m_message->showInfo(tr("Your password is changed."));
}

void AccountsPanel::saveMinutes()
{
    const auto current = idleLockMinutes(m_session.db);
    if (current && *current == m_minutes->value())
        return;
    if (auto saved = setIdleLockMinutes(m_session.db, m_minutes->value()); !saved) {
        m_message->showError(saved.error().message);
        return;
    }
    m_message->showInfo(tr("The program locks after %n idle minute(s).", nullptr, m_minutes->value()));
}

} // namespace rr
