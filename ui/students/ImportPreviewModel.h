#pragma once
// The rows of a roster file as the import will treat them: line, name,
// class, status (ready, problem, already on file) and the problems found.
#include "roster/RosterImport.h"

#include <QAbstractTableModel>

namespace rr {

class ImportPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, Name, Class, Status, Problems, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1 };   // ImportRowStatus as int

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(QList<ImportRow> rows);
    const QList<ImportRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusLabel(ImportRowStatus status);

private:
    QList<ImportRow> m_rows;
};

} // namespace rr
