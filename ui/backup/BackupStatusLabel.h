#pragma once
// The status bar's word on backups: when the last good one was, in red with
// the reason when there has been none for more than seven days (or never).
// A click opens 文件 › 备份与恢复.
#include "shell/Session.h"

#include <QLabel>

namespace rr {

class BackupStatusLabel final : public QLabel {
    Q_OBJECT
public:
    explicit BackupStatusLabel(Session session, QWidget *parent = nullptr);
    void refresh();
    bool isWarning() const { return m_warning; }

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    Session m_session;
    bool m_warning = false;
};

} // namespace rr
