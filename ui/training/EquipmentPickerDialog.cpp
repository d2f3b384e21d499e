#include "training/EquipmentPickerDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

EquipmentPickerDialog::EquipmentPickerDialog(const QList<EquipmentChoice> &choices, const QString &roomName,
                                             QWidget *parent)
    : QDialog(parent), m_choices(choices)
{
    setObjectName(u"equipmentPicker"_s);
    setWindowTitle(tr("Equipment from the ledger"));
    auto *hint = new QLabel(roomName.isEmpty() ? tr("Tick what the session used.")
                                               : tr("Tick what the session used; the items of %1 come first.").arg(roomName),
                            this);
    hint->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"equipmentFilter"_s);
    m_filter->setPlaceholderText(tr("Name or ledger number"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"equipmentChoices"_s);
    for (int i = 0; i < m_choices.size(); ++i) {
        const EquipmentChoice &c = m_choices.at(i);
        const QString where = c.roomName.isEmpty() ? tr("no room") : c.roomName;
        auto *item = new QListWidgetItem(u"%1    %2    %3"_s.arg(c.name, c.ledgerNo, where), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, i);
        if (c.inTrainingRoom) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    auto *empty = new QLabel(tr("The ledger has no equipment yet: type the equipment's names instead."), this);
    empty->setObjectName(u"equipmentPickerEmpty"_s);
    empty->setWordWrap(true);
    empty->setVisible(m_choices.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add ticked"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &EquipmentPickerDialog::applyFilter);
    // A click anywhere on the line ticks it, not only on the box.
    connect(m_list, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    resize(460, 480);
}

void EquipmentPickerDialog::applyFilter(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const EquipmentChoice &c = m_choices.at(item->data(Qt::UserRole).toInt());
        item->setHidden(!wanted.isEmpty() && !c.name.contains(wanted, Qt::CaseInsensitive)
                        && !c.ledgerNo.contains(wanted, Qt::CaseInsensitive));
    }
}

int EquipmentPickerDialog::visibleCount() const
{
    int count = 0;
    for (int row = 0; row < m_list->count(); ++row)
        count += m_list->item(row)->isHidden() ? 0 : 1;
    return count;
}

bool EquipmentPickerDialog::tick(qint64 itemId, bool ticked)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (m_choices.at(item->data(Qt::UserRole).toInt()).itemId == itemId) {
            item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

QList<EquipmentChoice> EquipmentPickerDialog::selectedChoices() const
{
    QList<EquipmentChoice> list;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            list.append(m_choices.at(m_list->item(row)->data(Qt::UserRole).toInt()));
    return list;
}

} // namespace rr
