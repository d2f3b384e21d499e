#include "timetable/SlotDialog.h"
#include "common/TimeEdit.h"

#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "calendar/SemesterRepository.h"
#include "iep/EnumCombo.h"
#include "school/CurrentUser.h"
#include "timetable/SlotValidity.h"
#include "timetable/TimetableRepository.h"
#include "timetable/Weekday.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kStudentIdRole = Qt::UserRole + 1;
}

SlotDialog::SlotDialog(Session session, TimetableNames names, const TimetableSlot &slot, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_original(slot), m_names(std::move(names))
{
    setObjectName(u"slotDialog"_s);
    setWindowTitle(slot.id > 0 ? tr("Edit timetable slot") : tr("Add timetable slot"));

    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(u"slotWeekday"_s);
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(weekdayLabel(day), day);
    m_start = new TimeEdit(this);
    m_start->setObjectName(u"slotStart"_s);
    m_start->setDisplayFormat(u"HH:mm"_s);
    m_end = new TimeEdit(this);
    m_end->setObjectName(u"slotEnd"_s);
    m_end->setDisplayFormat(u"HH:mm"_s);

    m_room = new QComboBox(this);
    m_room->setObjectName(u"slotRoom"_s);
    for (const Room &room : std::as_const(m_names.rooms))
        m_room->addItem(tr("%1 (%n place(s))", "", room.capacity).arg(room.name), room.id);
    m_instructor = new QComboBox(this);
    m_instructor->setObjectName(u"slotInstructor"_s);
    m_instructor->addItem(tr("(no instructor)"), qint64(0));
    for (const StaffMember &member : std::as_const(m_names.staff))
        if (member.isActive() || member.id == slot.instructorId)
            m_instructor->addItem(tr("%1 (%2)").arg(member.name, staffRolesLabel(member.roles)), member.id);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"slotStudentFilter"_s);
    m_filter->setPlaceholderText(tr("Find a student by name"));
    m_filter->setClearButtonEnabled(true);
    m_students = new QListWidget(this);
    m_students->setObjectName(u"slotStudents"_s);
    m_students->setMinimumHeight(130);
    for (const StudentSummary &s : std::as_const(m_names.students)) {
        auto *item = new QListWidgetItem(s.name, m_students);
        item->setData(kStudentIdRole, s.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_studentCount = new QLabel(this);
    m_studentCount->setObjectName(u"slotStudentCount"_s);

    m_service = new QComboBox(this);
    m_service->setObjectName(u"slotService"_s);
    fillEnumCombo(m_service, allServiceTypes(), serviceTypeLabel);
    m_content = new QLineEdit(this);
    m_content->setObjectName(u"slotContent"_s);
    m_content->setPlaceholderText(tr("e.g. maths one-to-one, sensory integration"));
    m_protectedClass = new QLineEdit(this);
    m_protectedClass->setObjectName(u"slotProtectedClass"_s);
    m_protectedClass->setPlaceholderText(tr("The class lesson this slot takes, if any, e.g. art"));

    // The validity period stays inside the slot's semester.
    const auto stored = SemesterRepository(m_session.db).byId(slot.semesterId);
    const Semester semester = stored ? *stored : Semester{};
    const auto dateEdit = [this, &semester](const QString &name) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        if (semester.start.isValid())
            edit->setDateRange(semester.start, semester.end);
        return edit;
    };
    m_validFrom = dateEdit(u"slotValidFrom"_s);
    m_validUntil = dateEdit(u"slotValidUntil"_s);
    const ValidityPeriod defaults = defaultValidity(semester, m_session.clock->today());
    if (!m_original.validFrom.isValid())
        m_original.validFrom = defaults.from;
    if (!m_original.validUntil.isValid())
        m_original.validUntil = defaults.until;

    m_conflictTitle = new QLabel(this);
    m_conflictTitle->setObjectName(u"slotConflictTitle"_s);
    m_conflictView = new QLabel(this);
    m_conflictView->setObjectName(u"slotConflicts"_s);
    m_conflictView->setWordWrap(true);
    m_conflictView->setTextFormat(Qt::RichText);
    m_conflictView->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_conflictView->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *conflictScroll = new QScrollArea(this);
    conflictScroll->setWidget(m_conflictView);
    conflictScroll->setWidgetResizable(true);
    conflictScroll->setFixedHeight(100);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"slotDialogMessage"_s);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (!stored) {   // the semester is unknown: its dates cannot bound the slot
        reportReadFailure(this, stored.error(), m_message);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SlotDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SlotDialog::reject);

    auto *time = new QHBoxLayout;
    time->addWidget(m_weekday);
    time->addWidget(m_start);
    time->addWidget(new QLabel(tr("to"), this));
    time->addWidget(m_end);
    time->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("When"), time);
    form->addRow(tr("Room"), m_room);
    form->addRow(tr("Instructor"), m_instructor);
    auto *studentBox = new QVBoxLayout;
    studentBox->addWidget(m_filter);
    studentBox->addWidget(m_students);
    studentBox->addWidget(m_studentCount);
    form->addRow(tr("Students"), studentBox);
    form->addRow(tr("Service"), m_service);
    form->addRow(tr("Content"), m_content);
    form->addRow(tr("Class it takes"), m_protectedClass);
    auto *validity = new QHBoxLayout;
    validity->addWidget(m_validFrom);
    validity->addWidget(new QLabel(tr("until"), this));
    validity->addWidget(m_validUntil);
    validity->addStretch(1);
    form->addRow(tr("In effect from"), validity);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_conflictTitle);
    layout->addWidget(conflictScroll);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    // A new slot is taught by the current user unless the caller named someone.
    TimetableSlot shown = m_original;
    if (shown.id == 0 && shown.instructorId == 0) {
        const auto user = CurrentUser(m_session.db).id();
        if (!user)
            reportReadFailure(this, user.error(), m_message);
        shown.instructorId = user ? *user : 0;
    }
    fill(shown);

    const auto changed = [this] {
        if (!m_filling)
            refreshConflicts();
    };
    connect(m_weekday, &QComboBox::currentIndexChanged, this, changed);
    connect(m_start, &QTimeEdit::timeChanged, this, [this, changed](const QTime &start) {
        // Moving the start keeps the slot's length.
        if (!m_filling) {
            const int length = m_original.start.isValid() && m_original.end.isValid()
                                   ? m_original.start.secsTo(m_original.end)
                                   : 40 * 60;
            const QSignalBlocker blocker(m_end);
            if (m_end->time() <= start)
                m_end->setTime(start.addSecs(qMax(length, 5 * 60)));
        }
        changed();
    });
    connect(m_end, &QTimeEdit::timeChanged, this, changed);
    connect(m_validFrom, &QDateEdit::dateChanged, this, changed);
    connect(m_validUntil, &QDateEdit::dateChanged, this, changed);
    connect(m_room, &QComboBox::currentIndexChanged, this, changed);
    connect(m_instructor, &QComboBox::currentIndexChanged, this, changed);
    connect(m_students, &QListWidget::itemChanged, this, [this, changed] {
        updateStudentCount();
        changed();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &SlotDialog::filterStudents);
    refreshConflicts();
}

void SlotDialog::fill(const TimetableSlot &slot)
{
    m_filling = true;
    m_weekday->setCurrentIndex(qBound(0, slot.weekday - 1, 6));
    m_start->setTime(slot.start.isValid() ? slot.start : QTime(8, 0));
    m_end->setTime(slot.end.isValid() ? slot.end : m_start->time().addSecs(40 * 60));
    const int room = m_room->findData(slot.roomId);
    if (room >= 0)
        m_room->setCurrentIndex(room);
    const int instructor = m_instructor->findData(slot.instructorId);
    m_instructor->setCurrentIndex(qMax(0, instructor));
    for (int row = 0; row < m_students->count(); ++row) {
        QListWidgetItem *item = m_students->item(row);
        item->setCheckState(slot.studentIds.contains(item->data(kStudentIdRole).toLongLong()) ? Qt::Checked
                                                                                              : Qt::Unchecked);
    }
    setEnumComboValue(m_service, slot.service);
    m_content->setText(slot.content);
    m_protectedClass->setText(slot.protectedClass);
    m_validFrom->setDate(slot.validFrom);
    m_validUntil->setDate(slot.validUntil);
    updateStudentCount();
    m_filling = false;
}

TimetableSlot SlotDialog::slot() const
{
    TimetableSlot slot = m_original;
    slot.weekday = m_weekday->currentData().toInt();
    slot.start = m_start->time();
    slot.end = m_end->time();
    slot.roomId = m_room->currentData().toLongLong();
    slot.instructorId = m_instructor->currentData().toLongLong();
    slot.studentIds = checkedStudents();
    slot.service = enumComboValue<ServiceType>(m_service);
    slot.content = m_content->text().trimmed();
    slot.protectedClass = m_protectedClass->text().trimmed();
    slot.validFrom = m_validFrom->date();
    slot.validUntil = m_validUntil->date();
    return slot;
}

QList<qint64> SlotDialog::checkedStudents() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_students->count(); ++row)
        if (m_students->item(row)->checkState() == Qt::Checked)
            ids.append(m_students->item(row)->data(kStudentIdRole).toLongLong());
    return ids;
}

void SlotDialog::setStudentChecked(qint64 studentId, bool checked)
{
    for (int row = 0; row < m_students->count(); ++row)
        if (m_students->item(row)->data(kStudentIdRole).toLongLong() == studentId)
            m_students->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void SlotDialog::filterStudents(const QString &text)
{
    const QString needle = text.trimmed();
    for (int row = 0; row < m_students->count(); ++row) {
        QListWidgetItem *item = m_students->item(row);
        // Checked students stay in sight, so the filter never hides a choice.
        item->setHidden(!needle.isEmpty() && item->checkState() != Qt::Checked
                        && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

void SlotDialog::updateStudentCount()
{
    const QList<qint64> ids = checkedStudents();
    m_studentCount->setText(ids.isEmpty() ? tr("No student chosen yet.")
                                          : tr("%n student(s): %1", "", int(ids.size())).arg(m_names.studentList(ids)));
}

void SlotDialog::refreshConflicts()
{
    m_message->clearMessage();
    const TimetableSlot candidate = slot();
    // The preview needs a slot the checks can place: a time and a room.
    m_conflicts.clear();
    if (candidate.end > candidate.start && candidate.roomId > 0) {
        const auto found = TimetableRepository(m_session.db).conflictsFor(candidate);
        if (!found) {
            m_conflictView->clear();
            m_conflictTitle->setText(tr("The conflicts could not be checked."));
            reportReadFailure(this, found.error(), m_message);
            return;
        }
        m_conflicts = *found;
    }
    QStringList paragraphs;
    int hard = 0;
    for (const TimetableConflict &c : std::as_const(m_conflicts)) {
        hard += c.isHard() ? 1 : 0;
        const QString kind = (c.isHard() ? tr("Not allowed: %1") : tr("Warning: %1")).arg(conflictKindLabel(c.kind));
        paragraphs.append(u"<p style='margin:0 0 4px 0; color:%1'><b>%2.</b> %3</p>"_s.arg(
            c.isHard() ? u"#b3261e"_s : u"#7a4b00"_s, kind.toHtmlEscaped(), c.message.toHtmlEscaped()));
    }
    m_conflictView->setText(paragraphs.join(QString()));
    if (candidate.end <= candidate.start)
        m_conflictTitle->setText(tr("The slot must end after it starts."));
    else if (m_conflicts.isEmpty())
        m_conflictTitle->setText(tr("No conflicts."));
    else if (hard > 0)
        m_conflictTitle->setText(tr("Conflicts: this slot cannot be saved as it is."));
    else
        m_conflictTitle->setText(tr("Warnings: the slot can be saved, but look at them."));
}

void SlotDialog::accept()
{
    refreshConflicts();
    const TimetableSlot candidate = slot();
    TimetableRepository timetable(m_session.db);
    if (candidate.id > 0) {
        const auto done = timetable.updateSlot(candidate);
        if (!done) {
            m_message->showError(done.error().message);
            return;
        }
        m_savedId = candidate.id;
    } else {
        const auto id = timetable.addSlot(candidate);
        if (!id) {
            m_message->showError(id.error().message);
            return;
        }
        m_savedId = *id;
    }
    m_savedWarnings = m_conflicts;
    QDialog::accept();
}

} // namespace rr
