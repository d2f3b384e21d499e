#include "iep/ProgressPointModel.h"
#include "calendar/ScreenDate.h"

#include "print/chart/ProgressChart.h"

#include <QLocale>

namespace rr {

QString scaleValueText(MeasurementScale scale, double value)
{
    if (scale == MeasurementScale::PromptLevel) {
        if (auto level = promptLevelFromValue(value))
            return promptLevelLabel(*level);
    }
    return chartValueText(value);
}

ProgressPointModel::ProgressPointModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProgressPointModel::setPoints(MeasurementScale scale, QList<ProgressPoint> points)
{
    beginResetModel();
    m_scale = scale;
    m_points = std::move(points);
    endResetModel();
}

int ProgressPointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int ProgressPointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressPointModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgressPoint &p = m_points.at(index.row());
    if (role == PointIdRole)
        return p.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Date: return screenDate(p.date);
    case Value: return scaleValueText(m_scale, p.value);
    case Note: return p.note;
    case Source: return p.sessionId > 0 ? tr("Training session") : tr("Entered by hand");
    default: return {};
    }
}

QVariant ProgressPointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case Value: return tr("Value");
    case Note: return tr("Note");
    case Source: return tr("Source");
    default: return {};
    }
}

} // namespace rr
