#pragma once
// The LRC status workflow of one student: the history of steps and a control
// for the next step that offers only the steps allowed from the current state.
#include "shell/Session.h"

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
    bool addStep();          // what the button does; false when refused

    LrcHistoryModel *historyModel() const { return m_model; }
    QComboBox *stepCombo() const { return m_step; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *actorEdit() const { return m_actor; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *addButton() const { return m_add; }
    MessageLabel *message() const { return m_message; }

private:
    Session m_session;
    qint64 m_studentId = 0;
    QLabel *m_state = nullptr;
    LrcHistoryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_step = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_actor = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_add = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
