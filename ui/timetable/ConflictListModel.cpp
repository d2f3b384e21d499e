#include "timetable/ConflictListModel.h"

#include <QApplication>
#include <QStyle>

namespace rr {

ConflictListModel::ConflictListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConflictListModel::setConflicts(QList<TimetableConflict> conflicts)
{
    beginResetModel();
    m_conflicts = std::move(conflicts);
    endResetModel();
}

QString ConflictListModel::severityLabel(const TimetableConflict &conflict)
{
    return conflict.isHard() ? tr("Must be resolved") : tr("Warning");
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimetableConflict &conflict = m_conflicts.at(index.row());
    if (role == FirstSlotIdRole)
        return conflict.slotIds.isEmpty() ? qint64(0) : conflict.slotIds.constFirst();
    if (role == Qt::DecorationRole && index.column() == Severity)
        return QApplication::style()->standardIcon(conflict.isHard() ? QStyle::SP_MessageBoxCritical
                                                                     : QStyle::SP_MessageBoxWarning);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Severity: return severityLabel(conflict);
    case Kind: return conflictKindLabel(conflict.kind);
    case Details: return conflict.message;
    default: return {};
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity: return tr("Severity");
    case Kind: return tr("Conflict");
    case Details: return tr("Details");
    default: return {};
    }
}

} // namespace rr
