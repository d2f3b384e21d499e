#pragma once
// A new password, typed twice: the administrator resetting an account's, or
// anyone changing their own. Core checks the password's rules and saves it.
#include <QDialog>
#include <functional>

#include "common/Result.h"

class QLineEdit;

namespace rr {

class MessageLabel;

class SetPasswordDialog final : public QDialog {
    Q_OBJECT
public:
    // `save` is called with the password; its error keeps the dialog open.
    SetPasswordDialog(const QString &title, const QString &intro, std::function<Result<void>(const QByteArray &)> save,
                      QWidget *parent = nullptr);
    void accept() override;

    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    MessageLabel *message() const { return m_message; }

private:
    std::function<Result<void>(const QByteArray &)> m_save;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
