#include "students/ArchiveChecklistModel.h"
#include "common/ListText.h"

#include <QBrush>
#include <QColor>

namespace rr {

using namespace Qt::Literals::StringLiterals;

void ArchiveChecklistModel::setStatus(StudentArchiveStatus status)
{
    beginResetModel();
    m_status = std::move(status);
    endResetModel();
}

int ArchiveChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ArchiveChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ArchiveChecklistModel::evidenceText(const ItemStatus &status)
{
    QStringList parts;
    if (status.files > 0)
        parts.append(tr("%n file(s)", "", status.files));
    if (!status.recordEvidence.isEmpty())
        parts.append(status.recordEvidence);
    return joinClauses(parts);
}

QVariant ArchiveChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArchiveItem item = m_items.at(index.row());
    const ItemStatus status = m_status.items.value(item);
    if (role == ItemRole)
        return int(item);
    if (role == Qt::ForegroundRole && index.column() == Present)
        return QBrush(status.satisfied ? QColor(0x2e, 0x7d, 0x32) : QColor(0xb3, 0x26, 0x1e));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Item: return u"%1. %2"_s.arg(int(item)).arg(archiveItemLabel(item));
    case Present: return status.satisfied ? u"✓"_s : u"✗"_s;
    case Evidence: return evidenceText(status);
    default: return {};
    }
}

QVariant ArchiveChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Item: return tr("Archive item");
    case Present: return tr("Present");
    case Evidence: return tr("Evidence");
    default: return {};
    }
}

} // namespace rr
