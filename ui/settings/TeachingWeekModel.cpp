#include "settings/TeachingWeekModel.h"

#include "calendar/ChineseDate.h"
#include "calendar/SchoolCalendar.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

TeachingWeekModel::TeachingWeekModel(QObject *parent) : QAbstractTableModel(parent) {}

void TeachingWeekModel::setSemester(const Semester &semester)
{
    beginResetModel();
    m_rows.clear();
    const int weeks = semester.start.isValid() && semester.start < semester.end ? teachingWeekCount(semester) : 0;
    for (int week = 1; week <= weeks; ++week) {
        Row row;
        row.week = week;
        row.monday = weekStart(semester, week);
        const QDate sunday = row.monday.addDays(6);
        row.schoolDays = int(schoolDays(semester, row.monday, sunday).size());
        for (const CalendarDay &day : semester.days)
            if (day.first <= sunday && row.monday <= day.last)
                row.entries << day.name;
        m_rows.append(row);
    }
    endResetModel();
}

int TeachingWeekModel::schoolDayTotal() const
{
    int total = 0;
    for (const Row &row : m_rows)
        total += row.schoolDays;
    return total;
}

int TeachingWeekModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TeachingWeekModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeachingWeekModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::DisplayRole)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case Week: return tr("Week %1").arg(row.week);
    case Monday: return chineseDate(row.monday);
    case Sunday: return chineseDate(row.monday.addDays(6));
    case SchoolDays: return row.schoolDays;
    case Entries: return row.entries.join(u"、"_s);
    default: return {};
    }
}

QVariant TeachingWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Week: return tr("Week");
    case Monday: return tr("Monday");
    case Sunday: return tr("Sunday");
    case SchoolDays: return tr("School days");
    case Entries: return tr("Holidays and workdays");
    default: return {};
    }
}

} // namespace rr
