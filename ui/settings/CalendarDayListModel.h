#pragma once
// The holidays and make-up workdays (调休上班) of a semester as a table. In
// checkable mode (the statutory days offered with a new semester) the first
// column carries a check box the teacher can untick.
#include "calendar/Semester.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class CalendarDayListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, First, Last, Days, Kind, ColumnCount };
    enum Role { RecordRole = Qt::UserRole + 1, SortRole };

    explicit CalendarDayListModel(QObject *parent = nullptr);

    void setCheckable(bool checkable) { m_checkable = checkable; }
    // Checkable mode: every day starts checked, except those unticked before
    // (by name and first day), so a changed semester date keeps the choice.
    void setDays(QList<CalendarDay> days);
    const CalendarDay &dayAt(int row) const { return m_days.at(row); }
    int rowOf(qint64 dayId) const;
    QList<CalendarDay> checkedDays() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindLabel(const CalendarDay &day);

private:
    static QString keyOf(const CalendarDay &day);
    QList<CalendarDay> m_days;
    QList<bool> m_checked;
    QStringList m_unticked;
    bool m_checkable = false;
};

} // namespace rr
Q_DECLARE_METATYPE(rr::CalendarDay)
