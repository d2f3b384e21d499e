#pragma once
// A teacher's own goal for the bank: domain, sub-area, long-term goal, the
// objective with {标准} where each child's criterion will go, scale and
// direction. Saved on OK (CustomGoalRepository); errors stay in the dialog.
#include "goalbank/BankGoal.h"
#include "shell/Session.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace rr {

class MessageLabel;

class CustomGoalDialog final : public QDialog {
    Q_OBJECT
public:
    CustomGoalDialog(Session session, GoalDomain domain, QWidget *parent = nullptr);
    void accept() override;

    BankGoal goal() const;   // what the widgets hold
    QComboBox *domainCombo() const { return m_domain; }
    QLineEdit *areaEdit() const { return m_area; }
    QLineEdit *longTermEdit() const { return m_longTerm; }
    QLineEdit *objectiveEdit() const { return m_objective; }
    QComboBox *scaleCombo() const { return m_scale; }
    QComboBox *directionCombo() const { return m_direction; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MessageLabel *message() const { return m_message; }

private:
    Session m_session;
    QComboBox *m_domain = nullptr;
    QLineEdit *m_area = nullptr;
    QLineEdit *m_longTerm = nullptr;
    QLineEdit *m_objective = nullptr;
    QComboBox *m_scale = nullptr;
    QComboBox *m_direction = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
