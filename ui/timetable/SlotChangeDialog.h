#pragma once
// A one-off change to one dated meeting of a weekly slot: cancel it, or move
// it (date, time, room, instructor), with the reason. An existing change of
// that date is shown and can be replaced or undone (core's SlotChanges: one
// action each).
#include "shell/Session.h"
#include "timetable/TimetableNames.h"
#include "timetable/TimetableSlot.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTimeEdit;

namespace rr {

class MessageLabel;

class SlotChangeDialog final : public QDialog {
    Q_OBJECT
public:
    // `date`: the date the slot would meet on; `existing`: its change, if any.
    // `names`: the rooms and staff to move to, read by the opener.
    SlotChangeDialog(Session session, TimetableNames names, const TimetableSlot &slot, const QDate &date,
                     std::optional<SlotChange> existing = {}, QWidget *parent = nullptr);
    void accept() override;
    bool undoChange();

    SlotChange change() const;    // what the widgets hold now
    bool wasUndone() const { return m_undone; }   // accepted by undoing the change

    QRadioButton *cancelButton() const { return m_cancel; }
    QRadioButton *moveButton() const { return m_move; }
    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *startEdit() const { return m_start; }
    QTimeEdit *endEdit() const { return m_end; }
    QComboBox *roomCombo() const { return m_room; }
    QComboBox *instructorCombo() const { return m_instructor; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *undoButton() const { return m_undo; }
    MessageLabel *message() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateFields();

    Session m_session;
    TimetableSlot m_slot;
    QDate m_originalDate;
    std::optional<SlotChange> m_existing;
    bool m_undone = false;
    TimetableNames m_names;
    QRadioButton *m_cancel = nullptr;
    QRadioButton *m_move = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QComboBox *m_room = nullptr;
    QComboBox *m_instructor = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_undo = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rr
