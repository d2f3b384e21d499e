#pragma once
// The versions of a signed training record: the one signed, then each
// amendment with its date, author, reason and how many fields it changed.
#include "training/SessionHistory.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class RecordVersionModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Version, Date, Author, Reason, Changes, ColumnCount };

    explicit RecordVersionModel(QObject *parent = nullptr);

    void setVersions(QList<RecordVersion> versions);
    const QList<RecordVersion> &versions() const { return m_versions; }
    static QString versionLabel(const RecordVersion &version);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RecordVersion> m_versions;
};

} // namespace rr
