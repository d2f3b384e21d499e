#include "ledger/StocktakeLineModel.h"

#include "common/SortProxy.h"

#include <QBrush>
#include <QColor>

namespace rr {

using namespace Qt::Literals::StringLiterals;

StocktakeLineModel::StocktakeLineModel(QObject *parent) : QAbstractTableModel(parent) {}

void StocktakeLineModel::setStocktake(const Stocktake &stocktake, const QHash<qint64, QString> &rooms,
                                      bool differencesOnly)
{
    beginResetModel();
    m_lines = differencesOnly ? stocktake.differences() : stocktake.lines;
    m_rooms = rooms;
    m_readOnly = stocktake.isConfirmed();
    endResetModel();
}

int StocktakeLineModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_lines.size()); }
int StocktakeLineModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant StocktakeLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const StocktakeLine &line = m_lines.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Found)
        return line.isCounted() && line.counted >= line.expected && line.expected > 0 ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case LedgerNo: return line.ledgerNo;
        case Name: return line.itemName;
        case Room: return m_rooms.value(line.roomId);
        case Expected: return u"%1 %2"_s.arg(line.expected).arg(line.unit.isEmpty() ? u"件"_s : line.unit);
        case Counted:
            if (role == Qt::EditRole)
                return line.isCounted() ? line.counted : line.expected;
            return line.isCounted() ? QVariant(line.counted) : QVariant(tr("not counted"));
        case Difference: {
            if (!line.isCounted())
                return m_readOnly ? QVariant(QString::number(line.difference())) : QVariant();
            const int d = line.difference();
            return d == 0 ? u"0"_s : (d > 0 ? u"+"_s : QString()) + QString::number(d);
        }
        case Reason: return line.reason;
        default: return {};
        }
    }
    if (role == SortKeyRole && index.column() == Expected)
        return line.expected;
    if (role == Qt::BackgroundRole && (line.isCounted() || m_readOnly) && line.difference() != 0)
        return QBrush(QColor(0xfd, 0xe2, 0xe1));
    if (role == Qt::ToolTipRole && index.column() == Found)
        return tr("Ticked: found as expected. Or type the count in the next column.");
    return {};
}

QVariant StocktakeLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LedgerNo: return tr("No.");
    case Name: return tr("Item");
    case Room: return tr("Room");
    case Expected: return tr("Expected");
    case Found: return tr("Found");
    case Counted: return tr("Counted");
    case Difference: return tr("Difference");
    case Reason: return tr("Reason of the difference");
    default: return {};
    }
}

Qt::ItemFlags StocktakeLineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_readOnly || !index.isValid())
        return f;
    if (index.column() == Found)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == Counted || index.column() == Reason)
        f |= Qt::ItemIsEditable;
    return f;
}

bool StocktakeLineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || m_readOnly)
        return false;
    StocktakeLine line = m_lines.at(index.row());
    if (index.column() == Found && role == Qt::CheckStateRole) {
        line.counted = Qt::CheckState(value.toInt()) == Qt::Checked ? line.expected : -1;
    } else if (index.column() == Counted && role == Qt::EditRole) {
        bool ok = false;
        const int counted = value.toString().trimmed().toInt(&ok);
        if (!ok)
            return false;
        line.counted = counted;   // core refuses a count out of range
    } else if (index.column() == Reason && role == Qt::EditRole) {
        line.reason = value.toString().simplified();
    } else {
        return false;
    }
    emit lineEdited(line);
    return true;
}

} // namespace rr
