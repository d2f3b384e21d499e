#include "plans/PlanGoalTableModel.h"

namespace rr {

PlanGoalTableModel::PlanGoalTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlanGoalTableModel::setObjectiveTexts(QHash<qint64, QString> texts)
{
    m_objectives = std::move(texts);
    if (!m_goals.isEmpty())
        emit dataChanged(index(0, Objective), index(int(m_goals.size()) - 1, Objective));
}

void PlanGoalTableModel::setGoals(QList<TrainingPlanGoal> goals)
{
    beginResetModel();
    m_goals = std::move(goals);
    endResetModel();
}

void PlanGoalTableModel::setGoal(int row, const TrainingPlanGoal &goal)
{
    if (row < 0 || row >= m_goals.size())
        return;
    m_goals[row] = goal;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PlanGoalTableModel::insertGoal(int row, const TrainingPlanGoal &goal)
{
    row = qBound(0, row, int(m_goals.size()));
    beginInsertRows({}, row, row);
    m_goals.insert(row, goal);
    endInsertRows();
}

void PlanGoalTableModel::removeGoal(int row)
{
    if (row < 0 || row >= m_goals.size())
        return;
    beginRemoveRows({}, row, row);
    m_goals.removeAt(row);
    endRemoveRows();
}

bool PlanGoalTableModel::moveGoal(int row, int step)
{
    const int target = row + step;
    if (row < 0 || row >= m_goals.size() || target < 0 || target >= m_goals.size() || step == 0)
        return false;
    if (!beginMoveRows({}, row, row, {}, step > 0 ? target + 1 : target))
        return false;
    m_goals.move(row, target);
    endMoveRows();
    return true;
}

int PlanGoalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_goals.size());
}

int PlanGoalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanGoalTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingPlanGoal &goal = m_goals.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Goal: return goal.text;
    case Objective:
        if (goal.objectiveId == 0)
            return tr("(not from the IEP)");
        return m_objectives.value(goal.objectiveId, tr("(an objective of another IEP)"));
    default: return {};
    }
}

QVariant PlanGoalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Goal: return tr("Goal");
    case Objective: return tr("IEP objective it serves");
    default: return {};
    }
}

} // namespace rr
