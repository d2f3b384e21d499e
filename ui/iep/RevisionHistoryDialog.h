#pragma once
// The revision history of an IEP in effect: each revision's date, author and
// reason; for the selected one, what it changed and the content it replaced.
#include "shell/Session.h"

#include <QDialog>

class QTableView;
class QTextBrowser;

namespace rr {

class MessageLabel;
class RevisionListModel;

class RevisionHistoryDialog final : public QDialog {
    Q_OBJECT
public:
    RevisionHistoryDialog(Session session, qint64 iepId, QWidget *parent = nullptr);

    void selectRevision(int row);
    RevisionListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *details() const { return m_details; }
    MessageLabel *message() const { return m_message; }

private:
    void showSelected();

    Session m_session;
    qint64 m_iepId = 0;
    RevisionListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
