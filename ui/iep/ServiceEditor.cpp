#include "iep/ServiceEditor.h"

#include "iep/EnumCombo.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

ServiceEditor::ServiceEditor(QList<Room> rooms, QWidget *parent) : QWidget(parent), m_rooms(std::move(rooms))
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"serviceTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Service"), tr("Minutes per week"), tr("Provider"), tr("Room")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Provider, QHeaderView::Stretch);
    m_table->setColumnWidth(Type, 200);
    m_table->setColumnWidth(Minutes, 130);
    m_table->setColumnWidth(RoomColumn, 200);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_add = new QPushButton(tr("Add service"), this);
    m_add->setObjectName(u"addService"_s);
    m_remove = new QPushButton(tr("Remove service"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { addService(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            emit changed();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &ServiceEditor::changed);
}

void ServiceEditor::addService(const IepService &service)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *type = new QComboBox(m_table);
    fillEnumCombo(type, allServiceTypes(), serviceTypeLabel);
    setEnumComboValue(type, service.type);
    auto *minutes = new QSpinBox(m_table);
    minutes->setRange(1, 3000);
    minutes->setSingleStep(10);
    minutes->setValue(service.minutesPerWeek > 0 ? service.minutesPerWeek : 40);
    minutes->setSuffix(tr(" min"));
    auto *room = new QComboBox(m_table);
    room->addItem(tr("No room"), 0);
    for (const Room &r : m_rooms)
        room->addItem(r.name, r.id);
    room->setCurrentIndex(std::max(0, room->findData(service.roomId)));
    connect(type, &QComboBox::currentIndexChanged, this, &ServiceEditor::changed);
    connect(minutes, &QSpinBox::valueChanged, this, &ServiceEditor::changed);
    connect(room, &QComboBox::currentIndexChanged, this, &ServiceEditor::changed);
    m_table->setCellWidget(row, Type, type);
    m_table->setCellWidget(row, Minutes, minutes);
    m_table->setItem(row, Provider, new QTableWidgetItem(service.provider));
    m_table->setCellWidget(row, RoomColumn, room);
    emit changed();
}

void ServiceEditor::setServices(const QList<IepService> &services)
{
    const QSignalBlocker blocker(this);
    m_table->setRowCount(0);
    for (const IepService &s : services)
        addService(s);
}

QList<IepService> ServiceEditor::services() const
{
    QList<IepService> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        IepService s;
        if (const auto *type = qobject_cast<const QComboBox *>(m_table->cellWidget(row, Type)))
            s.type = enumComboValue<ServiceType>(type);
        if (const auto *minutes = qobject_cast<const QSpinBox *>(m_table->cellWidget(row, Minutes)))
            s.minutesPerWeek = minutes->value();
        if (const QTableWidgetItem *provider = m_table->item(row, Provider))
            s.provider = provider->text().trimmed();
        if (const auto *room = qobject_cast<const QComboBox *>(m_table->cellWidget(row, RoomColumn)))
            s.roomId = room->currentData().toLongLong();
        list.append(s);
    }
    return list;
}

void ServiceEditor::setEditable(bool editable)
{
    m_table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_table->rowCount(); ++row)
        for (int column : {int(Type), int(Minutes), int(RoomColumn)})
            if (QWidget *w = m_table->cellWidget(row, column))
                w->setEnabled(editable);
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable);
}

} // namespace rr
