#pragma once
// The semesters as a table, the current one marked.
#include "calendar/Semester.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class SemesterListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Start, End, Weeks, Current, ColumnCount };
    enum Role { RecordRole = Qt::UserRole + 1 };

    explicit SemesterListModel(QObject *parent = nullptr);

    void setSemesters(QList<Semester> semesters, qint64 currentId);
    const Semester &semesterAt(int row) const { return m_semesters.at(row); }
    int rowOf(qint64 semesterId) const;   // -1 when absent
    qint64 currentSemesterId() const { return m_currentId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Semester> m_semesters;
    qint64 m_currentId = 0;
};

} // namespace rr

Q_DECLARE_METATYPE(rr::Semester)
