#pragma once
// The rooms tab: the functional rooms with add, edit and remove, and the
// selected room's rules. While rule edits are unsaved the room list is locked,
// so edits are never dropped by a stray click.
#include "shell/Session.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace rr {

class MessageLabel;
class RoomDialog;
class RoomListModel;
class RoomRuleEditor;

class RoomsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit RoomsPanel(Session session, QWidget *parent = nullptr);

    void reload();
    void selectRoom(qint64 roomId);
    qint64 selectedRoomId() const;

    // The buttons' actions; dialogs open window-modal and non-blocking.
    void addRoom();
    void editRoom();
    bool removeRoom(bool confirm = true);

    RoomListModel *roomModel() const { return m_rooms; }
    QTableView *roomTable() const { return m_roomTable; }
    RoomRuleEditor *ruleEditor() const { return m_rules; }
    RoomDialog *roomDialog() const;
    MessageLabel *message() const { return m_message; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }

private:
    void showSelectedRoom();
    void updateButtons();
    void openDialog(RoomDialog *dialog);

    Session m_session;
    RoomListModel *m_rooms = nullptr;
    QTableView *m_roomTable = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_lockHint = nullptr;
    MessageLabel *m_message = nullptr;
    RoomRuleEditor *m_rules = nullptr;
    QPointer<RoomDialog> m_dialog;
};

} // namespace rr
