#pragma once
// A student's assessments (评估记录) with add, edit and remove. The dialogs
// are window-modal and non-blocking (dialog() while one is open).
#include "assessment/AssessmentDialog.h"
#include "shell/Session.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTableView;

namespace rr {

class AssessmentListModel;
class MessageLabel;

class AssessmentPanel final : public QWidget {
    Q_OBJECT
public:
    explicit AssessmentPanel(Session session, QWidget *parent = nullptr);

    void setStudent(qint64 studentId);   // 0: none
    qint64 studentId() const { return m_studentId; }
    void reload();
    qint64 selectedAssessmentId() const;

    void addAssessment();
    void editSelected();
    bool removeSelected(bool confirm = true);

    AssessmentListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    AssessmentDialog *dialog() const { return m_dialog; }
    MessageLabel *message() const { return m_message; }

private:
    void updateButtons();
    void openDialog(AssessmentDialog *dialog);

    Session m_session;
    qint64 m_studentId = 0;
    AssessmentListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    MessageLabel *m_message = nullptr;
    QPointer<AssessmentDialog> m_dialog;
};

} // namespace rr
