#pragma once
// One student's individual training plan (个别化训练方案) for a semester:
// goals tied to the IEP's objectives, content, methods, minutes per session,
// sessions per week, expected results, instructor. Without a plan it offers
// to start one from the IEP (one goal per objective) or empty. Edits are a
// working copy; Save writes the plan, goals included, in one action.
#include "iep/Iep.h"
#include "plans/TrainingPlan.h"
#include "common/Result.h"
#include "shell/Session.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace rr {

class MessageLabel;
class PlanGoalTableModel;

class TrainingPlanEditor final : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPlanEditor(Session session, QWidget *parent = nullptr);

    // Shows the student's plan for the semester (0: nothing); unsaved edits are dropped.
    // false: the student's plan or IEP could not be read (said in the editor).
    bool setStudent(qint64 studentId, qint64 semesterId);
    qint64 studentId() const { return m_studentId; }
    bool showsPlan() const;            // false: the "no plan" page (or nothing)
    bool isDirty() const { return m_dirty; }
    TrainingPlan plan() const;         // what the widgets hold now

    bool startFromIep();               // a new plan whose goals are the IEP's objectives
    void startEmpty();                 // an unsaved empty plan
    int addGoalsFromIep();             // the IEP objectives not yet in the plan; returns how many
    void addGoal();
    void removeGoal();
    void moveGoal(int step);
    void selectGoal(int row);
    int selectedGoal() const;
    bool save();
    void revert();
    bool removePlan(bool confirm = true);

    PlanGoalTableModel *goalModel() const { return m_goals; }
    QTableView *goalTable() const { return m_goalTable; }
    QLineEdit *goalEdit() const { return m_goalText; }
    QComboBox *objectiveCombo() const { return m_objective; }
    QPlainTextEdit *contentEdit() const { return m_content; }
    QPlainTextEdit *methodsEdit() const { return m_methods; }
    QSpinBox *minutesSpin() const { return m_minutes; }
    QSpinBox *sessionsSpin() const { return m_sessions; }
    QPlainTextEdit *expectedEdit() const { return m_expected; }
    QComboBox *instructorCombo() const { return m_instructor; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *noPlanLabel() const { return m_noPlan; }
    QPushButton *fromIepButton() const { return m_fromIep; }
    QPushButton *emptyButton() const { return m_empty; }
    QPushButton *addFromIepButton() const { return m_addFromIep; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *removeButton() const { return m_remove; }
    MessageLabel *message() const { return m_message; }

signals:
    void dirtyChanged(bool dirty);

private:
    QWidget *buildNoPlanPage();
    QWidget *buildEditorPage();
    void loadObjectives(const std::optional<Iep> &iep);
    void showPlan(const TrainingPlan &plan);
    void showSelectedGoal();
    void applyGoalForm();
    void setDirty(bool dirty);
    void updateButtons();
    void updateWeekly();

    Session m_session;
    qint64 m_studentId = 0;
    qint64 m_semesterId = 0;
    TrainingPlan m_stored;             // the plan being edited as stored (id 0: not yet saved)
    bool m_dirty = false;
    bool m_loading = false;
    QList<TrainingPlanGoal> m_iepGoals;   // one per objective of the semester's IEP

    QStackedWidget *m_stack = nullptr;
    QLabel *m_noPlan = nullptr;
    QPushButton *m_fromIep = nullptr;
    QPushButton *m_empty = nullptr;
    PlanGoalTableModel *m_goals = nullptr;
    QTableView *m_goalTable = nullptr;
    QLineEdit *m_goalText = nullptr;
    QComboBox *m_objective = nullptr;
    QPushButton *m_addGoal = nullptr;
    QPushButton *m_removeGoal = nullptr;
    QPushButton *m_goalUp = nullptr;
    QPushButton *m_goalDown = nullptr;
    QPushButton *m_addFromIep = nullptr;
    QPlainTextEdit *m_content = nullptr;
    QPlainTextEdit *m_methods = nullptr;
    QSpinBox *m_minutes = nullptr;
    QSpinBox *m_sessions = nullptr;
    QLabel *m_weekly = nullptr;
    QPlainTextEdit *m_expected = nullptr;
    QComboBox *m_instructor = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_remove = nullptr;
    MessageLabel *m_message = nullptr;
    std::optional<Error> m_staffFailure;   // the instructor list could not be read
};

} // namespace rr
