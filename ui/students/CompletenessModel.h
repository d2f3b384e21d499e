#pragma once
// Archive completeness of every student for one school year: name, class,
// number of missing items, then one ✓/✗ column per archive item.
#include "archive/ArchiveCompleteness.h"

#include <QAbstractTableModel>

namespace rr {

class CompletenessModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Class, Missing, FirstItem };   // FirstItem + i: archive item i + 1
    enum Role {
        RecordRole = Qt::UserRole + 1,   // the StudentArchiveStatus
        SortRole,
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setStatuses(QList<StudentArchiveStatus> statuses);
    const QList<StudentArchiveStatus> &statuses() const { return m_statuses; }
    static int itemColumn(ArchiveItem item) { return FirstItem + int(item) - 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StudentArchiveStatus> m_statuses;
};

} // namespace rr

Q_DECLARE_METATYPE(rr::StudentArchiveStatus)
