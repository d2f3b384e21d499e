#include "backup/BackupStatusLabel.h"

#include "backup/BackupPolicy.h"

#include <QMouseEvent>
#include <QTimer>

namespace rr {

using namespace Qt::Literals::StringLiterals;

BackupStatusLabel::BackupStatusLabel(Session session, QWidget *parent) : QLabel(parent), m_session(std::move(session))
{
    setObjectName(u"statusBackup"_s);
    setContentsMargins(8, 2, 8, 2);
    setCursor(Qt::PointingHandCursor);
    connect(m_session.db.get(), &Database::written, this, [this](const QString &kind) {
        if (kind.startsWith(u"backup."_s))
            refresh();
    });
    // The warning is about days: look again now and then while the program stays open.
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &BackupStatusLabel::refresh);
    timer->start(30 * 60 * 1000);
    refresh();
}

void BackupStatusLabel::refresh()
{
    auto last = BackupPolicyRepository(m_session.db).lastGoodBackup();
    if (!last) {
        // Not "never backed up": the state is unknown, and says so.
        m_warning = true;
        setText(tr("Backup state unknown"));
        setToolTip(last.error().message);
        setStyleSheet(u"color: #a01010; font-weight: bold;"_s);
        return;
    }
    const QDateTime now = m_session.clock->now();
    const QString warning = backupWarning(*last, now);
    m_warning = !warning.isEmpty();
    setText(m_warning && *last ? tr("No backup for %n days", nullptr, int((*last)->at.date().daysTo(now.date())))
                               : lastBackupText(*last, now));
    setToolTip(m_warning ? warning : tr("Backups: File › Backup and restore"));
    setStyleSheet(m_warning ? u"color: #a01010; font-weight: bold;"_s : QString());
}

void BackupStatusLabel::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit clicked();
    QLabel::mouseReleaseEvent(event);
}

} // namespace rr
