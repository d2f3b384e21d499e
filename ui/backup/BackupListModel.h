#pragma once
// The backups in the chosen folder, newest first: when, which file, how big,
// and what each holds (an encrypted one once its password was given).
#include "backup/BackupFolder.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class BackupListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Made, School, Students, Ieps, TrainingRecords, Attachments, Encrypted, Size, File, Status, ColumnCount };
    enum Role { RecordRole = Qt::UserRole + 1 };

    explicit BackupListModel(QObject *parent = nullptr);

    void setBackups(QList<BackupListing> backups);
    const BackupListing &backupAt(int row) const { return m_backups.at(row); }
    // An encrypted backup's contents, read after its password.
    void setContents(int row, const BackupContents &contents);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BackupListing> m_backups;
};

} // namespace rr
