#include "students/ImportPreviewModel.h"
#include "common/ListText.h"

#include <QBrush>
#include <QColor>

namespace rr {

using namespace Qt::Literals::StringLiterals;

void ImportPreviewModel::setRows(QList<ImportRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::statusLabel(ImportRowStatus status)
{
    switch (status) {
    case ImportRowStatus::Ready: return tr("Ready");
    case ImportRowStatus::Invalid: return tr("Problem");
    case ImportRowStatus::Duplicate: return tr("Already on file");
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRow &row = m_rows.at(index.row());
    switch (role) {
    case StatusRole: return int(row.status);
    case Qt::BackgroundRole:
        switch (row.status) {
        case ImportRowStatus::Ready: return QBrush(QColor(0xe8, 0xf5, 0xe9));
        case ImportRowStatus::Invalid: return QBrush(QColor(0xfd, 0xe7, 0xe7));
        case ImportRowStatus::Duplicate: return QBrush(QColor(0xff, 0xf4, 0xd6));
        }
        return {};
    case Qt::ForegroundRole: return QBrush(QColor(0x20, 0x20, 0x20));
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Line: return row.line;
        case Name: return row.student.name;
        case Class: return row.student.grade > 0 || !row.student.className.isEmpty()
                               ? classText(row.student.grade, row.student.className)
                               : QString();
        case Status: return statusLabel(row.status);
        case Problems: return role == Qt::ToolTipRole ? row.problems.join(u"\n"_s) : joinSentences(row.problems);
        default: return {};
        }
    default: return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line: return tr("Row");
    case Name: return tr("Name");
    case Class: return tr("Class");
    case Status: return tr("Status");
    case Problems: return tr("Problems");
    default: return {};
    }
}

} // namespace rr
