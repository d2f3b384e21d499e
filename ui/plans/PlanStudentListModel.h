#pragma once
// The students of the training-plan tab: name, class, the status of their
// IEP and of their individual training plan for the current semester.
#include "iep/IepStatus.h"
#include "plans/TrainingPlan.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace rr {

struct PlanStudentRow {
    qint64 studentId = 0;
    QString name;
    QString classText;
    std::optional<IepStatus> iepStatus{};
    std::optional<TrainingPlan> plan{};
    bool operator==(const PlanStudentRow &) const = default;
};

class PlanStudentListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Class, Iep, Plan, ColumnCount };
    enum Role { StudentIdRole = Qt::UserRole + 1, HasPlanRole };

    explicit PlanStudentListModel(QObject *parent = nullptr);

    void setRows(QList<PlanStudentRow> rows);
    const QList<PlanStudentRow> &rows() const { return m_rows; }
    int rowOfStudent(qint64 studentId) const;   // -1 when not listed
    static QString planSummary(const std::optional<TrainingPlan> &plan);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PlanStudentRow> m_rows;
};

} // namespace rr
