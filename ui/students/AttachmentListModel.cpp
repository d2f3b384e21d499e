#include "students/AttachmentListModel.h"
#include "calendar/ScreenDate.h"

#include <QLocale>

namespace rr {

using namespace Qt::Literals::StringLiterals;

void AttachmentListModel::setAttachments(QList<Attachment> attachments)
{
    beginResetModel();
    m_attachments = std::move(attachments);
    endResetModel();
}

int AttachmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attachments.size());
}

int AttachmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Attachment &a = m_attachments.at(index.row());
    if (role == RecordRole)
        return QVariant::fromValue(a);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case FileName: return a.fileName;
    case Item: return a.archiveItem > 0 ? archiveItemLabel(ArchiveItem(a.archiveItem)) : QString();
    case SchoolYear: return a.schoolYear > 0 ? u"%1—%2"_s.arg(a.schoolYear).arg(a.schoolYear + 1) : QString();
    case Size: return QLocale().formattedDataSize(a.size, 1, QLocale::DataSizeTraditionalFormat);   // KB, MB
    case Added: return screenDateTime(a.addedAt);
    default: return {};
    }
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileName: return tr("File");
    case Item: return tr("Archive item");
    case SchoolYear: return tr("School year");
    case Size: return tr("Size");
    case Added: return tr("Added");
    default: return {};
    }
}

} // namespace rr
