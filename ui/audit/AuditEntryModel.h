#pragma once
// The actions of the audit trail as a list: time, person, what was done and
// how many rows it changed. Shared by the trail screen and the history dialogs.
#include "audit/AuditEntry.h"

#include <QAbstractTableModel>

namespace rr {

class AuditEntryModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, PersonColumn, ActionColumn, RowsColumn, ColumnCount };

    explicit AuditEntryModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setEntries(QList<AuditEntry> entries);
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

// The fields of one action's row changes, one line per field: the record,
// the field, before, after. Masked fields say only that they changed.
class AuditChangeModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RecordColumn, FieldColumn, BeforeColumn, AfterColumn, ColumnCount };

    explicit AuditChangeModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setChanges(const QList<AuditRowChange> &changes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line {
        QString record;
        QString field;
        QString before;
        QString after;
    };
    QList<Line> m_lines;
};

} // namespace rr
