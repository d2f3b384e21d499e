#pragma once
// A new account for a serving staff member: user name, one or more roles
// and the first password (twice). Core checks and saves it in one action.
#include "security/AccountRole.h"

#include <QDialog>
#include <QMap>
#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace rr {

class Database;
class MessageLabel;

class AddAccountDialog final : public QDialog {
    Q_OBJECT
public:
    AddAccountDialog(std::shared_ptr<Database> db, QWidget *parent = nullptr);
    void accept() override;

    QComboBox *staffBox() const { return m_staff; }
    QLineEdit *userEdit() const { return m_user; }
    QCheckBox *roleBox(AccountRole role) const { return m_roles.value(role); }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    MessageLabel *message() const { return m_message; }

private:
    std::shared_ptr<Database> m_db;
    QComboBox *m_staff = nullptr;
    QLineEdit *m_user = nullptr;
    QMap<AccountRole, QCheckBox *> m_roles;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
