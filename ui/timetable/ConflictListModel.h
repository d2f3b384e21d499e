#pragma once
// The conflicts of a semester's timetable: how serious, what kind, and the
// message naming the people, room, time and rule.
#include "timetable/TimetableConflicts.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class ConflictListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Severity, Kind, Details, ColumnCount };
    enum Role { FirstSlotIdRole = Qt::UserRole + 1 };

    explicit ConflictListModel(QObject *parent = nullptr);

    void setConflicts(QList<TimetableConflict> conflicts);
    const QList<TimetableConflict> &conflicts() const { return m_conflicts; }
    static QString severityLabel(const TimetableConflict &conflict);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TimetableConflict> m_conflicts;
};

} // namespace rr
