#pragma once
// The class periods one student must not miss: training slots over them are
// flagged in the timetable. OK saves the whole list in one action.
#include "shell/Session.h"
#include "timetable/ProtectedPeriod.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimeEdit;

namespace rr {

class MessageLabel;
class ProtectedPeriodTableModel;

class ProtectedPeriodDialog final : public QDialog {
    Q_OBJECT
public:
    // `periods`: the student's periods as stored, read by the opener (OK
    // replaces them all, so a list that could not be read never gets here).
    ProtectedPeriodDialog(Session session, qint64 studentId, QList<ProtectedPeriod> periods, qint64 semesterId,
                          QWidget *parent = nullptr);
    void accept() override;

    // Adds what the form below the list holds; false (with the reason shown) when it is incomplete.
    bool addFromForm();
    void removeSelected();

    ProtectedPeriodTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *weekdayCombo() const { return m_weekday; }
    QTimeEdit *startEdit() const { return m_start; }
    QTimeEdit *endEdit() const { return m_end; }
    QLineEdit *lessonEdit() const { return m_lesson; }
    QCheckBox *everySemesterCheck() const { return m_everySemester; }
    MessageLabel *message() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    Session m_session;
    qint64 m_studentId = 0;
    qint64 m_semesterId = 0;
    ProtectedPeriodTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_weekday = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QLineEdit *m_lesson = nullptr;
    QCheckBox *m_everySemester = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rr
