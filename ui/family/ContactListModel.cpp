#include "family/ContactListModel.h"

#include "calendar/ScreenDate.h"
#include "common/SortProxy.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

void ContactListModel::setContacts(const QList<FamilyContact> &contacts)
{
    beginResetModel();
    m_contacts = contacts;
    endResetModel();
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_contacts.size())
        return {};
    const FamilyContact &c = m_contacts.at(index.row());
    if (role == ContactRole)
        return QVariant::fromValue(c.id);
    if (role == SortKeyRole && index.column() == Date)
        return QString(c.date.toString(Qt::ISODate) + c.time.toString(u"HH:mm"_s));
    if (role == Qt::ToolTipRole && (index.column() == Content || index.column() == FollowUp))
        return index.column() == Content ? c.content : c.followUp;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Date:
        return c.time.isValid() ? QString(screenDate(c.date) + u' ' + c.time.toString(u"HH:mm"_s)) : screenDate(c.date);
    case Kind:
        return contactKindLabel(c.kind);
    case Staff:
        return c.staffName;
    case Present:
        return c.familyPresent;
    case Content:
        return c.content.simplified();
    case FollowUp:
        if (c.followUpDue.isValid())
            return tr("%1 (by %2)").arg(c.followUp.simplified(), screenDate(c.followUpDue));
        return c.followUp.simplified();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Date: return tr("Date");
    case Kind: return tr("Kind");
    case Staff: return tr("Staff");
    case Present: return tr("Family members");
    case Content: return tr("Content");
    case FollowUp: return tr("Follow-up");
    case ColumnCount: break;
    }
    return {};
}

} // namespace rr
