#pragma once
// Adds or edits one functional room. A new room receives the shipped rules of
// its type in the same action; an edited room keeps its rules unless the user
// asks for the new type's defaults (then the change and the reset are one
// action). Errors stay inside the dialog.
#include "rooms/Room.h"
#include "shell/Session.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rr {

class MessageLabel;

class RoomDialog final : public QDialog {
    Q_OBJECT
public:
    // `existing` empty: a new room.
    explicit RoomDialog(Session session, std::optional<Room> existing = {}, QWidget *parent = nullptr);
    void accept() override;

    Room room() const;            // what the widgets hold now
    qint64 savedId() const { return m_savedId; }

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeCombo() const { return m_type; }
    QSpinBox *capacitySpin() const { return m_capacity; }
    QLineEdit *locationEdit() const { return m_location; }
    QCheckBox *resetRulesCheck() const { return m_resetRules; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MessageLabel *message() const { return m_message; }

private:
    void updateRuleNote();

    Session m_session;
    std::optional<Room> m_existing;
    qint64 m_savedId = 0;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QSpinBox *m_capacity = nullptr;
    QLineEdit *m_location = nullptr;
    QLabel *m_ruleNote = nullptr;
    QCheckBox *m_resetRules = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rr
