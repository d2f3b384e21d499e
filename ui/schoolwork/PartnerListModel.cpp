#include "schoolwork/PartnerListModel.h"

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

PartnerListModel::PartnerListModel(QObject *parent) : QAbstractTableModel(parent) {}

void PartnerListModel::setRecords(QList<SchoolContact> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int PartnerListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_records.size(); ++i)
        if (m_records.at(i).id == id)
            return i;
    return -1;
}

int PartnerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int PartnerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SchoolContact &r = m_records.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Kind: return partnerKindLabel(r.kind);
    case Organisation: return r.organisation;
    case Person: return r.person;
    case Phone: return r.phone;
    case Note: return r.note;
    default: return {};
    }
}

QVariant PartnerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind: return tr("Kind");
    case Organisation: return tr("Organisation");
    case Person: return tr("Contact person");
    case Phone: return tr("Phone");
    case Note: return tr("Note");
    default: return {};
    }
}

} // namespace rr
