#include "schoolwork/SchoolListPanel.h"

#include "common/MessageLabel.h"
#include "common/SortProxy.h"

#include <QAbstractTableModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

SchoolListPanel::SchoolListPanel(const QString &name, QAbstractTableModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(name);
    m_table = new QTableView(this);
    m_table->setObjectName(name + u"Table"_s);
    makeSortable(m_table, m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(name + u"Summary"_s);
    m_summary->setWordWrap(true);
    m_message = new MessageLabel(this);
    m_message->setObjectName(name + u"Message"_s);
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(m_buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateButtons(); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { emit activated(); });
}

QPushButton *SchoolListPanel::addButton(const QString &text, const QString &name, bool needsSelection)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    if (needsSelection) {
        m_selectionButtons << button;
        button->setEnabled(selectedId() > 0);
    }
    return button;
}

qint64 SchoolListPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(Qt::UserRole + 1).toLongLong();
}

void SchoolListPanel::selectId(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, 0).data(Qt::UserRole + 1).toLongLong() == id) {
            m_table->selectRow(viewRow(m_table, row));
            return;
        }
}

void SchoolListPanel::afterReload(qint64 keepId)
{
    m_table->resizeColumnsToContents();
    if (keepId > 0)
        selectId(keepId);
    if (selectedId() == 0 && m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

void SchoolListPanel::updateButtons()
{
    const bool chosen = selectedId() > 0;
    for (QPushButton *button : std::as_const(m_selectionButtons))
        button->setEnabled(chosen);
}

} // namespace rr
