#include "schoolwork/ActivityListModel.h"

#include "calendar/ScreenDate.h"
#include "common/ListText.h"
#include "common/SortProxy.h"
#include "common/Money.h"

namespace rr {

namespace {
[[maybe_unused]] QString topicsText(const QList<GuidanceTopic> &topics);
[[maybe_unused]] QString filesText(const QList<SchoolFile> &files);

QString topicsText(const QList<GuidanceTopic> &topics)
{
    QStringList parts;
    for (GuidanceTopic t : topics)
        parts << guidanceTopicLabel(t);
    return joinItems(parts);
}

QString filesText(const QList<SchoolFile> &files)
{
    QStringList names;
    for (const SchoolFile &f : files)
        names << f.fileName;
    return joinItems(names);
}

} // namespace

ActivityListModel::ActivityListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActivityListModel::setRecords(QList<SchoolActivity> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int ActivityListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_records.size(); ++i)
        if (m_records.at(i).id == id)
            return i;
    return -1;
}

int ActivityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ActivityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SchoolActivity &r = m_records.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == SortKeyRole) {
        switch (index.column()) {
        case Date: return r.date;
        default: break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Kind: return activityKindLabel(r.kind);
    case Date: return screenDate(r.date);
    case Topic: return r.topic;
    case Participants: return r.participants;
    case Photos: return filesText(r.photos);
    default: return {};
    }
}

QVariant ActivityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind: return tr("Kind");
    case Date: return tr("Date");
    case Topic: return tr("Topic");
    case Participants: return tr("Participants");
    case Photos: return tr("Photos");
    default: return {};
    }
}

} // namespace rr
