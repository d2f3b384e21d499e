#include "students/LrcHistoryModel.h"
#include "calendar/ScreenDate.h"

#include <QBrush>
#include <QFont>

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
    if (role == Qt::FontRole && e.isVoid()) {
        QFont font;
        font.setStrikeOut(index.column() != Correction);
        return font;
    }
    if (role == Qt::ForegroundRole && e.isVoid())
        return QBrush(Qt::darkGray);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Step: return e.isVoid() ? tr("%1 (corrected)").arg(lrcStepLabel(e.step)) : lrcStepLabel(e.step);
    case Date: return screenDate(e.date);
    case Actor: return e.actor;
    case Reason: return e.reason;
    case Note: return e.note;
    case Correction:
        if (!e.isVoid())
            return {};
        return tr("Corrected on %1 by %2: %3")
            .arg(screenDate(e.correction.on), e.correction.by, e.correction.reason);
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
    case Reason: return tr("Reason");
    case Note: return tr("Note");
    case Correction: return tr("Correction");
    default: return {};
    }
}

} // namespace rr
