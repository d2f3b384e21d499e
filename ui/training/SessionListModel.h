#pragma once
// Training records of a date range, as the Records tab lists them: date,
// time, room, instructor, the students' names and how far the record has
// come (草稿 / 已签字 / 已更正 N 次).
#include "timetable/TimetableNames.h"
#include "training/TrainingSession.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class SessionListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Time, Room, Instructor, Students, Training, State, ColumnCount };
    enum Role { SessionIdRole = Qt::UserRole + 1, StateRole };

    explicit SessionListModel(QObject *parent = nullptr);

    void setSessions(QList<TrainingSession> sessions, TimetableNames names);
    const QList<TrainingSession> &sessions() const { return m_sessions; }
    int rowOfSession(qint64 sessionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TrainingSession> m_sessions;
    TimetableNames m_names;
};

} // namespace rr
