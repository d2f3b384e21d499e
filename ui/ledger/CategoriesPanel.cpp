#include "ledger/CategoriesPanel.h"

#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "ledger/CategoryDialog.h"
#include "ledger/LedgerCategoryRepository.h"
#include "ledger/LedgerItemRepository.h"
#include "ledger/LedgerTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

CategoriesPanel::CategoriesPanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    auto *note = new QLabel(tr("The school's own categories. The code starts the automatic ledger numbers (KF → KF-001)."),
                            this);
    note->setWordWrap(true);
    m_table = makeLedgerTable(this, u"categoryTable"_s, {tr("Name"), tr("Code"), tr("Kind"), tr("Items")});
    auto *add = new QPushButton(tr("Add category…"), this);
    add->setObjectName(u"addCategory"_s);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(u"editCategory"_s);
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(u"deleteCategory"_s);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"categoryPanelMessage"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_message);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &CategoriesPanel::addCategory);
    connect(m_edit, &QPushButton::clicked, this, &CategoriesPanel::editCategory);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCategory(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CategoriesPanel::updateButtons);
    connect(m_table, &QTableWidget::doubleClicked, this, [this] { editCategory(); });
    connect(m_session.db.get(), &Database::written, this, &CategoriesPanel::reload);
    reload();
}

void CategoriesPanel::reload()
{
    const qint64 keep = selectedRow() >= 0 ? m_categories.value(selectedRow()).id : 0;
    beginFill(m_table, 0);
    endFill(m_table);
    m_categories.clear();
    const auto categories = LedgerCategoryRepository(m_session.db).all();
    const auto items = LedgerItemRepository(m_session.db).list();
    if (!categories || !items) {
        reportReadFailure(this, !categories ? categories.error() : items.error(), m_message);
        updateButtons();
        return;
    }
    QHash<qint64, int> counts;
    for (const LedgerItem &item : *items)
        ++counts[item.categoryId];
    m_categories = *categories;
    beginFill(m_table, int(m_categories.size()));
    for (int r = 0; r < m_categories.size(); ++r) {
        const LedgerCategory &c = m_categories.at(r);
        const QStringList cells{c.name, c.code, categoryKindLabel(c.kind), QString::number(counts.value(c.id))};
        for (int col = 0; col < cells.size(); ++col) {
            auto *cell = new LedgerCell(cells.at(col), col == 3 ? QVariant(counts.value(c.id)) : QVariant());
            cell->setData(Qt::UserRole, c.id);
            m_table->setItem(r, col, cell);
        }
    }
    endFill(m_table);
    m_table->resizeColumnsToContents();
    selectCategory(keep);
    updateButtons();
}

void CategoriesPanel::selectCategory(qint64 id)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->data(Qt::UserRole).toLongLong() == id && id > 0) {
            m_table->selectRow(r);
            return;
        }
    m_table->clearSelection();
}

int CategoriesPanel::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    const qint64 id = m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    for (int i = 0; i < m_categories.size(); ++i)
        if (m_categories.at(i).id == id)
            return i;
    return -1;
}

void CategoriesPanel::updateButtons()
{
    m_edit->setEnabled(selectedRow() >= 0);
    m_delete->setEnabled(selectedRow() >= 0);
}

void CategoriesPanel::openDialog(QDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_message->clearMessage();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto *d = qobject_cast<CategoryDialog *>(dialog);
        selectCategory(d->savedId());
        m_message->showInfo(tr("The category %1 was saved.").arg(d->category().name));
    });
    dialog->open();
}

void CategoriesPanel::addCategory() { openDialog(new CategoryDialog(m_session, std::nullopt, this)); }

void CategoriesPanel::editCategory()
{
    const int row = selectedRow();
    if (row >= 0)
        openDialog(new CategoryDialog(m_session, m_categories.at(row), this));
}

bool CategoriesPanel::deleteCategory(bool confirm)
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    const LedgerCategory c = m_categories.at(row);
    if (confirm
        && QMessageBox::question(this, tr("Delete category"), tr("Delete the category %1?").arg(c.name))
               != QMessageBox::Yes)
        return false;
    if (auto done = LedgerCategoryRepository(m_session.db).remove(c.id); !done) {
        m_message->showError(done.error().message);
        return false;
    }
    m_message->showInfo(tr("The category %1 was deleted.").arg(c.name));
    return true;
}

} // namespace rr
