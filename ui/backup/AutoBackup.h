#pragma once
// The automatic backups of the backup policy (core/backup/BackupPolicy.h):
// once a day while the program runs (soon after it starts, then checked
// every hour), and when the main window closes. They run off the UI thread
// with a progress bar and a cancel button, like a backup made by hand.
// An encrypted policy asks for the password once per session; cancelling
// skips that backup (the status bar keeps warning).
#include "backup/BackupPasswordDialog.h"
#include "shell/Session.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

class QWidget;

namespace rr {

struct BackupPolicy;

class AutoBackup final : public QObject {
    Q_OBJECT
public:
    explicit AutoBackup(QObject *parent = nullptr);

    // A new main window showing `session`: watches its saves and starts the daily check.
    void attach(const Session &session, QWidget *window);
    void detach();

    void beforeClose();   // the exit backup, when due
    void dailyIfDue();

    SessionBackupPassword &sessionPassword() { return m_password; }

private:
    enum class Occasion { Daily, Exit };
    void run(const BackupPolicy &policy, Occasion occasion);

    std::optional<Session> m_session;
    QPointer<QWidget> m_window;
    QTimer m_timer;
    SessionBackupPassword m_password;
    QMetaObject::Connection m_savedConnection;
    bool m_savedSinceBackup = false;
    bool m_dailyFailureShown = false;
    bool m_running = false;
};

} // namespace rr
