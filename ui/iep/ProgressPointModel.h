#pragma once
// The data points of one objective for the data-entry panel: date, value on
// the objective's scale (prompt levels by name), note, and where the point
// came from (typed in, or a training session).
#include "iep/ObjectiveData.h"
#include "progress/MeasurementScale.h"

#include <QAbstractTableModel>

namespace rr {

class ProgressPointModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Value, Note, Source, ColumnCount };
    enum Role { PointIdRole = Qt::UserRole + 1 };

    explicit ProgressPointModel(QObject *parent = nullptr);

    void setPoints(MeasurementScale scale, QList<ProgressPoint> points);
    const QList<ProgressPoint> &points() const { return m_points; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    MeasurementScale m_scale = MeasurementScale::Accuracy;
    QList<ProgressPoint> m_points;
};

// A value as the screen shows it: "80", or the prompt level's name.
QString scaleValueText(MeasurementScale scale, double value);

} // namespace rr
