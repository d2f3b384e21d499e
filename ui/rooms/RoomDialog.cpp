#include "rooms/RoomDialog.h"

#include "common/MessageLabel.h"
#include "iep/EnumCombo.h"
#include "rooms/RoomRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

RoomDialog::RoomDialog(Session session, std::optional<Room> existing, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_existing(std::move(existing))
{
    setObjectName(u"roomDialog"_s);
    setWindowTitle(m_existing ? tr("Edit room") : tr("Add room"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"roomName"_s);
    m_name->setPlaceholderText(tr("e.g. Resource room, Sensory integration room"));
    m_type = new QComboBox(this);
    m_type->setObjectName(u"roomType"_s);
    fillEnumCombo(m_type, allRoomTypes(), roomTypeLabel);
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(u"roomCapacity"_s);
    m_capacity->setRange(1, 200);
    m_capacity->setValue(8);
    m_capacity->setSuffix(tr(" students"));
    m_location = new QLineEdit(this);
    m_location->setObjectName(u"roomLocation"_s);
    m_location->setPlaceholderText(tr("e.g. teaching building, ground floor, room 103"));

    m_ruleNote = new QLabel(this);
    m_ruleNote->setObjectName(u"roomRuleNote"_s);
    m_ruleNote->setWordWrap(true);
    m_resetRules = new QCheckBox(tr("Replace the rules with the defaults of the new type"), this);
    m_resetRules->setObjectName(u"roomResetRules"_s);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"roomDialogMessage"_s);

    if (m_existing) {
        m_name->setText(m_existing->name);
        setEnumComboValue(m_type, m_existing->type);
        m_capacity->setValue(m_existing->capacity);
        m_location->setText(m_existing->location);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoomDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RoomDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { updateRuleNote(); });

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Capacity"), m_capacity);
    form->addRow(tr("Location"), m_location);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_ruleNote);
    layout->addWidget(m_resetRules);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    updateRuleNote();
}

Room RoomDialog::room() const
{
    Room room = m_existing.value_or(Room{});
    room.name = m_name->text().trimmed();
    room.type = enumComboValue<RoomType>(m_type);
    room.capacity = m_capacity->value();
    room.location = m_location->text().trimmed();
    return room;
}

void RoomDialog::updateRuleNote()
{
    const RoomType type = enumComboValue<RoomType>(m_type);
    if (!m_existing) {
        m_ruleNote->setText(tr("The room starts with the rules of a %1; you can change them afterwards.")
                                .arg(roomTypeLabel(type)));
        m_resetRules->hide();
        return;
    }
    const bool typeChanged = type != m_existing->type;
    m_ruleNote->setText(typeChanged ? tr("The room keeps its present rules unless you replace them.")
                                    : tr("Changing the room does not change its rules."));
    m_resetRules->setVisible(typeChanged);
    if (!typeChanged)
        m_resetRules->setChecked(false);
}

void RoomDialog::accept()
{
    const Room edited = room();
    if (!m_existing) {
        const auto id = RoomRepository(m_session.db).add(edited);
        if (!id) {
            m_message->showError(id.error().message);
            return;
        }
        m_savedId = *id;
        QDialog::accept();
        return;
    }
    const bool takeDefaults = edited.type != m_existing->type && m_resetRules->isChecked();
    const Result<void> done = takeDefaults ? RoomRepository(m_session.db).updateTakingDefaultRules(edited)
                                           : RoomRepository(m_session.db).update(edited);
    if (!done) {
        m_message->showError(done.error().message);
        return;
    }
    m_savedId = edited.id;
    QDialog::accept();
}

} // namespace rr
