#pragma once
// An administrator who forgot the password: the recovery code, the user
// name and a new password (twice). The code is used up; the new one is
// shown once (RecoveryCodeDialog), to be printed or copied.
#include <QDialog>
#include <memory>

class QLineEdit;

namespace rr {

class Database;
class MessageLabel;

class ForgotPasswordDialog final : public QDialog {
    Q_OBJECT
public:
    ForgotPasswordDialog(std::shared_ptr<Database> db, const QString &userName, QWidget *parent = nullptr);

    void accept() override;

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    MessageLabel *message() const { return m_message; }

private:
    std::shared_ptr<Database> m_db;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
