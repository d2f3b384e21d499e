#pragma once
// The goal bank (目标库): browse by domain, search, pick a goal and give the
// criterion for this child. Inserting is refused while the criterion is
// missing or vague (core's fillObjective), so nothing vague enters an IEP.
// Teachers add their own goals here; they are kept in the data file.
#include "iep/CustomGoalDialog.h"
#include "goalbank/BankGoal.h"
#include "shell/Session.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rr {

class GoalBankModel;
class MessageLabel;
class ScaleValueEdit;

// What the editor inserts: the goal, its objective with the criterion filled
// in, the criterion itself and the goal value (read from the criterion where
// it holds one, for the aim line).
struct BankInsertion {
    BankGoal goal;
    QString objectiveText;
    QString criterion;
    std::optional<double> goalValue;
};

// The number a criterion names on the goal's scale: 80% → 80, 3次 → 3,
// 独立 → the prompt level 5; empty when it names none inside the scale.
std::optional<double> goalValueFromCriterion(MeasurementScale scale, const QString &criterion);

class GoalBankDialog final : public QDialog {
    Q_OBJECT
public:
    GoalBankDialog(Session session, std::optional<GoalDomain> domain, QWidget *parent = nullptr);
    void accept() override;

    void selectGoal(const BankGoal &goal);
    std::optional<BankGoal> selectedGoal() const;
    const std::optional<BankInsertion> &insertion() const { return m_insertion; }
    void reloadGoals();
    void openCustomGoalDialog();

    QComboBox *domainCombo() const { return m_domain; }
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *goalTable() const { return m_table; }
    GoalBankModel *model() const { return m_model; }
    QLabel *objectivePreview() const { return m_preview; }
    QLineEdit *criterionEdit() const { return m_criterion; }
    ScaleValueEdit *goalValueEdit() const { return m_goalValue; }
    MessageLabel *message() const { return m_message; }
    QPushButton *insertButton() const { return m_insert; }
    QPushButton *addOwnButton() const { return m_addOwn; }
    QPushButton *removeOwnButton() const { return m_removeOwn; }
    CustomGoalDialog *customGoalDialog() const { return m_customDialog; }

private:
    void applyFilter();
    void showSelected();

    Session m_session;
    GoalBankModel *m_model = nullptr;
    QComboBox *m_domain = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_preview = nullptr;
    QLineEdit *m_criterion = nullptr;
    ScaleValueEdit *m_goalValue = nullptr;
    bool m_goalValueTyped = false;
    MessageLabel *m_message = nullptr;
    QPushButton *m_addOwn = nullptr;
    QPushButton *m_removeOwn = nullptr;
    QPushButton *m_insert = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<CustomGoalDialog> m_customDialog;
    std::optional<BankInsertion> m_insertion;
};

} // namespace rr
