#include "students/GuardianEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

GuardianEditor::GuardianEditor(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"guardianTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Relation"), tr("Phone"), tr("Education"),
                                        tr("Employer and occupation"), tr("Address"), tr("Contact")});
    m_table->verticalHeader()->hide();
    // Seven columns in a dialog: the short ones fit their text, the long ones
    // get fixed starting widths, and the address takes what is left, so the
    // table does not scroll sideways with the address out of sight.
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(40);
    for (int column : {Name, Relation, Education, Contact})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(Phone, 110);
    header->resizeSection(Occupation, 130);
    header->setSectionResizeMode(Address, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(110);

    auto *add = new QPushButton(tr("Add guardian"), this);
    add->setObjectName(u"addGuardian"_s);
    auto *remove = new QPushButton(tr("Remove guardian"), this);
    connect(add, &QPushButton::clicked, this, [this] { addGuardian(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void GuardianEditor::addGuardian(const Guardian &g)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Name, new QTableWidgetItem(g.name));
    m_table->setItem(row, Relation, new QTableWidgetItem(g.relation));
    m_table->setItem(row, Phone, new QTableWidgetItem(g.phone));
    m_table->setItem(row, Education, new QTableWidgetItem(g.education));
    m_table->setItem(row, Occupation, new QTableWidgetItem(g.occupation));
    m_table->setItem(row, Address, new QTableWidgetItem(g.address));
    auto *contact = new QTableWidgetItem;
    contact->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    contact->setCheckState(g.isContact ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, Contact, contact);
}

void GuardianEditor::setGuardians(const QList<Guardian> &guardians)
{
    m_table->setRowCount(0);
    for (const Guardian &g : guardians)
        addGuardian(g);
}

QList<Guardian> GuardianEditor::guardians() const
{
    QList<Guardian> list;
    auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Guardian g;
        g.name = text(row, Name);
        if (g.name.isEmpty())
            continue;
        g.relation = text(row, Relation);
        g.phone = text(row, Phone);
        g.education = text(row, Education);
        g.occupation = text(row, Occupation);
        g.address = text(row, Address);
        g.isContact = m_table->item(row, Contact) && m_table->item(row, Contact)->checkState() == Qt::Checked;
        list.append(g);
    }
    return list;
}

} // namespace rr
