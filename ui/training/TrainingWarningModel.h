#pragma once
// What the Today tab warns about: records missing or unsigned (overdue
// first), students whose weekly training or monthly counselling is still due.
#include "training/TrainingWarnings.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class TrainingWarningModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Date, Text, ColumnCount };
    enum Role { SessionIdRole = Qt::UserRole + 1, SlotIdRole, StudentIdRole, KindRole };

    explicit TrainingWarningModel(QObject *parent = nullptr);

    void setWarnings(QList<TrainingWarning> warnings);
    const QList<TrainingWarning> &warnings() const { return m_warnings; }
    static QString kindLabel(TrainingWarningKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TrainingWarning> m_warnings;
};

} // namespace rr
