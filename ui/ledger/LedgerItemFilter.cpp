#include "ledger/LedgerItemFilter.h"

#include "ledger/LedgerItemModel.h"

namespace rr {

LedgerItemFilter::LedgerItemFilter(LedgerItemModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
}

void LedgerItemFilter::setRoom(qint64 roomId) { m_room = roomId; invalidateRowsFilter(); }
void LedgerItemFilter::setCategory(qint64 categoryId) { m_category = categoryId; invalidateRowsFilter(); }
void LedgerItemFilter::setCondition(int condition) { m_condition = condition; invalidateRowsFilter(); }
void LedgerItemFilter::setOnLoanOnly(bool onLoan) { m_onLoan = onLoan; invalidateRowsFilter(); }
void LedgerItemFilter::setAlertsOnly(bool alerts) { m_alerts = alerts; invalidateRowsFilter(); }
void LedgerItemFilter::setQuery(const QString &query) { m_query = query.trimmed(); invalidateRowsFilter(); }

bool LedgerItemFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const LedgerItem &item = m_source->itemAt(sourceRow);
    if (m_room != 0 && item.roomId != m_room)
        return false;
    if (m_category != 0 && item.categoryId != m_category)
        return false;
    if (m_condition >= 0 && int(item.condition) != m_condition)
        return false;
    if (m_onLoan && item.onLoan <= 0)
        return false;
    if (m_alerts && m_source->alertsAt(sourceRow).isEmpty())
        return false;
    return m_source->matches(sourceRow, m_query);
}

} // namespace rr
