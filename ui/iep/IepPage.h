#pragma once
// The IEP area: the students with the status of their IEP for the current
// semester; for the selected one, either the way to start a plan (a new
// draft, or a copy of last semester's) or the plan: its summary, the
// short-term objectives with their data and four-point decisions, the
// selected objective's chart and its data entry, and the actions of the
// plan's state (edit, revise, history, evaluation). A second tab lists the
// student's assessments. Dialogs open window-modal and non-blocking.
#include "iep/EvaluationDialog.h"
#include "iep/IepEditorDialog.h"
#include "iep/RevisionHistoryDialog.h"
#include "shell/Session.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace rr {

class AssessmentPanel;
class IepStudentListModel;
class MessageLabel;
class ObjectiveDataPanel;
class ObjectiveTableModel;
class PageHeader;
class ProgressChartWidget;

class IepPage final : public QWidget {
    Q_OBJECT
public:
    enum Tab { PlanTab, AssessmentsTab };

    explicit IepPage(Session session, QWidget *parent = nullptr);

    void reload();
    void selectStudent(qint64 studentId);
    void selectObjective(qint64 objectiveId);
    qint64 selectedStudentId() const;
    qint64 selectedObjectiveId() const;
    qint64 shownIepId() const { return m_iepId; }   // 0: none
    bool showsIep() const;   // false: the "no IEP" page (or nothing selected)

    // The actions of the buttons; each opens its dialog (non-blocking).
    bool newIep();
    bool copyFromLastSemester();
    void openEditor();
    void showHistory();
    bool startEvaluation(bool confirm = true);
    void openEvaluation();

    IepStudentListModel *studentModel() const { return m_students; }
    ObjectiveTableModel *objectiveModel() const { return m_objectives; }
    QTableView *studentTable() const { return m_studentTable; }
    QTableView *objectiveTable() const { return m_objectiveTable; }
    ProgressChartWidget *chartWidget() const { return m_chart; }
    ObjectiveDataPanel *dataPanel() const { return m_data; }
    AssessmentPanel *assessmentPanel() const { return m_assessments; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *noIepLabel() const { return m_noIep; }
    QPushButton *newIepButton() const { return m_newIep; }
    QPushButton *copyIepButton() const { return m_copyIep; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *historyButton() const { return m_history; }
    QPushButton *startEvaluationButton() const { return m_startEvaluation; }
    QPushButton *evaluationButton() const { return m_evaluation; }
    MessageLabel *message() const { return m_message; }
    IepEditorDialog *editor() const { return m_editor; }
    EvaluationDialog *evaluationDialog() const { return m_evaluationDialog; }
    RevisionHistoryDialog *historyDialog() const { return m_historyDialog; }

private:
    void showStudent(qint64 studentId, qint64 preferredObjective = 0);
    void showObjective();
    void updateActions(bool planRead = true);   // false: the student's plan could not be read
    void openEditorFor(qint64 iepId);

    Session m_session;
    qint64 m_semesterId = 0;
    qint64 m_shownStudentId = 0;
    qint64 m_iepId = 0;
    int m_iepStatus = -1;   // IepStatus of the shown plan, -1 for none
    PageHeader *m_header = nullptr;
    IepStudentListModel *m_students = nullptr;
    ObjectiveTableModel *m_objectives = nullptr;
    QTableView *m_studentTable = nullptr;
    QLabel *m_studentTitle = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_detail = nullptr;
    QWidget *m_noIepPage = nullptr;
    QLabel *m_noIep = nullptr;
    QPushButton *m_newIep = nullptr;
    QPushButton *m_copyIep = nullptr;
    QWidget *m_iepPanel = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_history = nullptr;
    QPushButton *m_startEvaluation = nullptr;
    QPushButton *m_evaluation = nullptr;
    MessageLabel *m_message = nullptr;
    QTextBrowser *m_summary = nullptr;
    QTableView *m_objectiveTable = nullptr;
    ProgressChartWidget *m_chart = nullptr;
    ObjectiveDataPanel *m_data = nullptr;
    AssessmentPanel *m_assessments = nullptr;
    QPointer<IepEditorDialog> m_editor;
    QPointer<EvaluationDialog> m_evaluationDialog;
    QPointer<RevisionHistoryDialog> m_historyDialog;
};

} // namespace rr
