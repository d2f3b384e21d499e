#include "training/DaySessionModel.h"

#include "training/RecordState.h"

#include <QBrush>
#include <QColor>

namespace rr {

DaySessionModel::DaySessionModel(QObject *parent) : QAbstractTableModel(parent) {}

void DaySessionModel::setSessions(QList<DaySession> sessions, TimetableNames names)
{
    beginResetModel();
    m_sessions = std::move(sessions);
    m_names = std::move(names);
    endResetModel();
}

int DaySessionModel::rowOfSession(qint64 sessionId) const
{
    for (int row = 0; row < m_sessions.size(); ++row)
        if (sessionId > 0 && m_sessions.at(row).sessionId() == sessionId)
            return row;
    return -1;
}

int DaySessionModel::rowOfSlot(qint64 slotId) const
{
    for (int row = 0; row < m_sessions.size(); ++row)
        if (slotId > 0 && m_sessions.at(row).occurrence.slotId == slotId)
            return row;
    return -1;
}

int DaySessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int DaySessionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DaySessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DaySession &day = m_sessions.at(index.row());
    const TrainingSession *record = day.record ? &*day.record : nullptr;
    // A record's own time, room and people win over the timetable's: it may have been corrected.
    const SlotOccurrence &occ = day.occurrence;
    switch (role) {
    case SessionIdRole: return day.sessionId();
    case SlotIdRole: return occ.slotId;
    case StateRole: return int(recordState(record));
    case Qt::ForegroundRole:
        if (index.column() == State && recordState(record) == RecordState::NotRecorded)
            return QBrush(QColor(0xb4, 0x53, 0x09));
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole: break;
    default: return {};
    }
    switch (index.column()) {
    case Time:
        return record ? timeRange(record->start, record->end) : timeRange(occ.start, occ.end);
    case Room: return m_names.room(record ? record->roomId : occ.roomId);
    case Instructor: return m_names.staffName(record ? record->instructorId : occ.instructorId);
    case Students: {
        QStringList names;
        for (qint64 id : record ? record->studentIds() : occ.studentIds)
            names << m_names.student(id);
        return joinedNames(names);
    }
    case Topic: {
        const QString topic = record ? record->topic : occ.content;
        const QString text = topic.isEmpty() ? serviceTypeLabel(record ? record->service : occ.service) : topic;
        return day.isAdHoc() ? tr("%1 (ad hoc)").arg(text) : text;
    }
    case State: return recordStateLabel(record);
    default: return {};
    }
}

QVariant DaySessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Room: return tr("Room");
    case Instructor: return tr("Instructor");
    case Students: return tr("Students");
    case Topic: return tr("Training");
    case State: return tr("Record");
    default: return {};
    }
}

} // namespace rr
