#include "backup/AutoBackup.h"

#include "backup/BackupPolicy.h"
#include "backup/BackupWriter.h"
#include "common/BackgroundTask.h"

#include <QApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kDailyCheckMs = 60 * 60 * 1000;
}

AutoBackup::AutoBackup(QObject *parent) : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &AutoBackup::dailyIfDue);
}

void AutoBackup::attach(const Session &session, QWidget *window)
{
    detach();
    m_session = session;
    m_window = window;
    m_savedConnection = connect(session.db.get(), &Database::written, this, [this](const QString &kind) {
        if (!kind.startsWith(u"backup."_s))
            m_savedSinceBackup = true;
    });
    m_timer.start(kDailyCheckMs);
    // Once the window is up and painted, not before it.
    QTimer::singleShot(2000, this, &AutoBackup::dailyIfDue);
}

void AutoBackup::detach()
{
    disconnect(m_savedConnection);
    m_timer.stop();
    m_session.reset();
    m_window.clear();
}

void AutoBackup::dailyIfDue()
{
    if (!m_session || m_running || m_session->db->isReadOnly())
        return;
    // Never in the middle of the teacher's work in a dialog (or of a backup
    // made by hand, whose progress loop lets timers run): a minute later.
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(60 * 1000, this, &AutoBackup::dailyIfDue);
        return;
    }
    BackupPolicyRepository repository(m_session->db);
    auto policy = repository.policy();
    auto last = repository.lastGoodBackup();
    if (policy && last && dailyBackupDue(*policy, *last, m_session->clock->now()))
        run(*policy, Occasion::Daily);
}

void AutoBackup::beforeClose()
{
    if (!m_session || m_running || m_session->db->isReadOnly())
        return;
    BackupPolicyRepository repository(m_session->db);
    auto policy = repository.policy();
    auto last = repository.lastGoodBackup();
    if (policy && last && exitBackupDue(*policy, *last, m_session->clock->now(), m_savedSinceBackup))
        run(*policy, Occasion::Exit);
}

void AutoBackup::run(const BackupPolicy &policy, Occasion occasion)
{
    m_running = true;
    const Session session = *m_session;
    QByteArray password;
    if (policy.encrypt) {
        if (!m_password.isSet()) {
            BackupPasswordDialog ask(BackupPasswordDialog::Purpose::NewBackup, {}, m_window);
            ask.setWindowTitle(tr("Password for the automatic backups"));
            if (ask.exec() != QDialog::Accepted) {
                m_running = false;
                return;
            }
            m_password.set(ask.password());
        }
        password = m_password.value();
    }
    std::optional<Result<BackupMade>> made;
    runInBackground(m_window, occasion == Occasion::Exit ? tr("Backing up before closing…") : tr("Making the daily backup…"),
                    [&](const ProgressCallback &report) {
                        made = backupIntoFolder(*session.db, policy.folder, password, policy.keepDaily, policy.keepWeekly,
                                                *session.clock, report);
                    });
    password.fill('\0');
    m_running = false;
    if (!made || (!*made && made->error().code == ErrorCode::Cancelled))
        return;
    if (*made) {
        if (auto recorded = BackupPolicyRepository(session.db).recordGoodBackup({(*made)->contents.madeAt, (*made)->file}); recorded)
            m_savedSinceBackup = false;
        if (auto *main = qobject_cast<QMainWindow *>(m_window.data()))
            main->statusBar()->showMessage(tr("Automatic backup made and checked."), 10000);
        return;
    }
    // The daily one says it once per session (a USB drive left at home would
    // otherwise nag every hour); the status bar keeps warning after 7 days.
    if (occasion == Occasion::Daily && m_dailyFailureShown)
        return;
    m_dailyFailureShown = m_dailyFailureShown || occasion == Occasion::Daily;
    QMessageBox::warning(m_window, tr("Automatic backup"),
                         tr("The automatic backup failed: %1 Your data is safe in the data file; make a backup under "
                            "File › Backup and restore when the folder is available.")
                             .arg(made->error().message));
}

} // namespace rr
