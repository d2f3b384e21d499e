#include "ledger/ScheduleDialog.h"

#include "ledger/CareScheduleRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace rr {

using namespace Qt::Literals::StringLiterals;

ScheduleDialog::ScheduleDialog(Session session, LedgerItem item, QWidget *parent)
    : LedgerActionDialog(std::move(session), std::move(item), tr("Add a recurring inspection or maintenance"),
                         QString(), parent)
{
    setObjectName(u"scheduleDialog"_s);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"scheduleKind"_s);
    for (CareKind k : {CareKind::Inspection, CareKind::Maintenance})
        m_kind->addItem(careKindLabel(k), int(k));
    m_task = new QLineEdit(this);
    m_task->setObjectName(u"scheduleTask"_s);
    m_task->setMaxLength(100);
    m_task->setPlaceholderText(tr("e.g. 检查绳索与挂钩"));
    m_every = new QSpinBox(this);
    m_every->setObjectName(u"scheduleEvery"_s);
    m_every->setRange(1, 120);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(u"scheduleUnit"_s);
    for (IntervalUnit u : allIntervalUnits())
        m_unit->addItem(intervalUnitLabel(u), int(u));
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(int(IntervalUnit::Month))));
    auto *interval = new QHBoxLayout;
    interval->addWidget(m_every);
    interval->addWidget(m_unit, 1);
    form()->addRow(tr("Kind"), m_kind);
    form()->addRow(tr("Task"), m_task);
    form()->addRow(tr("Every"), interval);
    finishForm(tr("First due on"), false);
}

Result<void> ScheduleDialog::save()
{
    CareSchedule s;
    s.itemId = m_item.id;
    s.kind = CareKind(m_kind->currentData().toInt());
    s.task = m_task->text().simplified();
    s.every = m_every->value();
    s.unit = IntervalUnit(m_unit->currentData().toInt());
    s.startsOn = date();
    auto id = CareScheduleRepository(m_session.db).add(s);
    if (!id)
        return id.error();
    return {};
}

} // namespace rr
