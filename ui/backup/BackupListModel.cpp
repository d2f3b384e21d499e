#include "backup/BackupListModel.h"

#include "calendar/ScreenDate.h"
#include "common/SortProxy.h"

#include <QLocale>

namespace rr {

BackupListModel::BackupListModel(QObject *parent) : QAbstractTableModel(parent) {}

void BackupListModel::setBackups(QList<BackupListing> backups)
{
    beginResetModel();
    m_backups = std::move(backups);
    endResetModel();
}

void BackupListModel::setContents(int row, const BackupContents &contents)
{
    if (row < 0 || row >= m_backups.size())
        return;
    m_backups[row].contents = contents;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_backups.size())
        return {};
    const BackupListing &backup = m_backups.at(index.row());
    if (role == RecordRole)
        return QVariant::fromValue(index.row());
    const std::optional<BackupContents> &contents = backup.contents;
    const auto count = [&](int BackupContents::*field) -> QVariant {
        return contents && backup.problem.isEmpty() ? QVariant((*contents).*field) : QVariant();
    };
    if (role == SortKeyRole) {
        switch (index.column()) {
        case Made: return backup.madeAt;
        case Size: return backup.size;
        default: break;
        }
    }
    if (role == Qt::ToolTipRole)
        return backup.problem.isEmpty() ? backup.path : backup.problem;
    if (role == Qt::TextAlignmentRole && index.column() >= Students && index.column() <= Attachments)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Made: return screenDateTime(backup.madeAt);
    case School: return contents ? contents->schoolName : QString();
    case Students: return count(&BackupContents::students);
    case Ieps: return count(&BackupContents::ieps);
    case TrainingRecords: return count(&BackupContents::trainingRecords);
    case Attachments: return count(&BackupContents::attachments);
    case Encrypted: return backup.encrypted ? tr("Yes") : tr("No");
    case Size: return QLocale().formattedDataSize(backup.size, 1, QLocale::DataSizeTraditionalFormat);
    case File: return backup.fileName;
    case Status:
        if (!backup.problem.isEmpty())
            return tr("Cannot be used");
        if (!contents)
            return tr("Password needed to see what it holds");
        return tr("Data version %1").arg(contents->dataVersion);
    default: return {};
    }
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Made: return tr("Made");
    case School: return tr("School");
    case Students: return tr("Students");
    case Ieps: return tr("IEPs");
    case TrainingRecords: return tr("Training records");
    case Attachments: return tr("Attached files");
    case Encrypted: return tr("Encrypted");
    case Size: return tr("Size");
    case File: return tr("File");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace rr
