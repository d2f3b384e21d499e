#pragma once
// One student's class periods that training must not take (the lessons the
// head teacher and the resource teacher agreed on), while being edited.
#include "timetable/ProtectedPeriod.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class ProtectedPeriodTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Weekday, Time, Lesson, Scope, ColumnCount };

    explicit ProtectedPeriodTableModel(QObject *parent = nullptr);

    void setCurrentSemester(qint64 semesterId) { m_semesterId = semesterId; }
    void setPeriods(QList<ProtectedPeriod> periods);
    const QList<ProtectedPeriod> &periods() const { return m_periods; }
    int addPeriod(const ProtectedPeriod &period);   // kept in weekday/start order; returns its row
    void removePeriod(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProtectedPeriod> m_periods;
    qint64 m_semesterId = 0;
};

} // namespace rr
