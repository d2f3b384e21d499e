#include "students/LrcHistoryModel.h"
#include "calendar/ScreenDate.h"

namespace rr {

void LrcHistoryModel::setHistory(QList<LrcEvent> history)
{
    beginResetModel();
    m_history = std::move(history);
    endResetModel();
}

int LrcHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.size());
}

int LrcHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LrcHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LrcEvent &e = m_history.at(index.row());
    if (role == RecordRole)
        return QVariant::fromValue(e);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Step: return lrcStepLabel(e.step);
    case Date: return screenDate(e.date);
    case Actor: return e.actor;
    case Note: return e.note;
    default: return {};
    }
}

QVariant LrcHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Step: return tr("Step");
    case Date: return tr("Date");
    case Actor: return tr("By");
    case Note: return tr("Note");
    default: return {};
    }
}

} // namespace rr
