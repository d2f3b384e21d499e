#pragma once
// The goals of a training plan while it is being edited, each with the IEP
// objective it serves (shown by the objective's words).
#include "plans/TrainingPlan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rr {

class PlanGoalTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Goal, Objective, ColumnCount };

    explicit PlanGoalTableModel(QObject *parent = nullptr);

    // The words of the IEP's objectives, by id, for the Objective column.
    void setObjectiveTexts(QHash<qint64, QString> texts);
    void setGoals(QList<TrainingPlanGoal> goals);
    const QList<TrainingPlanGoal> &goals() const { return m_goals; }
    void setGoal(int row, const TrainingPlanGoal &goal);
    void insertGoal(int row, const TrainingPlanGoal &goal);
    void removeGoal(int row);
    bool moveGoal(int row, int step);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TrainingPlanGoal> m_goals;
    QHash<qint64, QString> m_objectives;
};

} // namespace rr
