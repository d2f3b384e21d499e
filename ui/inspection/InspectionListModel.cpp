#include "inspection/InspectionListModel.h"
#include "calendar/ScreenDate.h"

#include <QLocale>

namespace rr {

using namespace Qt::Literals::StringLiterals;

InspectionListModel::InspectionListModel(QObject *parent) : QAbstractTableModel(parent) {}

void InspectionListModel::setInspections(QList<InspectionSummary> inspections)
{
    beginResetModel();
    m_inspections = std::move(inspections);
    endResetModel();
}

int InspectionListModel::rowOfInspection(qint64 inspectionId) const
{
    for (int row = 0; row < m_inspections.size(); ++row)
        if (m_inspections.at(row).id == inspectionId)
            return row;
    return -1;
}

int InspectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_inspections.size());
}

int InspectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InspectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InspectionSummary &s = m_inspections.at(index.row());
    if (role == InspectionIdRole)
        return s.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case InspectedOn: return screenDate(s.inspectedOn);
    case Range:
        return screenDateRange(s.from, s.to);
    case Inspector: return s.inspector;
    case Problems: return s.problems;
    case Resolved: return s.resolved;
    default: return {};
    }
}

QVariant InspectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case InspectedOn: return tr("Inspected");
    case Range: return tr("Records of");
    case Inspector: return tr("By");
    case Problems: return tr("Problems");
    case Resolved: return tr("Fixed");
    default: return {};
    }
}

} // namespace rr
