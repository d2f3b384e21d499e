#include "iep/RevisionListModel.h"
#include "calendar/ScreenDate.h"

#include <QLocale>

namespace rr {

RevisionListModel::RevisionListModel(QObject *parent) : QAbstractTableModel(parent) {}

void RevisionListModel::setRevisions(QList<IepRevision> revisions)
{
    beginResetModel();
    m_revisions = std::move(revisions);
    endResetModel();
}

int RevisionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_revisions.size());
}

int RevisionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const IepRevision &r = m_revisions.at(index.row());
    switch (index.column()) {
    case Date: return screenDate(r.date);
    case Author: return r.author;
    case Reason: return r.reason;
    default: return {};
    }
}

QVariant RevisionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case Author: return tr("Revised by");
    case Reason: return tr("Reason");
    default: return {};
    }
}

} // namespace rr
