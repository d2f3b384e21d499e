#pragma once
// The training-plans tab: the students with the status of their IEP and
// training plan for the current semester; the selected student's plan in the
// editor. While the plan has unsaved edits the student list is locked.
#include "shell/Session.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace rr {

class MessageLabel;
class PlanStudentListModel;
class TrainingPlanEditor;

class TrainingPlanPanel final : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPlanPanel(Session session, QWidget *parent = nullptr);

    void reload();
    void selectStudent(qint64 studentId);
    qint64 selectedStudentId() const;
    qint64 semesterId() const { return m_semesterId; }

    PlanStudentListModel *studentModel() const { return m_students; }
    QTableView *studentTable() const { return m_studentTable; }
    TrainingPlanEditor *editor() const { return m_editor; }

private:
    void showSelectedStudent();

    Session m_session;
    qint64 m_semesterId = 0;
    PlanStudentListModel *m_students = nullptr;
    QTableView *m_studentTable = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_lockHint = nullptr;
    MessageLabel *m_message = nullptr;
    TrainingPlanEditor *m_editor = nullptr;
};

} // namespace rr
