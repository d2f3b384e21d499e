#include "schoolwork/FundingListModel.h"

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

FundingListModel::FundingListModel(QObject *parent) : QAbstractTableModel(parent) {}

void FundingListModel::setRecords(QList<FundingEntry> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int FundingListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_records.size(); ++i)
        if (m_records.at(i).id == id)
            return i;
    return -1;
}

int FundingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int FundingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FundingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FundingEntry &r = m_records.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == SortKeyRole) {
        switch (index.column()) {
        case Date: return r.date;
        case Amount: return r.amountFen;
        default: break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Date: return screenDate(r.date);
    case Amount: return formatYuan(r.amountFen, true);
    case Source: return r.source;
    case Purpose: return r.purpose;
    case Approval: return r.approval;
    default: return {};
    }
}

QVariant FundingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case Amount: return tr("Amount (yuan)");
    case Source: return tr("Source");
    case Purpose: return tr("Purpose");
    case Approval: return tr("Approval");
    default: return {};
    }
}

} // namespace rr
