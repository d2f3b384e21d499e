#pragma once
// The saved inspections, newest first: when, over which dates, by whom,
// how many problems remained and how many had been put right.
#include "inspection/InspectionRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class InspectionListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { InspectedOn, Range, Inspector, Problems, Resolved, ColumnCount };
    enum Role { InspectionIdRole = Qt::UserRole + 1 };

    explicit InspectionListModel(QObject *parent = nullptr);

    void setInspections(QList<InspectionSummary> inspections);
    const QList<InspectionSummary> &inspections() const { return m_inspections; }
    int rowOfInspection(qint64 inspectionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<InspectionSummary> m_inspections;
};

} // namespace rr
