#include "usage/UsageEntryDialog.h"
#include "common/TimeEdit.h"

#include "common/MessageLabel.h"
#include "iep/EnumCombo.h"
#include "training/NameList.h"
#include "usage/RoomUsageRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kStudentIdRole = Qt::UserRole + 1;
}

UsageEntryDialog::UsageEntryDialog(Session session, TimetableNames names, const RoomUsageEntry &entry, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_names(std::move(names)), m_original(entry)
{
    setObjectName(u"usageEntryDialog"_s);
    setWindowTitle(entry.id > 0 ? tr("Edit room use") : tr("Log a room use"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"usageKind"_s);
    fillEnumCombo(m_kind, manualUsageKinds(), usageKindLabel);
    setEnumComboValue(m_kind, entry.kind);
    m_date = new QDateEdit(entry.date, this);
    m_date->setObjectName(u"usageDate"_s);
    m_date->setCalendarPopup(true);
    m_start = new TimeEdit(entry.start.isValid() ? entry.start : QTime(12, 0), this);
    m_start->setObjectName(u"usageStart"_s);
    m_start->setDisplayFormat(u"HH:mm"_s);
    m_end = new TimeEdit(entry.end.isValid() ? entry.end : QTime(12, 40), this);
    m_end->setObjectName(u"usageEnd"_s);
    m_end->setDisplayFormat(u"HH:mm"_s);
    m_room = new QComboBox(this);
    m_room->setObjectName(u"usageRoom"_s);
    for (const Room &room : std::as_const(m_names.rooms))
        m_room->addItem(room.name, room.id);
    if (const int index = m_room->findData(entry.roomId); index >= 0)
        m_room->setCurrentIndex(index);
    m_who = new QLineEdit(entry.who, this);
    m_who->setObjectName(u"usageWho"_s);
    m_who->setPlaceholderText(tr("Who used the room or was responsible"));
    m_purpose = new QLineEdit(entry.purpose, this);
    m_purpose->setObjectName(u"usagePurpose"_s);
    m_purpose->setPlaceholderText(tr("e.g. 区教研室参观, 家长培训：感统游戏"));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"usageStudentFilter"_s);
    m_filter->setPlaceholderText(tr("Find a student by name"));
    m_filter->setClearButtonEnabled(true);
    m_students = new QListWidget(this);
    m_students->setObjectName(u"usageStudents"_s);
    m_students->setMinimumHeight(110);
    for (const StudentSummary &s : std::as_const(m_names.students)) {
        auto *item = new QListWidgetItem(s.name, m_students);
        item->setData(kStudentIdRole, s.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(entry.studentIds.contains(s.id) ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_students->count(); ++row)
            m_students->item(row)->setHidden(!m_students->item(row)->text().contains(text.trimmed()));
    });
    m_otherNames = new QLineEdit(entry.otherNames, this);
    m_otherNames->setObjectName(u"usageOtherNames"_s);
    m_otherNames->setPlaceholderText(tr("Others present, e.g. visitors or parents"));
    m_count = new QSpinBox(this);
    m_count->setObjectName(u"usageCount"_s);
    m_count->setRange(0, 999);
    m_count->setSpecialValueText(tr("as listed"));
    m_count->setValue(entry.studentCount);
    m_count->setToolTip(tr("The number of students; more than those listed when not all are on the roster"));
    QStringList aids;
    for (const EquipmentUse &aid : entry.teachingAids)
        aids << aid.name;
    m_aids = new QLineEdit(joinNameList(aids), this);
    m_aids->setObjectName(u"usageAids"_s);
    m_aids->setPlaceholderText(tr("Separate with 、 or commas"));
    m_note = new QLineEdit(entry.note, this);
    m_note->setObjectName(u"usageNote"_s);

    m_message = new MessageLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UsageEntryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UsageEntryDialog::reject);

    auto *time = new QHBoxLayout;
    time->addWidget(m_start);
    time->addWidget(new QLabel(u"–"_s, this));
    time->addWidget(m_end);
    time->addStretch(1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Use"), m_kind);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Time"), time);
    form->addRow(tr("Room"), m_room);
    form->addRow(tr("Who"), m_who);
    form->addRow(tr("Purpose"), m_purpose);
    form->addRow(tr("Students"), m_filter);
    form->addRow(QString(), m_students);
    form->addRow(tr("Other names"), m_otherNames);
    form->addRow(tr("Number of students"), m_count);
    form->addRow(tr("Teaching aids"), m_aids);
    form->addRow(tr("Note"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(540, 620);
}

void UsageEntryDialog::setStudentChecked(qint64 studentId, bool checked)
{
    for (int row = 0; row < m_students->count(); ++row)
        if (m_students->item(row)->data(kStudentIdRole).toLongLong() == studentId)
            m_students->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

RoomUsageEntry UsageEntryDialog::entry() const
{
    RoomUsageEntry e = m_original;
    e.kind = enumComboValue<UsageKind>(m_kind);
    e.date = m_date->date();
    e.start = m_start->time();
    e.end = m_end->time();
    e.roomId = m_room->currentData().toLongLong();
    e.who = m_who->text().trimmed();
    e.purpose = m_purpose->text().trimmed();
    e.studentIds.clear();
    for (int row = 0; row < m_students->count(); ++row)
        if (m_students->item(row)->checkState() == Qt::Checked)
            e.studentIds.append(m_students->item(row)->data(kStudentIdRole).toLongLong());
    e.otherNames = m_otherNames->text().trimmed();
    e.studentCount = m_count->value();
    e.teachingAids.clear();
    for (const QString &name : splitNameList(m_aids->text()))
        e.teachingAids.append({0, name});
    e.note = m_note->text().trimmed();
    return e;
}

void UsageEntryDialog::accept()
{
    const RoomUsageEntry e = entry();
    RoomUsageRepository usage(m_session.db);
    if (e.id > 0) {
        if (auto updated = usage.update(e); !updated) {
            m_message->showError(updated.error().message);
            return;
        }
        m_savedId = e.id;
    } else {
        auto id = usage.add(e);
        if (!id) {
            m_message->showError(id.error().message);
            return;
        }
        m_savedId = *id;
    }
    QDialog::accept();
}

} // namespace rr
