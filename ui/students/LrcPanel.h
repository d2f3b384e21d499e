#pragma once
// The LRC status workflow of one student: the history of steps (corrected
// ones struck through, with their correction) and a control for the next step
// that offers only the steps allowed from the current state. 不予确认 and 撤销
// ask first, for the reason and the 经办人 (LrcReasonDialog); "Correct…" voids
// the selected step with a correction entry. Dialogs are window-modal and
// non-blocking, reachable through accessors.
#include "lrc/LrcWorkflow.h"
#include "shell/Session.h"
#include "students/LrcReasonDialog.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rr {

class LrcHistoryModel;
class MessageLabel;

class LrcPanel final : public QWidget {
    Q_OBJECT
public:
    explicit LrcPanel(Session session, QWidget *parent = nullptr);
    void setStudent(qint64 studentId);
    void reload();
    // What the button does: records an ordinary step (false when refused);
    // for 不予确认 and 撤销 opens reasonDialog() and returns false — the step
    // is recorded when the dialog is accepted.
    bool addStep();
    // Opens reasonDialog() to void the selected step; false when no standing step is selected.
    bool correctSelected();
    void selectStep(int row);

    LrcHistoryModel *historyModel() const { return m_model; }
    QComboBox *stepCombo() const { return m_step; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *actorEdit() const { return m_actor; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *correctButton() const { return m_correct; }
    QTableView *historyView() const { return m_table; }
    LrcReasonDialog *reasonDialog() const { return m_reasonDialog; }
    MessageLabel *message() const { return m_message; }

private:
    void recordStep(LrcEvent event);
    void updateCorrectButton();

    Session m_session;
    qint64 m_studentId = 0;
    QString m_studentName;
    QString m_teacherName;   // the profile's, offered as who handled a step
    QLabel *m_state = nullptr;
    LrcHistoryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_step = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_actor = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_correct = nullptr;
    MessageLabel *m_message = nullptr;
    QPointer<LrcReasonDialog> m_reasonDialog;
};

} // namespace rr
