#pragma once
// Asked once, while the data file has no complete school profile: the school,
// the resource teacher, the district and the current semester, and whether
// accounts protect the file (recommended, on by default) with the
// administrator's password. Everything is saved in one write; problems are
// shown inside the dialog. With protection the recovery code is shown once.
#include "shell/Session.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace rr {

class MessageLabel;
class ProfileEditor;
class SemesterEditor;

class FirstRunDialog final : public QDialog {
    Q_OBJECT
public:
    explicit FirstRunDialog(Session session, QWidget *parent = nullptr);

    void accept() override;   // saves, and closes only when the save worked

    ProfileEditor *profileEditor() const { return m_profile; }
    SemesterEditor *semesterEditor() const { return m_semester; }
    MessageLabel *message() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QCheckBox *protectBox() const { return m_protect; }
    QLineEdit *adminUserEdit() const { return m_adminUser; }
    QLineEdit *adminPasswordEdit() const { return m_adminPassword; }
    QLineEdit *adminRepeatEdit() const { return m_adminRepeat; }
    // The recovery code made by the setup, shown once (empty without protection).
    QString recoveryCode() const { return m_recoveryCode; }
    // Shows the recovery code (RecoveryCodeDialog) after a protected setup;
    // tests replace it to look at the dialog themselves.
    void setRecoveryCodeShow(std::function<void(QDialog &)> show) { m_showCode = std::move(show); }

private:
    Result<void> save();

    Session m_session;
    ProfileEditor *m_profile = nullptr;
    SemesterEditor *m_semester = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QCheckBox *m_protect = nullptr;
    QLineEdit *m_adminUser = nullptr;
    QLineEdit *m_adminPassword = nullptr;
    QLineEdit *m_adminRepeat = nullptr;
    QString m_recoveryCode;
    std::function<void(QDialog &)> m_showCode;
};

} // namespace rr
