#include "iep/ObjectiveTableModel.h"
#include "calendar/ScreenDate.h"

#include "goalbank/GoalDomain.h"

#include <QLocale>

namespace rr {

using namespace Qt::Literals::StringLiterals;

Result<QList<ObjectiveRow>> loadObjectiveRows(const std::shared_ptr<Database> &db, const Iep &iep, const QDate &today)
{
    const ObjectiveDataRepository data(db);
    const auto points = data.pointsOfPlan(iep.id);
    if (!points)
        return points.error();
    const auto phaseChanges = data.phaseChangesOfPlan(iep.id);
    if (!phaseChanges)
        return phaseChanges.error();
    QList<ObjectiveRow> rows;
    for (const IepGoal &goal : iep.content.goals) {
        for (const IepObjective &o : goal.objectives) {
            ObjectiveRow row;
            row.domain = goal.domain;
            row.objective = o;
            row.points = points->value(o.id);
            row.phaseChanges = phaseChanges->value(o.id);
            ProgressChartInput input;
            input.scale = o.scale;
            input.direction = o.direction;
            input.points = toDataPoints(row.points);
            QList<QDate> phaseDates;
            for (const PhaseChange &c : row.phaseChanges) {
                input.phaseChanges.append({c.date, c.note});
                phaseDates.append(c.date);
            }
            input.deadline = o.deadline;
            input.goalValue = o.goalValue;
            input.today = today;
            row.chartInput = input;
            row.chart = progressChartData(input);
            if (row.chart.aim) {
                row.decision = fourPointRule(row.chart.points, *row.chart.aim, o.direction, phaseDates);
            } else {
                row.decision.decision = ProgressDecision::NotEnoughData;
                row.decision.chinese = decisionChinese(ProgressDecision::NotEnoughData);
            }
            rows.append(std::move(row));
        }
    }
    return rows;
}

ObjectiveTableModel::ObjectiveTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ObjectiveTableModel::setRows(QList<ObjectiveRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ObjectiveTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObjectiveTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObjectiveTableModel::display(const ObjectiveRow &row, int column) const
{
    const IepObjective &o = row.objective;
    switch (column) {
    case Domain: return goalDomainLabel(row.domain);
    case Objective: return objectiveText(o);
    case Scale: return scaleLabel(o.scale);
    case Goal: return o.goalValue ? chartValueText(*o.goalValue) : QString();
    case Deadline: return o.deadline.isValid() ? screenDate(o.deadline) : QString();
    case Points: return int(row.points.size());
    case Latest: return row.chart.points.isEmpty() ? QString() : chartValueText(row.chart.points.constLast().value);
    case Decision: return decisionLabel(row.decision.decision);
    default: return {};
    }
}

QVariant ObjectiveTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ObjectiveRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Decision && !row.decision.reason.isEmpty())
            return row.decision.reason;
        return display(row, index.column());
    case ObjectiveIdRole: return row.objective.id;
    case DecisionRole: return int(row.decision.decision);
    default: return {};
    }
}

QVariant ObjectiveTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Domain: return tr("Domain");
    case Objective: return tr("Short-term objective");
    case Scale: return tr("Scale");
    case Goal: return tr("Goal");
    case Deadline: return tr("Deadline");
    case Points: return tr("Data points");
    case Latest: return tr("Latest");
    case Decision: return tr("Four-point rule");
    default: return {};
    }
}

} // namespace rr
