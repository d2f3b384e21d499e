#include "timetable/SlotChangeDialog.h"
#include "common/TimeEdit.h"

#include "common/MessageLabel.h"
#include "timetable/SlotChanges.h"
#include "timetable/Weekday.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

SlotChangeDialog::SlotChangeDialog(Session session, TimetableNames names, const TimetableSlot &slot, const QDate &date,
                                   std::optional<SlotChange> existing, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_slot(slot), m_originalDate(date),
      m_existing(std::move(existing)), m_names(std::move(names))
{
    setObjectName(u"slotChangeDialog"_s);
    setWindowTitle(tr("Change one date"));

    auto *what = new QLabel(this);
    what->setObjectName(u"slotChangeWhat"_s);
    what->setWordWrap(true);
    what->setText(tr("%1, %2 %3, %4 – %5 with %6 in %7")
                      .arg(slot.content.isEmpty() ? serviceTypeLabel(slot.service) : slot.content,
                           weekdayLabel(date.dayOfWeek()), shortDate(date), timeRange(slot.start, slot.end),
                           m_names.studentList(slot.studentIds), m_names.staffName(slot.instructorId),
                           m_names.room(slot.roomId)));

    m_cancel = new QRadioButton(tr("Cancel this meeting"), this);
    m_cancel->setObjectName(u"changeCancel"_s);
    m_move = new QRadioButton(tr("Move it"), this);
    m_move->setObjectName(u"changeMove"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_cancel);
    group->addButton(m_move);

    m_date = new QDateEdit(this);
    m_date->setObjectName(u"changeDate"_s);
    m_date->setCalendarPopup(true);
    m_start = new TimeEdit(this);
    m_start->setObjectName(u"changeStart"_s);
    m_start->setDisplayFormat(u"HH:mm"_s);
    m_end = new TimeEdit(this);
    m_end->setObjectName(u"changeEnd"_s);
    m_end->setDisplayFormat(u"HH:mm"_s);
    m_room = new QComboBox(this);
    m_room->setObjectName(u"changeRoom"_s);
    for (const Room &room : std::as_const(m_names.rooms))
        m_room->addItem(room.name, room.id);
    m_instructor = new QComboBox(this);
    m_instructor->setObjectName(u"changeInstructor"_s);
    for (const StaffMember &member : std::as_const(m_names.staff))
        if (member.isActive())
            m_instructor->addItem(member.name, member.id);
    if (m_instructor->findData(slot.instructorId) < 0 && slot.instructorId > 0)
        m_instructor->addItem(m_names.staffName(slot.instructorId), slot.instructorId);
    if (slot.instructorId == 0)
        m_instructor->insertItem(0, tr("(no instructor)"), qint64(0));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"changeReason"_s);
    m_reason->setPlaceholderText(tr("e.g. teaching research meeting, sports day, the student is ill"));

    m_undo = new QPushButton(tr("Undo the change"), this);
    m_undo->setObjectName(u"undoChange"_s);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"slotChangeMessage"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->addButton(m_undo, QDialogButtonBox::ResetRole);
    m_undo->setVisible(m_existing.has_value());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SlotChangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SlotChangeDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, [this] { undoChange(); });

    auto *time = new QHBoxLayout;
    time->addWidget(m_date);
    time->addWidget(m_start);
    time->addWidget(new QLabel(tr("to"), this));
    time->addWidget(m_end);
    time->addStretch(1);
    auto *moveForm = new QFormLayout;
    moveForm->setContentsMargins(24, 0, 0, 0);
    moveForm->addRow(tr("When"), time);
    moveForm->addRow(tr("Room"), m_room);
    moveForm->addRow(tr("Instructor"), m_instructor);

    auto *reasonForm = new QFormLayout;
    reasonForm->addRow(tr("Reason"), m_reason);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_cancel);
    layout->addWidget(m_move);
    layout->addLayout(moveForm);
    layout->addLayout(reasonForm);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(500);

    // Start from the existing change, or from the meeting as it stands.
    const SlotChange start = m_existing.value_or(SlotChange{});
    m_date->setDate(start.newDate.value_or(date));
    m_start->setTime(start.newStart.value_or(slot.start));
    m_end->setTime(start.newEnd.value_or(slot.end));
    m_room->setCurrentIndex(qMax(0, m_room->findData(start.newRoomId > 0 ? start.newRoomId : slot.roomId)));
    m_instructor->setCurrentIndex(
        qMax(0, m_instructor->findData(start.newInstructorId > 0 ? start.newInstructorId : slot.instructorId)));
    m_reason->setText(start.reason);
    (m_existing && !m_existing->cancelled ? m_move : m_cancel)->setChecked(true);
    connect(m_move, &QRadioButton::toggled, this, &SlotChangeDialog::updateFields);
    updateFields();
}

void SlotChangeDialog::updateFields()
{
    const bool move = m_move->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_date), static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_end),
                       static_cast<QWidget *>(m_room), static_cast<QWidget *>(m_instructor)})
        w->setEnabled(move);
}

SlotChange SlotChangeDialog::change() const
{
    SlotChange change;
    change.slotId = m_slot.id;
    change.date = m_originalDate;
    change.reason = m_reason->text().trimmed();
    change.cancelled = m_cancel->isChecked();
    if (change.cancelled)
        return change;
    // Only what differs from the slot is recorded as changed.
    if (m_date->date() != m_originalDate)
        change.newDate = m_date->date();
    if (m_start->time() != m_slot.start)
        change.newStart = m_start->time();
    if (m_end->time() != m_slot.end)
        change.newEnd = m_end->time();
    const qint64 room = m_room->currentData().toLongLong();
    if (room != m_slot.roomId)
        change.newRoomId = room;
    const qint64 instructor = m_instructor->currentData().toLongLong();
    if (instructor != m_slot.instructorId && instructor > 0)
        change.newInstructorId = instructor;
    return change;
}

void SlotChangeDialog::accept()
{
    // A change the date has already is replaced by this one, in one action.
    const auto done = SlotChanges(m_session.db).set(change());
    if (!done) {
        m_message->showError(done.error().message);
        return;
    }
    QDialog::accept();
}

bool SlotChangeDialog::undoChange()
{
    if (!m_existing)
        return false;
    const auto done = SlotChanges(m_session.db).undo(m_slot.id, m_originalDate);
    if (!done) {
        m_message->showError(done.error().message);
        return false;
    }
    m_undone = true;
    QDialog::accept();
    return true;
}

} // namespace rr
