#include "ledger/EventDialog.h"

#include "common/MessageLabel.h"
#include "ledger/ItemEventRepository.h"
#include "ledger/LedgerChoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
QString titleOf(const QList<EventKind> &kinds)
{
    QStringList names;
    for (EventKind k : kinds)
        names << eventKindLabel(k);
    return names.join(u" / "_s);
}
} // namespace

EventDialog::EventDialog(Session session, LedgerItem item, const QList<EventKind> &kinds,
                         const QList<CareSchedule> &schedules, QWidget *parent)
    : LedgerActionDialog(std::move(session), std::move(item), titleOf(kinds), tr("By"), parent), m_schedules(schedules)
{
    setObjectName(u"eventDialog-"_s + eventKindKey(kinds.value(0)));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"eventKind"_s);
    for (EventKind k : kinds)
        m_kind->addItem(eventKindLabel(k), int(k));
    m_schedule = new QComboBox(this);
    m_schedule->setObjectName(u"eventSchedule"_s);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(u"eventDetails"_s);
    m_details->setFixedHeight(m_details->fontMetrics().lineSpacing() * 3 + 12);
    m_result = new QLineEdit(this);
    m_result->setObjectName(u"eventResult"_s);
    m_result->setMaxLength(200);
    m_cost = makeYuanEdit(this);
    m_cost->setObjectName(u"eventCost"_s);
    m_responsible = new QLineEdit(this);
    m_responsible->setObjectName(u"eventResponsible"_s);
    m_responsible->setMaxLength(40);
    m_compensation = makeYuanEdit(this);
    m_compensation->setObjectName(u"eventCompensation"_s);
    m_paid = new QCheckBox(tr("Paid on the date below"), this);
    m_paid->setObjectName(u"eventPaid"_s);
    m_room = new QComboBox(this);
    m_room->setObjectName(u"eventRoom"_s);
    if (auto filled = fillRoomChoices(m_room, m_session.db, tr("(no room)")); !filled)
        message()->showError(filled.error().message);
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(u"eventQuantity"_s);
    m_quantity->setRange(1, qMax(1, m_item.available()));
    m_quantity->setValue(qMax(1, m_item.available()));
    m_condition = new QComboBox(this);
    m_condition->setObjectName(u"eventCondition"_s);
    m_condition->addItem(tr("(unchanged)"), -1);
    for (ItemCondition c : allItemConditions())
        if (c != ItemCondition::Scrapped)
            m_condition->addItem(itemConditionLabel(c), int(c));

    form()->addRow(tr("Kind"), m_kind);
    form()->addRow(tr("For the schedule"), m_schedule);
    form()->addRow(tr("Details"), m_details);
    form()->addRow(tr("Result"), m_result);
    form()->addRow(tr("Cost"), m_cost);
    form()->addRow(tr("Responsible"), m_responsible);
    form()->addRow(tr("Compensation"), m_compensation);
    form()->addRow(QString(), m_paid);
    form()->addRow(tr("To room"), m_room);
    form()->addRow(tr("Quantity"), m_quantity);
    form()->addRow(tr("Condition afterwards"), m_condition);
    finishForm();
    showRow(m_kind, kinds.size() > 1);
    kindChanged();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventDialog::kindChanged);
}

EventKind EventDialog::kind() const { return EventKind(m_kind->currentData().toInt()); }

void EventDialog::showRow(QWidget *field, bool shown)
{
    form()->setRowVisible(field, shown);
}

void EventDialog::kindChanged()
{
    const EventKind k = kind();
    const bool care = k == EventKind::Inspection || k == EventKind::Maintenance || k == EventKind::Repair;
    // A schedule of the matching kind may be done by this event: its next due date moves on.
    m_schedule->clear();
    m_schedule->addItem(tr("(none)"), qint64(0));
    for (const CareSchedule &s : std::as_const(m_schedules)) {
        const bool fits = (k == EventKind::Inspection) == (s.kind == CareKind::Inspection);
        if (fits)
            m_schedule->addItem(u"%1（%2）"_s.arg(s.task, intervalLabel(s.every, s.unit)), s.id);
    }
    showRow(m_schedule, care && m_schedule->count() > 1);
    showRow(m_result, care);
    showRow(m_cost, k == EventKind::Maintenance || k == EventKind::Repair);
    showRow(m_responsible, k == EventKind::Damage);
    showRow(m_compensation, k == EventKind::Damage);
    showRow(m_paid, k == EventKind::Damage);
    showRow(m_room, k == EventKind::Transfer);
    showRow(m_quantity, k == EventKind::Scrap);
    showRow(m_condition, care);
    switch (k) {
    case EventKind::Inspection: m_details->setPlaceholderText(tr("what was checked")); break;
    case EventKind::Maintenance:
    case EventKind::Repair: m_details->setPlaceholderText(tr("what was done")); break;
    case EventKind::Damage: m_details->setPlaceholderText(tr("the cause of the damage")); break;
    case EventKind::Transfer: m_details->setPlaceholderText(tr("why it moves, its new place")); break;
    case EventKind::Scrap: m_details->setPlaceholderText(tr("why it is to be scrapped")); break;
    }
    m_result->setPlaceholderText(k == EventKind::Inspection ? tr("e.g. 完好, 绳索磨损需更换") : tr("outcome"));
}

Result<void> EventDialog::save()
{
    ItemEvent event;
    event.itemId = m_item.id;
    event.kind = kind();
    event.date = date();
    event.person = person();
    event.details = m_details->toPlainText().trimmed();
    QString problem;
    const bool care = event.kind == EventKind::Inspection || event.kind == EventKind::Maintenance
                      || event.kind == EventKind::Repair;
    if (care) {
        event.result = m_result->text().trimmed();
        event.scheduleId = m_schedule->currentData().toLongLong();
    }
    if (event.kind == EventKind::Maintenance || event.kind == EventKind::Repair)
        if (!readYuan(m_cost, &event.costCents, &problem))
            return makeError(ErrorCode::InvalidInput, problem);
    if (event.kind == EventKind::Damage) {
        event.responsible = m_responsible->text().simplified();
        if (!readYuan(m_compensation, &event.compensationCents, &problem))
            return makeError(ErrorCode::InvalidInput, problem);
        if (m_paid->isChecked())
            event.paidOn = date();
    }
    if (event.kind == EventKind::Transfer) {
        event.fromRoomId = m_item.roomId;
        event.toRoomId = m_room->currentData().toLongLong();
    }
    if (event.kind == EventKind::Scrap)
        event.quantity = m_quantity->value();
    std::optional<ItemCondition> condition;
    if (care && m_condition->currentData().toInt() >= 0)
        condition = ItemCondition(m_condition->currentData().toInt());
    auto id = ItemEventRepository(m_session.db).record(event, condition);
    if (!id)
        return id.error();
    return {};
}

} // namespace rr
