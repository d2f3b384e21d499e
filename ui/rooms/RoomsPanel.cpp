#include "rooms/RoomsPanel.h"
#include "common/SortProxy.h"

#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "rooms/RoomDialog.h"
#include "rooms/RoomListModel.h"
#include "rooms/RoomRepository.h"
#include "rooms/RoomRuleEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

RoomsPanel::RoomsPanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_rooms = new RoomListModel(this);
    m_roomTable = new QTableView(this);
    m_roomTable->setObjectName(u"roomTable"_s);
    makeSortable(m_roomTable, m_rooms);
    m_roomTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_roomTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_roomTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_roomTable->setAlternatingRowColors(true);
    m_roomTable->setWordWrap(false);
    m_roomTable->verticalHeader()->hide();
    m_roomTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_roomTable->horizontalHeader()->setStretchLastSection(true);

    m_add = new QPushButton(tr("Add room…"), this);
    m_add->setObjectName(u"addRoom"_s);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(u"editRoom"_s);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"removeRoom"_s);
    m_lockHint = new QLabel(tr("Save or revert the rule changes to choose another room."), this);
    m_lockHint->setObjectName(u"roomLockHint"_s);
    m_lockHint->setWordWrap(true);
    m_lockHint->setStyleSheet(u"color: #8a5a00;"_s);
    m_lockHint->hide();
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"roomsMessage"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_roomTable, 1);
    leftLayout->addWidget(m_lockHint);
    leftLayout->addWidget(m_message);
    leftLayout->addLayout(buttons);

    m_rules = new RoomRuleEditor(m_session, this);
    m_rules->setObjectName(u"roomRuleEditor"_s);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"roomsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_rules);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({420, 700});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(splitter, 1);

    connect(m_roomTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_message->clearMessage();
        showSelectedRoom();
        updateButtons();
    });
    connect(m_roomTable, &QTableView::doubleClicked, this, [this] { editRoom(); });
    connect(m_add, &QPushButton::clicked, this, &RoomsPanel::addRoom);
    connect(m_edit, &QPushButton::clicked, this, &RoomsPanel::editRoom);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeRoom(); });
    connect(m_rules, &RoomRuleEditor::dirtyChanged, this, [this] { updateButtons(); });
    connect(m_session.db.get(), &Database::written, this, [this] { reload(); });
    reload();
}

void RoomsPanel::reload()
{
    const qint64 keep = selectedRoomId();
    const auto rooms = RoomRepository(m_session.db).all();
    if (!rooms) {
        reportReadFailure(this, rooms.error(), m_message);
        return;
    }
    {
        const QSignalBlocker blocker(m_roomTable->selectionModel());
        m_rooms->setRooms(*rooms);
        m_roomTable->resizeColumnsToContents();
        const int row = m_rooms->rowOfRoom(keep);
        if (row >= 0)
            m_roomTable->selectRow(viewRow(m_roomTable, row));
        else if (m_rooms->rowCount() > 0)
            m_roomTable->selectRow(0);
    }
    m_roomTable->viewport()->update();
    // Unsaved rule edits stay on screen; the stored rules come back on Revert.
    if (!m_rules->isDirty())
        showSelectedRoom();
    updateButtons();
}

void RoomsPanel::selectRoom(qint64 roomId)
{
    const int row = m_rooms->rowOfRoom(roomId);
    if (row >= 0)
        m_roomTable->selectRow(viewRow(m_roomTable, row));
}

qint64 RoomsPanel::selectedRoomId() const
{
    const QModelIndexList rows = m_roomTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(RoomListModel::RoomIdRole).toLongLong();
}

void RoomsPanel::showSelectedRoom()
{
    const int row = m_rooms->rowOfRoom(selectedRoomId());
    m_rules->setRoom(row >= 0 ? std::optional<Room>(m_rooms->rooms().at(row)) : std::nullopt);
}

void RoomsPanel::updateButtons()
{
    const bool locked = m_rules->isDirty();
    const bool selected = selectedRoomId() > 0;
    m_roomTable->setEnabled(!locked);
    m_lockHint->setVisible(locked);
    m_add->setEnabled(!locked);
    m_edit->setEnabled(!locked && selected);
    m_remove->setEnabled(!locked && selected);
}

void RoomsPanel::openDialog(RoomDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog] {
        selectRoom(dialog->savedId());
        m_message->showInfo(tr("%1 was saved.").arg(dialog->room().name));
    });
    m_dialog->open();
}

void RoomsPanel::addRoom()
{
    m_message->clearMessage();
    openDialog(new RoomDialog(m_session, std::nullopt, this));
}

void RoomsPanel::editRoom()
{
    const int row = m_rooms->rowOfRoom(selectedRoomId());
    if (row < 0 || m_rules->isDirty())
        return;
    m_message->clearMessage();
    openDialog(new RoomDialog(m_session, m_rooms->rooms().at(row), this));
}

bool RoomsPanel::removeRoom(bool confirm)
{
    const int row = m_rooms->rowOfRoom(selectedRoomId());
    if (row < 0 || m_rules->isDirty())
        return false;
    const Room room = m_rooms->rooms().at(row);
    if (confirm
        && QMessageBox::question(this, tr("Remove room"),
                                 tr("Remove %1 and its rules? Rooms named by the timetable or by records cannot be "
                                    "removed.")
                                     .arg(room.name))
               != QMessageBox::Yes)
        return false;
    const auto done = RoomRepository(m_session.db).remove(room.id);
    if (!done) {
        m_message->showError(done.error().message);
        return false;
    }
    m_message->showInfo(tr("%1 was removed.").arg(room.name));
    return true;
}

RoomDialog *RoomsPanel::roomDialog() const
{
    return m_dialog;
}

} // namespace rr
