#pragma once
// Coverage: each student's scheduled minutes per week against the service
// minutes of the IEP; a shortfall is highlighted.
#include "timetable/Coverage.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class CoverageTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Student, Required, Scheduled, Shortfall, Services, ColumnCount };
    enum Role { StudentIdRole = Qt::UserRole + 1, ShortfallRole };

    explicit CoverageTableModel(QObject *parent = nullptr);

    void setCoverage(QList<StudentCoverage> rows);
    const QList<StudentCoverage> &rows() const { return m_rows; }
    int rowOfStudent(qint64 studentId) const;   // -1 when not listed
    // The minutes missing over all services (one service's surplus does not
    // make up for another's shortfall).
    static int missingMinutes(const StudentCoverage &coverage);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StudentCoverage> m_rows;
};

} // namespace rr
