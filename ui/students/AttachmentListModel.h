#pragma once
// The files in a student's archive: name, archive item, school year, size.
#include "archive/Attachment.h"

#include <QAbstractTableModel>

namespace rr {

class AttachmentListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FileName, Item, SchoolYear, Size, Added, ColumnCount };
    enum Role { RecordRole = Qt::UserRole + 1 };   // the Attachment

    using QAbstractTableModel::QAbstractTableModel;
    void setAttachments(QList<Attachment> attachments);
    const QList<Attachment> &attachments() const { return m_attachments; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Attachment> m_attachments;
};

} // namespace rr

Q_DECLARE_METATYPE(rr::Attachment)
