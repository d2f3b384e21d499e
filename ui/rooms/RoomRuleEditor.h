#pragma once
// Edits the rules of one room (管理制度) as a working copy: each rule's words
// as printed on the poster, and where the program can hold it to account its
// kind and number (days for a record, students at once). Save writes the
// whole list in one action; Revert drops the edits; Reset takes the shipped
// rules of the room's type.
#include "common/Result.h"
#include "print/FormDocument.h"
#include "rooms/Room.h"
#include "rooms/RoomRule.h"
#include "shell/Session.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace rr {

class MessageLabel;
class RoomRuleTableModel;

class RoomRuleEditor final : public QWidget {
    Q_OBJECT
public:
    explicit RoomRuleEditor(Session session, QWidget *parent = nullptr);

    // Shows the stored rules of `room` (none: an empty, disabled editor);
    // unsaved edits are dropped.
    void setRoom(const std::optional<Room> &room);
    qint64 roomId() const { return m_room ? m_room->id : 0; }
    bool isDirty() const { return m_dirty; }

    void selectRule(int row);
    int selectedRow() const;
    void addRule();
    void removeRule();
    void moveUp();
    void moveDown();
    bool save();
    void revert();
    bool resetToDefaults(bool confirm = true);
    // The room's 管理制度 poster as printed from the stored rules (the
    // printing area's room-rules form), and its preview.
    Result<FormDocument> posterDocument() const;
    void printPoster();

    RoomRuleTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *kindCombo() const { return m_kind; }
    QSpinBox *parameterSpin() const { return m_parameter; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *resetButton() const { return m_reset; }
    QPushButton *posterButton() const { return m_poster; }
    MessageLabel *message() const { return m_message; }
    QLabel *titleLabel() const { return m_title; }

signals:
    void dirtyChanged(bool dirty);

private:
    void setDirty(bool dirty);
    void showSelectedRule();
    void applyForm();
    void updateButtons();
    void configureParameter(RuleKind kind);

    Session m_session;
    std::optional<Room> m_room;
    bool m_dirty = false;
    bool m_loadingForm = false;
    QLabel *m_title = nullptr;
    RoomRuleTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_parameter = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_poster = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
