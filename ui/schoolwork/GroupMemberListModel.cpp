#include "schoolwork/GroupMemberListModel.h"

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

GroupMemberListModel::GroupMemberListModel(QObject *parent) : QAbstractTableModel(parent) {}

void GroupMemberListModel::setRecords(QList<GroupMember> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int GroupMemberListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_records.size(); ++i)
        if (m_records.at(i).id == id)
            return i;
    return -1;
}

int GroupMemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int GroupMemberListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupMemberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupMember &r = m_records.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == SortKeyRole) {
        switch (index.column()) {
        case From: return r.from;
        case To: return r.to;
        default: break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Group: return schoolGroupLabel(r.group);
    case Name: return r.staffName;
    case Role: return r.role;
    case From: return screenDate(r.from);
    case To: return screenDate(r.to);
    default: return {};
    }
}

QVariant GroupMemberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Group: return tr("Group");
    case Name: return tr("Name");
    case Role: return tr("Role");
    case From: return tr("From");
    case To: return tr("To");
    default: return {};
    }
}

} // namespace rr
