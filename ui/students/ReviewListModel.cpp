#include "students/ReviewListModel.h"

#include "students/Student.h"

#include <QBrush>
#include <QColor>

namespace rr {

using namespace Qt::Literals::StringLiterals;

void ReviewListModel::setItems(QList<PendingReview> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int ReviewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PendingReview &item = m_items.at(index.row());
    const ReviewFlag &flag = item.flag;
    switch (role) {
    case FlagIdRole: return flag.id;
    case StudentIdRole: return flag.studentId;
    case Qt::ForegroundRole:
        return flag.isOpen() ? QVariant() : QVariant(QBrush(QColor(0x70, 0x70, 0x70)));
    case SortRole:
        switch (index.column()) {
        case Class: return item.grade * 1000 + item.className.left(item.className.size() - 1).toInt();
        case Raised: return flag.createdOn;
        case Checked: return flag.resolvedOn.isValid() ? flag.resolvedOn : QDate(1, 1, 1);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Student: return item.studentName;
        case Class: return item.grade > 0 || !item.className.isEmpty() ? classText(item.grade, item.className) : QString();
        case Kind: return reviewKindLabel(flag.kind);
        case Message: return flag.message;
        case Source: return flag.source;
        case Raised: return flag.createdOn.toString(Qt::ISODate);
        case Checked:
            return flag.isOpen() ? tr("Not yet checked")
                                 : tr("%1, %2").arg(flag.resolvedOn.toString(Qt::ISODate), flag.resolvedBy);
        default: return {};
        }
    default: return {};
    }
}

QVariant ReviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Student: return tr("Student");
    case Class: return tr("Class");
    case Kind: return tr("To check");
    case Message: return tr("Details");
    case Source: return tr("Source");
    case Raised: return tr("Raised on");
    case Checked: return tr("Checked");
    default: return {};
    }
}

} // namespace rr
