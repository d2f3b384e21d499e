#pragma once
// The short-term objectives of one IEP with their progress data: domain,
// objective, scale, goal value, deadline, number of probes, the latest value
// and the four-point decision. Rows are built by loadObjectiveRows().
#include "common/Result.h"
#include "iep/Iep.h"
#include "iep/IepContentText.h"
#include "iep/ObjectiveData.h"
#include "print/chart/ProgressChart.h"
#include "progress/FourPointRule.h"

#include <QAbstractTableModel>
#include <QList>
#include <memory>

namespace rr {

class Database;

struct ObjectiveRow {
    GoalDomain domain = GoalDomain::Cognition;
    IepObjective objective;
    QList<ProgressPoint> points;       // date order
    QList<PhaseChange> phaseChanges;   // date order
    ProgressChartInput chartInput;     // what the on-screen chart is drawn from
    ProgressChartData chart;           // least-squares trend, as printed
    DecisionResult decision;           // NotEnoughData without an aim line
};

// The objectives of `iep` in goal order, with their data, chart and decision.
// `today` (the clock's) places the chart of an objective without data or deadline.
Result<QList<ObjectiveRow>> loadObjectiveRows(const std::shared_ptr<Database> &db, const Iep &iep, const QDate &today);

class ObjectiveTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Domain, Objective, Scale, Goal, Deadline, Points, Latest, Decision, ColumnCount };
    enum Role { ObjectiveIdRole = Qt::UserRole + 1, DecisionRole };   // DecisionRole: int(ProgressDecision)

    explicit ObjectiveTableModel(QObject *parent = nullptr);

    void setRows(QList<ObjectiveRow> rows);
    const QList<ObjectiveRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ObjectiveRow &row, int column) const;
    QList<ObjectiveRow> m_rows;
};

} // namespace rr
