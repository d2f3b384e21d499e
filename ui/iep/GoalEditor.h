#pragma once
// The goals tab (目标): long-term goals per domain, each with its short-term
// objectives, as a tree; the selected goal or objective is edited beside it.
// Objectives come from the goal bank (with the child's criterion) or are
// written by hand.
#include "iep/GoalBankDialog.h"
#include "iep/Iep.h"
#include "shell/Session.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace rr {

class ObjectiveForm;

// What a new objective starts with: the semester's dates and the teacher.
struct ObjectiveDefaults {
    QDate start;
    QDate deadline;
    QString responsible;
};

class GoalEditor final : public QWidget {
    Q_OBJECT
public:
    GoalEditor(Session session, ObjectiveDefaults defaults, QWidget *parent = nullptr);

    void setGoals(const QList<IepGoal> &goals);
    const QList<IepGoal> &goals() const { return m_goals; }
    QStringList problems() const;   // values the form could not take
    void setEditable(bool editable);

    void addGoal();
    void addObjective();
    void removeSelected();
    // Appends the objective under the goal with the same domain and text, or
    // under a new goal; selects it.
    void insertFromBank(const BankInsertion &insertion);
    void openGoalBank();
    void select(int goal, int objective = -1);
    int selectedGoal() const;
    int selectedObjective() const;   // -1 when a goal (or nothing) is selected

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *addGoalButton() const { return m_addGoal; }
    QPushButton *addObjectiveButton() const { return m_addObjective; }
    QPushButton *bankButton() const { return m_bank; }
    QPushButton *removeButton() const { return m_remove; }
    QComboBox *goalDomainCombo() const { return m_domain; }
    QPlainTextEdit *longTermEdit() const { return m_longTerm; }
    ObjectiveForm *objectiveForm() const { return m_objectiveForm; }
    GoalBankDialog *goalBankDialog() const { return m_bankDialog; }

signals:
    void changed();

private:
    void rebuildTree();
    void showSelected();
    void storeGoalFields();
    void storeObjectiveFields();
    void updateButtons();
    QString goalTitle(int goal) const;
    QString objectiveTitle(int goal, int objective) const;

    Session m_session;
    ObjectiveDefaults m_defaults;
    QList<IepGoal> m_goals;
    bool m_editable = true;
    bool m_loading = false;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_addGoal = nullptr;
    QPushButton *m_addObjective = nullptr;
    QPushButton *m_bank = nullptr;
    QPushButton *m_remove = nullptr;
    QStackedWidget *m_detail = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_goalPage = nullptr;
    QComboBox *m_domain = nullptr;
    QPlainTextEdit *m_longTerm = nullptr;
    ObjectiveForm *m_objectiveForm = nullptr;
    QPointer<GoalBankDialog> m_bankDialog;
};

} // namespace rr
