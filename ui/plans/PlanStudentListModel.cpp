#include "plans/PlanStudentListModel.h"

#include <QBrush>
#include <QColor>

namespace rr {

PlanStudentListModel::PlanStudentListModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlanStudentListModel::setRows(QList<PlanStudentRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PlanStudentListModel::rowOfStudent(qint64 studentId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).studentId == studentId)
            return i;
    return -1;
}

QString PlanStudentListModel::planSummary(const std::optional<TrainingPlan> &plan)
{
    if (!plan)
        return tr("No plan");
    return tr("%n goal(s), %1 min × %2 a week", "", int(plan->goals.size()))
        .arg(plan->minutesPerSession)
        .arg(plan->sessionsPerWeek);
}

int PlanStudentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanStudentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanStudentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanStudentRow &row = m_rows.at(index.row());
    if (role == StudentIdRole)
        return row.studentId;
    if (role == HasPlanRole)
        return row.plan.has_value();
    if (role == Qt::ForegroundRole && index.column() == Plan && !row.plan)
        return QBrush(QColor(0x8a, 0x5a, 0x00));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name: return row.name;
    case Class: return row.classText;
    case Iep: return row.iepStatus ? iepStatusLabel(*row.iepStatus) : tr("No IEP");
    case Plan: return planSummary(row.plan);
    default: return {};
    }
}

QVariant PlanStudentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Class: return tr("Class");
    case Iep: return tr("IEP");
    case Plan: return tr("Training plan");
    default: return {};
    }
}

} // namespace rr
