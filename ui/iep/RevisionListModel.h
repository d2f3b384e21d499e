#pragma once
// The revisions of one IEP, oldest first: date, who revised and why.
#include "iep/Iep.h"

#include <QAbstractTableModel>

namespace rr {

class RevisionListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Author, Reason, ColumnCount };

    explicit RevisionListModel(QObject *parent = nullptr);

    void setRevisions(QList<IepRevision> revisions);
    const QList<IepRevision> &revisions() const { return m_revisions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<IepRevision> m_revisions;
};

} // namespace rr
