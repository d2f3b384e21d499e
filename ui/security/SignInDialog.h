#pragma once
// Asked when a protected data file opens, and after signing out: user name
// and password. Wrong answers stay in the dialog with the reason (and the
// wait after several); "Forgot password" leads to the recovery code. The
// demo school says that all its passwords are `demo`.
#include "security/Principal.h"

#include <QDialog>
#include <memory>

class QLineEdit;
class QPushButton;

namespace rr {

class Database;
class MessageLabel;

class SignInDialog final : public QDialog {
    Q_OBJECT
public:
    SignInDialog(std::shared_ptr<Database> db, bool demo, QWidget *parent = nullptr);

    void accept() override;   // signs in; closes only when that worked

    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    MessageLabel *message() const { return m_message; }
    QPushButton *forgotButton() const { return m_forgot; }

private:
    void forgotPassword();

    std::shared_ptr<Database> m_db;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_forgot = nullptr;
};

} // namespace rr
