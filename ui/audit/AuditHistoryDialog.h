#pragma once
// 历史: one record's audit trail (a student with her rows, an IEP with its
// parts, a training record with its students), most recent first, with the
// fields before and after of the chosen action.
#include "shell/Session.h"

#include <QDialog>

class QLabel;

namespace rr {

class AuditTrailView;
class MessageLabel;

class AuditHistoryDialog final : public QDialog {
    Q_OBJECT
public:
    AuditHistoryDialog(Session session, QString table, qint64 id, const QString &title, QWidget *parent = nullptr);

    void reload();
    AuditTrailView *trail() const { return m_trail; }

    // Opens the dialog for a record (window-modal, deleted when closed); the
    // caller's button says 历史. nullptr for a record not saved yet.
    static AuditHistoryDialog *show(const Session &session, const QString &table, qint64 id, const QString &title, QWidget *parent);

private:
    Session m_session;
    QString m_table;
    qint64 m_id = 0;
    QLabel *m_count = nullptr;
    MessageLabel *m_message = nullptr;
    AuditTrailView *m_trail = nullptr;
};

} // namespace rr
