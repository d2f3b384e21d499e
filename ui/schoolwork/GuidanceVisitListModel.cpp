#include "schoolwork/GuidanceVisitListModel.h"

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

GuidanceVisitListModel::GuidanceVisitListModel(QObject *parent) : QAbstractTableModel(parent) {}

void GuidanceVisitListModel::setRecords(QList<GuidanceVisit> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int GuidanceVisitListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_records.size(); ++i)
        if (m_records.at(i).id == id)
            return i;
    return -1;
}

int GuidanceVisitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int GuidanceVisitListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuidanceVisitListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GuidanceVisit &r = m_records.at(index.row());
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
    case Date: return screenDate(r.date);
    case Visitor: return r.visitor;
    case Centre: return r.centre;
    case Topics: return topicsText(r.topics);
    case Result: return r.followUpResult;
    default: return {};
    }
}

QVariant GuidanceVisitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case Visitor: return tr("Visiting teacher");
    case Centre: return tr("Centre");
    case Topics: return tr("Guided");
    case Result: return tr("Result of the follow-up");
    default: return {};
    }
}

} // namespace rr
