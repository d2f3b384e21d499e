#pragma once
// Settings › Accounts, on a file protected by accounts: the accounts with
// their staff member, roles and state; the administrator adds one, disables
// or enables it and resets its password. Everyone changes their own
// password and sees the idle lock's minutes, which the administrator and
// the resource teacher may change.
#include "shell/Session.h"

#include <QWidget>

class QPushButton;
class QSpinBox;
class QTableWidget;

namespace rr {

class MessageLabel;

class AccountsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit AccountsPanel(Session session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *disableButton() const { return m_disable; }
    QPushButton *resetButton() const { return m_reset; }
    QPushButton *ownPasswordButton() const { return m_own; }
    QSpinBox *lockMinutes() const { return m_minutes; }
    MessageLabel *message() const { return m_message; }

    void reload();

private:
    qint64 selectedAccount() const;
    void addAccount();
    void toggleDisabled();
    void resetPassword();
    void changeOwnPassword();
    void saveMinutes();

    Session m_session;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_own = nullptr;
    QSpinBox *m_minutes = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
