#include "ledger/LedgerTable.h"

#include "common/SortKey.h"
#include "common/SortProxy.h"

#include <QHeaderView>
#include <QTableWidget>

namespace rr {

LedgerCell::LedgerCell(const QString &text, const QVariant &sortKey) : QTableWidgetItem(text)
{
    if (sortKey.isValid())
        setData(SortKeyRole, sortKey);
}

bool LedgerCell::operator<(const QTableWidgetItem &other) const
{
    const QVariant mine = data(SortKeyRole);
    const QVariant theirs = other.data(SortKeyRole);
    if (mine.isValid() && theirs.isValid())
        return compareCellValues(mine, theirs) < 0;
    return compareCellTexts(text(), other.text()) < 0;
}

QTableWidget *makeLedgerTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->setSortingEnabled(true);
    return table;
}

void beginFill(QTableWidget *table, int rows)
{
    table->setSortingEnabled(false);
    table->setRowCount(0);
    table->setRowCount(rows);
}

void endFill(QTableWidget *table)
{
    table->setSortingEnabled(true);
}

} // namespace rr
