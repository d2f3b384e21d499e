#pragma once
// The timetable as a week grid: a column per weekday, a row per time band
// (a band holding two meetings on one day gets a second row), each cell one
// meeting — a weekly slot, or a dated meeting of a teaching week with its
// one-off change. Conflicted meetings are coloured and carry an icon.
#include "timetable/TimetableConflicts.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QTime>

namespace rr {

struct WeekGridItem {
    enum State { Regular, Changed, Cancelled, MovedAway };

    qint64 slotId = 0;
    int weekday = 1;              // the column it stands in
    QDate date;                   // the dated meeting; invalid in the weekly pattern
    QDate originalDate;           // the date the slot would have met (for its one-off change)
    qint64 changeId = 0;          // the change that made it Changed, Cancelled or MovedAway
    QTime start;
    QTime end;
    QString content;
    QString students;
    QString instructor;
    QString room;
    State state = Regular;
    QString note;                 // "moved to 9/9", "cancelled: …"
    QList<TimetableConflict> conflicts;
    bool operator==(const WeekGridItem &) const = default;

    bool hasHardConflict() const;
    QString text() const;         // the cell's lines (the time is the row's)
};

class WeekGridModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { SlotIdRole = Qt::UserRole + 1, DateRole, StateRole, ConflictCountRole };

    explicit WeekGridModel(QObject *parent = nullptr);

    // `weekdays`: the columns (1 = Monday …), with their header texts.
    void setGrid(QList<int> weekdays, QStringList headers, QList<WeekGridItem> items);
    const QList<WeekGridItem> &items() const { return m_items; }
    const QList<int> &weekdays() const { return m_weekdays; }

    const WeekGridItem *itemAt(const QModelIndex &index) const;   // nullptr for an empty cell
    QModelIndex indexOfSlot(qint64 slotId, const QDate &date = {}) const;
    // The weekday and time band of a cell (for a new slot there).
    int weekdayOf(const QModelIndex &index) const;
    std::pair<QTime, QTime> bandOf(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QTime start;
        QTime end;
        bool firstOfBand = true;
    };
    void layOut();

    QList<int> m_weekdays;
    QStringList m_headers;
    QList<WeekGridItem> m_items;
    QList<Row> m_rows;
    QList<QList<int>> m_cells;    // [row][column] → item index or -1
};

} // namespace rr
