#include "settings/CalendarDayListModel.h"

#include "calendar/ChineseDate.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

CalendarDayListModel::CalendarDayListModel(QObject *parent) : QAbstractTableModel(parent) {}

QString CalendarDayListModel::keyOf(const CalendarDay &day)
{
    return day.name + u'|' + day.first.toString(Qt::ISODate);
}

QString CalendarDayListModel::kindLabel(const CalendarDay &day)
{
    return day.isWorkday ? tr("Make-up workday") : tr("Holiday");
}

void CalendarDayListModel::setDays(QList<CalendarDay> days)
{
    beginResetModel();
    m_days = std::move(days);
    m_checked.clear();
    for (const CalendarDay &day : std::as_const(m_days))
        m_checked.append(!m_unticked.contains(keyOf(day)));
    endResetModel();
}

int CalendarDayListModel::rowOf(qint64 dayId) const
{
    for (int row = 0; row < m_days.size(); ++row)
        if (m_days.at(row).id == dayId)
            return row;
    return -1;
}

QList<CalendarDay> CalendarDayListModel::checkedDays() const
{
    QList<CalendarDay> days;
    for (int row = 0; row < m_days.size(); ++row)
        if (!m_checkable || m_checked.at(row))
            days.append(m_days.at(row));
    return days;
}

int CalendarDayListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int CalendarDayListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarDayListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CalendarDay &day = m_days.at(index.row());
    if (role == RecordRole)
        return QVariant::fromValue(day);
    if (role == Qt::CheckStateRole && m_checkable && index.column() == Name)
        return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    const int length = int(day.first.daysTo(day.last)) + 1;
    if (role == SortRole) {
        switch (index.column()) {
        case First: return day.first;
        case Last: return day.last;
        case Days: return length;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return day.name;
    case First: return QString(chineseDate(day.first) + u' ' + chineseWeekday(day.first));
    case Last: return QString(chineseDate(day.last) + u' ' + chineseWeekday(day.last));
    case Days: return length;
    case Kind: return kindLabel(day);
    default: return {};
    }
}

bool CalendarDayListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_checkable || role != Qt::CheckStateRole || index.column() != Name
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    m_checked[index.row()] = checked;
    const QString key = keyOf(m_days.at(index.row()));
    m_unticked.removeAll(key);
    if (!checked)
        m_unticked.append(key);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags CalendarDayListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_checkable && index.isValid() && index.column() == Name)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant CalendarDayListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case First: return tr("First day");
    case Last: return tr("Last day");
    case Days: return tr("Days");
    case Kind: return tr("Kind");
    default: return {};
    }
}

} // namespace rr

