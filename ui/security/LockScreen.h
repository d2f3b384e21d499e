#pragma once
// The idle lock: a window over the whole screen that covers every window of
// the program and asks the signed-in account's password again. Nothing
// behind it is closed or reloaded, so unsaved input in open editors and
// dialogs is there after unlocking. Only the right password unlocks; Esc
// and closing do nothing; wrong answers bring SignIn's growing delay.
#include <QDialog>
#include <memory>

class QLineEdit;
class QPushButton;

namespace rr {

class Database;
class MessageLabel;

class LockScreen final : public QDialog {
    Q_OBJECT
public:
    LockScreen(std::shared_ptr<Database> db, QWidget *parent = nullptr);

    void accept() override;   // unlocks only with the right password
    void reject() override;   // stays locked

    QLineEdit *passwordEdit() const { return m_password; }
    MessageLabel *message() const { return m_message; }
    QPushButton *unlockButton() const { return m_unlock; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    std::shared_ptr<Database> m_db;
    QLineEdit *m_password = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_unlock = nullptr;
};

} // namespace rr
