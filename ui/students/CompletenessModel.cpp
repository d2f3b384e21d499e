#include "students/CompletenessModel.h"

#include "students/ArchiveChecklistModel.h"
#include "students/Student.h"

#include <QBrush>
#include <QColor>

namespace rr {

using namespace Qt::Literals::StringLiterals;

void CompletenessModel::setStatuses(QList<StudentArchiveStatus> statuses)
{
    beginResetModel();
    m_statuses = std::move(statuses);
    endResetModel();
}

int CompletenessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_statuses.size());
}

int CompletenessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstItem + int(allArchiveItems().size());
}

QVariant CompletenessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StudentArchiveStatus &s = m_statuses.at(index.row());
    const int column = index.column();
    if (role == RecordRole)
        return QVariant::fromValue(s);
    if (column >= FirstItem) {
        const ItemStatus item = s.items.value(ArchiveItem(column - FirstItem + 1));
        switch (role) {
        case Qt::DisplayRole: return item.satisfied ? u"✓"_s : u"✗"_s;
        case Qt::ToolTipRole: return item.satisfied ? ArchiveChecklistModel::evidenceText(item) : tr("Missing");
        case Qt::ForegroundRole:
            return QBrush(item.satisfied ? QColor(0x2e, 0x7d, 0x32) : QColor(0xb3, 0x26, 0x1e));
        case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
        case SortRole: return item.satisfied ? 1 : 0;
        default: return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Name: return s.studentName;
        case Class: return classText(s.grade, s.className);
        case Missing: return int(s.missing().size());
        default: return {};
        }
    case SortRole:
        switch (column) {
        case Name: return s.studentName;
        case Class: {
            int number = 0;
            for (const QChar c : s.className) {
                if (!c.isDigit())
                    break;
                number = number * 10 + c.digitValue();
            }
            return s.grade * 1000 + number;
        }
        case Missing: return int(s.missing().size());
        default: return {};
        }
    default: return {};
    }
}

QVariant CompletenessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstItem && section < columnCount()) {
        const ArchiveItem item = ArchiveItem(section - FirstItem + 1);
        if (role == Qt::DisplayRole)
            return QString::number(int(item));
        if (role == Qt::ToolTipRole)
            return archiveItemLabel(item);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Class: return tr("Class");
    case Missing: return tr("Missing");
    default: return {};
    }
}

} // namespace rr
