#pragma once
// The fields of one short-term objective: behaviour, condition, criterion
// (flagged while it cannot be measured), deadline, evaluation methods as
// checkboxes (观察/作品/测验/口头/实作), responsible person, start and end,
// measurement scale, direction and goal value. A criterion changed and
// confirmed (Enter, or leaving the field) replaces the old one inside the
// behaviour text too, where the goal bank put it.
#include "iep/Iep.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rr {

class ScaleValueEdit;

class ObjectiveForm final : public QWidget {
    Q_OBJECT
public:
    explicit ObjectiveForm(QWidget *parent = nullptr);

    void setObjective(const IepObjective &objective);
    // The objective with the form's fields; results and id are kept from `base`.
    IepObjective applyTo(IepObjective base) const;
    QString problem() const;   // the goal value's, empty when none
    void setEditable(bool editable);

    QPlainTextEdit *behaviourEdit() const { return m_behaviour; }
    QLineEdit *conditionEdit() const { return m_condition; }
    QLineEdit *criterionEdit() const { return m_criterion; }
    QLabel *criterionHint() const { return m_criterionHint; }
    QDateEdit *deadlineEdit() const { return m_deadline; }
    QCheckBox *methodBox(EvaluationMethod method) const;
    QLineEdit *responsibleEdit() const { return m_responsible; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }
    QComboBox *scaleCombo() const { return m_scale; }
    QComboBox *directionCombo() const { return m_direction; }
    ScaleValueEdit *goalValueEdit() const { return m_goalValue; }

signals:
    void changed();

private:
    void updateCriterionHint();
    void carryCriterionIntoBehaviour();

    bool m_loading = false;
    QString m_committedCriterion;   // the criterion as the behaviour text last held it
    QPlainTextEdit *m_behaviour = nullptr;
    QLineEdit *m_condition = nullptr;
    QLineEdit *m_criterion = nullptr;
    QLabel *m_criterionHint = nullptr;
    QDateEdit *m_deadline = nullptr;
    QList<QCheckBox *> m_methods;
    QLineEdit *m_responsible = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QComboBox *m_scale = nullptr;
    QComboBox *m_direction = nullptr;
    ScaleValueEdit *m_goalValue = nullptr;
};

} // namespace rr
