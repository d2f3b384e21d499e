#include "family/ContactShortfallModel.h"

#include "calendar/ScreenDate.h"
#include "common/SortProxy.h"

#include <QBrush>
#include <QColor>

namespace rr {

using namespace Qt::Literals::StringLiterals;

void ContactShortfallModel::setShortfalls(const QList<FamilyShortfall> &shortfalls)
{
    beginResetModel();
    m_shortfalls = shortfalls;
    endResetModel();
}

int ContactShortfallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shortfalls.size());
}

int ContactShortfallModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactShortfallModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shortfalls.size())
        return {};
    const FamilyShortfall &s = m_shortfalls.at(index.row());
    if (role == StudentRole)
        return QVariant::fromValue(s.studentId);
    if (role == SortKeyRole && index.column() == Month)
        return s.month.toString(Qt::ISODate);
    if (role == Qt::ForegroundRole && index.column() == Status && s.ended)
        return QBrush(QColor(0xb0, 0x2a, 0x2a));   // a month gone by without its contacts
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Student:
        return s.studentName;
    case Month:
        return tr("%1/%2").arg(s.month.year()).arg(s.month.month());
    case Count:
        return tr("%1 of %2").arg(s.found).arg(s.required);
    case Status:
        return s.ended ? tr("Missed") : tr("Due by %1").arg(screenDate(s.deadline));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContactShortfallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Student: return tr("Student");
    case Month: return tr("Month");
    case Count: return tr("Contacts");
    case Status: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

} // namespace rr
