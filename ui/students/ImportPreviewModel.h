#pragma once
// The rows of a roster file as the import will treat them: line, status
// (ready, imported with warnings, error, already on file) with colour and
// icon, the name as it will be stored, the errors and warnings, then the
// file's own cells. Those cells can be corrected in place: the model says
// so (cellCorrected) and the dialog checks the row again.
#include "roster/RosterImport.h"

#include <QAbstractTableModel>

namespace rr {

class ImportPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    // Columns from FirstCell on are the file's columns, in the file's order.
    enum Column { Line, Status, Name, Problems, FirstCell, ColumnCount = FirstCell };
    enum Role { StatusRole = Qt::UserRole + 1,   // ImportRowStatus as int
                SortRole };

    using QAbstractTableModel::QAbstractTableModel;
    // Same headers and row count: the rows are updated in place (an open
    // editor and the scroll position stay); otherwise the model is reset.
    void setPreview(const QStringList &headers, QList<ImportRow> rows);
    void setRows(QList<ImportRow> rows);   // without file columns
    const QList<ImportRow> &rows() const { return m_rows; }
    int fileColumn(int column) const { return column - FirstCell; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusLabel(ImportRowStatus status);
    static QColor statusColour(ImportRowStatus status);

signals:
    // A cell of the file was corrected: `tableRow` indexes TableData::rows.
    void cellCorrected(int tableRow, int fileColumn, const QString &text);

private:
    QString problemText(const ImportRow &row, const QString &separator) const;

    QStringList m_headers;
    QList<ImportRow> m_rows;
};

} // namespace rr
