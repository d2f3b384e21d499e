#pragma once
// Asks for the password of an encrypted backup: a new one twice (with the
// rule it must meet), or an existing one once. The password is never stored.
#include <QByteArray>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rr {

class BackupPasswordDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { NewBackup, OpenBackup };
    BackupPasswordDialog(Purpose purpose, const QString &backupName, QWidget *parent = nullptr);
    ~BackupPasswordDialog() override;

    QByteArray password() const;   // UTF-8

    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void check();
    Purpose m_purpose;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// A password given once in this session, for the automatic backups of an
// encrypted policy (asked once, not at every exit). Kept in memory only.
class SessionBackupPassword {
public:
    ~SessionBackupPassword() { clear(); }
    bool isSet() const { return !m_password.isEmpty(); }
    const QByteArray &value() const { return m_password; }
    void set(const QByteArray &password) { clear(); m_password = password; }
    void clear();

private:
    QByteArray m_password;
};

} // namespace rr
