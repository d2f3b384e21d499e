#include "family/SchoolContactListModel.h"

#include "calendar/ScreenDate.h"
#include "common/SortProxy.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

void SchoolContactListModel::setContacts(const QList<FamilyContact> &contacts, const QHash<qint64, QString> &studentNames)
{
    beginResetModel();
    m_contacts = contacts;
    m_names = studentNames;
    endResetModel();
}

int SchoolContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int SchoolContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchoolContactListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_contacts.size())
        return {};
    const FamilyContact &c = m_contacts.at(index.row());
    if (role == ContactRole)
        return QVariant::fromValue(c.id);
    if (role == StudentRole)
        return QVariant::fromValue(c.studentId);
    if (role == SortKeyRole && index.column() == Date)
        return QString(c.date.toString(Qt::ISODate) + c.time.toString(u"HH:mm"_s));
    if (role == Qt::ToolTipRole && index.column() == Content)
        return c.content;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Date:
        return c.time.isValid() ? QString(screenDate(c.date) + u' ' + c.time.toString(u"HH:mm"_s)) : screenDate(c.date);
    case Student:
        return m_names.value(c.studentId);
    case Kind:
        return contactKindLabel(c.kind);
    case Staff:
        return c.staffName;
    case Content: {
        const QString text = c.content.simplified();
        return text.size() > kExcerptLength ? QString(text.left(kExcerptLength) + u'…') : text;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SchoolContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Date: return tr("Date");
    case Student: return tr("Student");
    case Kind: return tr("Kind");
    case Staff: return tr("Staff");
    case Content: return tr("Content");
    case ColumnCount: break;
    }
    return {};
}

} // namespace rr
