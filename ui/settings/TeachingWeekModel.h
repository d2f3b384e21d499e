#pragma once
// The teaching weeks of a semester (第N周, Monday to Sunday) with their school
// days after the calendar's holidays and make-up workdays.
#include "calendar/Semester.h"

#include <QAbstractTableModel>

namespace rr {

class TeachingWeekModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Week, Monday, Sunday, SchoolDays, Entries, ColumnCount };

    explicit TeachingWeekModel(QObject *parent = nullptr);
    void setSemester(const Semester &semester);
    int schoolDayTotal() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int week = 0;
        QDate monday;
        int schoolDays = 0;
        QStringList entries;   // the calendar entries touching the week
    };
    QList<Row> m_rows;
};

} // namespace rr
