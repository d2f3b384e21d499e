#pragma once
// What one amendment changed, field by field: whose part (empty for the
// session's own fields), which field, before and after.
#include "training/SessionHistory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rr {

class FieldChangeModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Student, Field, Before, After, ColumnCount };

    explicit FieldChangeModel(QObject *parent = nullptr);

    void setChanges(QList<FieldChange> changes, QHash<qint64, QString> studentNames);
    const QList<FieldChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FieldChange> m_changes;
    QHash<qint64, QString> m_studentNames;
};

} // namespace rr
