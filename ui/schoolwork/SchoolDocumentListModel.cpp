#include "schoolwork/SchoolDocumentListModel.h"

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

SchoolDocumentListModel::SchoolDocumentListModel(QObject *parent) : QAbstractTableModel(parent) {}

void SchoolDocumentListModel::setRecords(QList<SchoolDocument> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int SchoolDocumentListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_records.size(); ++i)
        if (m_records.at(i).id == id)
            return i;
    return -1;
}

int SchoolDocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int SchoolDocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchoolDocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SchoolDocument &r = m_records.at(index.row());
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
    case Category: return documentCategoryLabel(r.category);
    case Title: return r.title;
    case Date: return screenDate(r.date);
    case Files: return filesText(r.files);
    case Note: return r.note;
    default: return {};
    }
}

QVariant SchoolDocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Category: return tr("Category");
    case Title: return tr("Title");
    case Date: return tr("Date");
    case Files: return tr("Files");
    case Note: return tr("Note");
    default: return {};
    }
}

} // namespace rr
