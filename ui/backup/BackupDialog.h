#pragma once
// 文件 › 备份与恢复…: the backup folder (a USB drive, say) and the rules
// (how many daily and weekly backups to keep, automatic on exit and once a
// day, encrypted), a backup made now off the UI thread with a progress bar
// and a cancel button, the backups in the folder with what they hold, and a
// restore from one of them or from another backup file.
//
// A restore is prepared here (the backup written beside the data file and
// checked, while the file stays open); the dialog then closes with
// RestoreReady and the controller closes the data file, puts the checked
// file in place and opens it again (takePreparedRestore()).
#include "backup/BackupPolicy.h"
#include "backup/BackupRestore.h"
#include "shell/Session.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace rr {

class BackupFile;
class BackupListModel;
class MessageLabel;
class SessionBackupPassword;

class BackupDialog final : public QDialog {
    Q_OBJECT
public:
    enum Outcome { RestoreReady = 2 };

    // `sessionPassword` (may be null) is the password given earlier in this
    // session for encrypted automatic backups; a manual backup uses it too.
    BackupDialog(Session session, SessionBackupPassword *sessionPassword, QWidget *parent = nullptr);
    ~BackupDialog() override;

    // What "Choose folder…" does once a folder was picked.
    void setFolder(const QString &folder);
    void saveSettings();
    void backupNow();
    void showContentsOfSelected();
    void restoreSelected();
    // A restore from any backup file (what "Restore from another file…" does once it was picked).
    void restoreFrom(const QString &backupPath);
    void reloadBackups();

    std::unique_ptr<PreparedRestore> takePreparedRestore() { return std::move(m_prepared); }

    QLineEdit *folderEdit() const { return m_folder; }
    QSpinBox *keepDailySpin() const { return m_keepDaily; }
    QSpinBox *keepWeeklySpin() const { return m_keepWeekly; }
    QCheckBox *onExitCheck() const { return m_onExit; }
    QCheckBox *dailyCheck() const { return m_daily; }
    QCheckBox *encryptCheck() const { return m_encrypt; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *backupNowButton() const { return m_backupNow; }
    QPushButton *showContentsButton() const { return m_showContents; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *restoreFileButton() const { return m_restoreFile; }
    QTableView *backupsView() const { return m_view; }
    BackupListModel *backupsModel() const { return m_model; }
    QLabel *lastBackupLabel() const { return m_lastBackup; }
    MessageLabel *message() const { return m_message; }

private:
    QWidget *buildPolicyBox();
    QWidget *buildBackupsBox();
    void loadPolicy();
    void refreshLastBackup();
    void updateButtons();
    BackupPolicy policyShown() const;
    // The password of an encrypted backup; nullopt when the user cancelled.
    std::optional<QByteArray> askPassword(bool newBackup, const QString &backupName);
    // Opens a backup (asking its password when it is encrypted), off the UI thread.
    std::optional<BackupFile> openBackup(const QString &path);
    void confirmAndPrepare(const BackupFile &backup);

    Session m_session;
    SessionBackupPassword *m_sessionPassword = nullptr;
    BackupPolicy m_saved;
    std::unique_ptr<PreparedRestore> m_prepared;

    QLineEdit *m_folder = nullptr;
    QSpinBox *m_keepDaily = nullptr;
    QSpinBox *m_keepWeekly = nullptr;
    QCheckBox *m_onExit = nullptr;
    QCheckBox *m_daily = nullptr;
    QCheckBox *m_encrypt = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_lastBackup = nullptr;
    QPushButton *m_backupNow = nullptr;
    QPushButton *m_showContents = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_restoreFile = nullptr;
    QTableView *m_view = nullptr;
    BackupListModel *m_model = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
