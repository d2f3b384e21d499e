#include "settings/SemesterListModel.h"

#include "calendar/ChineseDate.h"
#include "calendar/SchoolCalendar.h"
#include "settings/SemesterEditor.h"

#include <QFont>

namespace rr {

SemesterListModel::SemesterListModel(QObject *parent) : QAbstractTableModel(parent) {}

void SemesterListModel::setSemesters(QList<Semester> semesters, qint64 currentId)
{
    beginResetModel();
    m_semesters = std::move(semesters);
    m_currentId = currentId;
    endResetModel();
}

int SemesterListModel::rowOf(qint64 semesterId) const
{
    for (int row = 0; row < m_semesters.size(); ++row)
        if (m_semesters.at(row).id == semesterId)
            return row;
    return -1;
}

int SemesterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_semesters.size());
}

int SemesterListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SemesterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Semester &s = m_semesters.at(index.row());
    const bool current = s.id == m_currentId;
    if (role == RecordRole)
        return QVariant::fromValue(s);
    if (role == Qt::FontRole && current) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return s.name;
    case Kind: return SemesterEditor::kindLabel(s.kind);
    case Start: return chineseDate(s.start);
    case End: return chineseDate(s.end);
    case Weeks: return teachingWeekCount(s);
    case Current: return current ? tr("Current") : QString();
    default: return {};
    }
}

QVariant SemesterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Semester");
    case Kind: return tr("Kind");
    case Start: return tr("First day");
    case End: return tr("Last day");
    case Weeks: return tr("Weeks");
    case Current: return tr("Current");
    default: return {};
    }
}

} // namespace rr
