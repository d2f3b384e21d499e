#include "timetable/ProtectedPeriodTableModel.h"

#include "timetable/TimetableNames.h"
#include "timetable/Weekday.h"

namespace rr {

ProtectedPeriodTableModel::ProtectedPeriodTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProtectedPeriodTableModel::setPeriods(QList<ProtectedPeriod> periods)
{
    beginResetModel();
    m_periods = std::move(periods);
    endResetModel();
}

int ProtectedPeriodTableModel::addPeriod(const ProtectedPeriod &period)
{
    int row = 0;
    while (row < m_periods.size()
           && (m_periods.at(row).weekday < period.weekday
               || (m_periods.at(row).weekday == period.weekday && m_periods.at(row).start <= period.start)))
        ++row;
    beginInsertRows({}, row, row);
    m_periods.insert(row, period);
    endInsertRows();
    return row;
}

void ProtectedPeriodTableModel::removePeriod(int row)
{
    if (row < 0 || row >= m_periods.size())
        return;
    beginRemoveRows({}, row, row);
    m_periods.removeAt(row);
    endRemoveRows();
}

int ProtectedPeriodTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int ProtectedPeriodTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProtectedPeriodTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const ProtectedPeriod &period = m_periods.at(index.row());
    switch (index.column()) {
    case Weekday: return weekdayLabel(period.weekday);
    case Time: return timeRange(period.start, period.end);
    case Lesson: return period.label;
    case Scope:
        if (period.semesterId == 0)
            return tr("every semester");
        return period.semesterId == m_semesterId ? tr("this semester") : tr("another semester");
    default: return {};
    }
}

QVariant ProtectedPeriodTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Weekday: return tr("Day");
    case Time: return tr("Time");
    case Lesson: return tr("Lesson");
    case Scope: return tr("Holds in");
    default: return {};
    }
}

} // namespace rr
