#include "ledger/LedgerItemModel.h"

#include "common/Money.h"
#include "common/SortProxy.h"

#include <QBrush>
#include <QColor>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
QString subjectOf(const LedgerItem &item) { return u"%1 %2"_s.arg(item.ledgerNo, item.name); }
}

LedgerItemModel::LedgerItemModel(QObject *parent) : QAbstractTableModel(parent) {}

void LedgerItemModel::setItems(const QList<LedgerItem> &items, const Names &names, const QList<Alert> &alerts)
{
    beginResetModel();
    m_items = items;
    m_names = names;
    m_keys.clear();
    for (const LedgerItem &item : m_items)
        m_keys << pinyinKeys(item.name);
    m_alerts.clear();
    for (const Alert &alert : alerts)
        m_alerts[alert.subject] << alert;
    endResetModel();
}

int LedgerItemModel::rowOf(qint64 itemId) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == itemId)
            return i;
    return -1;
}

QList<Alert> LedgerItemModel::alertsAt(int row) const
{
    return m_alerts.value(subjectOf(m_items.at(row)));
}

CategoryKind LedgerItemModel::kindAt(int row) const
{
    return m_names.categories.value(m_items.at(row).categoryId).kind;
}

bool LedgerItemModel::matches(int row, const QString &query) const
{
    if (query.isEmpty())
        return true;
    const LedgerItem &item = m_items.at(row);
    for (const QString &field : {item.ledgerNo, item.model, item.brand, item.serialNo})
        if (field.contains(query, Qt::CaseInsensitive))
            return true;
    return matchesNameQuery(item.name, m_keys.at(row), query);
}

int LedgerItemModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_items.size()); }
int LedgerItemModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString LedgerItemModel::alertText(int row) const
{
    QStringList texts;
    for (const Alert &alert : alertsAt(row))
        texts << alert.text;
    return texts.join(u"；"_s);
}

QVariant LedgerItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const LedgerItem &item = m_items.at(index.row());
    if (role == ItemIdRole)
        return item.id;
    if (role == Qt::DisplayRole) {
        const QString unit = item.unit.isEmpty() ? u"件"_s : item.unit;
        switch (index.column()) {
        case LedgerNo: return item.ledgerNo;
        case Name: return item.name;
        case Category: return m_names.categories.value(item.categoryId).name;
        case Model: return item.model;
        case Quantity: return u"%1 %2"_s.arg(item.quantity).arg(unit);
        case UnitPrice: return formatYuan(item.unitPriceCents, true);
        case Total: return formatYuan(item.totalCents(), true);
        case Place: {
            const QString room = m_names.rooms.value(item.roomId);
            return item.place.isEmpty() ? room : room.isEmpty() ? item.place : u"%1 · %2"_s.arg(room, item.place);
        }
        case Keeper: return m_names.staff.value(item.keeperId);
        case Condition: return itemConditionLabel(item.condition);
        case Loanable: return item.loanable ? tr("Yes") : tr("No");
        case OnLoan: return item.onLoan > 0 ? QString::number(item.onLoan) : QString();
        case Alerts: {
            const QList<Alert> alerts = alertsAt(index.row());
            return alerts.isEmpty() ? QString() : u"⚠ "_s + alertText(index.row());
        }
        default: return {};
        }
    }
    if (role == SortKeyRole) {
        switch (index.column()) {
        case Quantity: return item.quantity;
        case UnitPrice: return item.unitPriceCents;
        case Total: return item.totalCents();
        case OnLoan: return item.onLoan;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Alerts)
        return alertText(index.row());
    if (role == Qt::TextAlignmentRole
        && (index.column() == Quantity || index.column() == UnitPrice || index.column() == Total
            || index.column() == OnLoan))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole) {
        const QList<Alert> alerts = alertsAt(index.row());
        if (alerts.isEmpty())
            return item.isScrapped() ? QBrush(QColor(0xee, 0xee, 0xee)) : QVariant();
        bool overdue = false;
        for (const Alert &a : alerts)
            overdue = overdue || a.urgency == AlertUrgency::Overdue;
        return QBrush(overdue ? QColor(0xfd, 0xe2, 0xe1) : QColor(0xfd, 0xf3, 0xd8));
    }
    if (role == Qt::ForegroundRole && index.column() == Alerts)
        return QBrush(QColor(0xa1, 0x26, 0x1b));
    return {};
}

QVariant LedgerItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LedgerNo: return tr("No.");
    case Name: return tr("Name");
    case Category: return tr("Category");
    case Model: return tr("Model / spec");
    case Quantity: return tr("Quantity");
    case UnitPrice: return tr("Unit price");
    case Total: return tr("Value");
    case Place: return tr("Room / place");
    case Keeper: return tr("Keeper");
    case Condition: return tr("Condition");
    case Loanable: return tr("Loanable");
    case OnLoan: return tr("On loan");
    case Alerts: return tr("Alerts");
    default: return {};
    }
}

} // namespace rr
