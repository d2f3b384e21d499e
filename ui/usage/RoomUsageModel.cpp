#include "usage/RoomUsageModel.h"
#include "calendar/ScreenDate.h"

#include "timetable/TimetableNames.h"
#include "training/NameList.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace rr {

using namespace Qt::Literals::StringLiterals;

RoomUsageModel::RoomUsageModel(QObject *parent) : QAbstractTableModel(parent) {}

void RoomUsageModel::setEntries(QList<RoomUsageEntry> entries, QHash<qint64, QString> roomNames)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_roomNames = std::move(roomNames);
    endResetModel();
}

int RoomUsageModel::rowOfEntry(qint64 entryId) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (entryId > 0 && m_entries.at(row).id == entryId)
            return row;
    return -1;
}

QString RoomUsageModel::studentsText(const RoomUsageEntry &entry)
{
    QStringList names = entry.studentNames;
    if (!entry.otherNames.trimmed().isEmpty())
        names << entry.otherNames.trimmed();
    return names.join(tr(", "));
}

int RoomUsageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RoomUsageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoomUsageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoomUsageEntry &e = m_entries.at(index.row());
    switch (role) {
    case EntryIdRole: return e.id;
    case SessionIdRole: return e.sessionId;
    case Qt::ForegroundRole:
        // Sessions come from their records: shown, not edited here.
        return e.isSession() ? QVariant(QBrush(QColor(0x52, 0x60, 0x6d))) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole: break;
    default: return {};
    }
    switch (index.column()) {
    case Date: return screenDate(e.date);
    case Time: return timeRange(e.start, e.end);
    case Room: return m_roomNames.value(e.roomId);
    case Kind: return usageKindLabel(e.kind);
    case Who: return e.who;
    case Purpose: return e.note.isEmpty() || role == Qt::DisplayRole ? e.purpose : QString(e.purpose + u"\n"_s + e.note);
    case Count: return e.studentCount;
    case Students: return studentsText(e);
    case Aids: {
        QStringList names;
        for (const EquipmentUse &aid : e.teachingAids)
            names << aid.name;
        return joinNameList(names);
    }
    default: return {};
    }
}

QVariant RoomUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case Time: return tr("Time");
    case Room: return tr("Room");
    case Kind: return tr("Use");
    case Who: return tr("Who");
    case Purpose: return tr("Purpose");
    case Count: return tr("Students");
    case Students: return tr("Names");
    case Aids: return tr("Teaching aids");
    default: return {};
    }
}

} // namespace rr
