#include "training/SessionListModel.h"
#include "calendar/ScreenDate.h"

#include "training/RecordState.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace rr {

SessionListModel::SessionListModel(QObject *parent) : QAbstractTableModel(parent) {}

void SessionListModel::setSessions(QList<TrainingSession> sessions, TimetableNames names)
{
    beginResetModel();
    m_sessions = std::move(sessions);
    m_names = std::move(names);
    endResetModel();
}

int SessionListModel::rowOfSession(qint64 sessionId) const
{
    for (int row = 0; row < m_sessions.size(); ++row)
        if (m_sessions.at(row).id == sessionId)
            return row;
    return -1;
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingSession &s = m_sessions.at(index.row());
    switch (role) {
    case SessionIdRole: return s.id;
    case StateRole: return int(recordState(&s));
    case Qt::ForegroundRole:
        if (index.column() == State && !s.isSigned())
            return QBrush(QColor(0xb4, 0x53, 0x09));
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole: break;
    default: return {};
    }
    switch (index.column()) {
    case Date: return screenDate(s.date);
    case Time: return timeRange(s.start, s.end);
    case Room: return m_names.room(s.roomId);
    case Instructor: return m_names.staffName(s.instructorId);
    case Students: {
        QStringList names;
        for (qint64 id : s.studentIds())
            names << m_names.student(id);
        return joinedNames(names);
    }
    case Training: return s.topic.isEmpty() ? serviceTypeLabel(s.service) : s.topic;
    case State: return recordStateLabel(&s);
    default: return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case Time: return tr("Time");
    case Room: return tr("Room");
    case Instructor: return tr("Instructor");
    case Students: return tr("Students");
    case Training: return tr("Training");
    case State: return tr("Record");
    default: return {};
    }
}

} // namespace rr
