#include "iep/IepStudentListModel.h"

namespace rr {

IepStudentListModel::IepStudentListModel(QObject *parent) : QAbstractTableModel(parent) {}

void IepStudentListModel::setRows(QList<IepStudentRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int IepStudentListModel::rowOfStudent(qint64 studentId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).studentId == studentId)
            return i;
    return -1;
}

int IepStudentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IepStudentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IepStudentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IepStudentRow &row = m_rows.at(index.row());
    if (role == StudentIdRole)
        return row.studentId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name: return row.name;
    case Class: return row.classText;
    case Status: return row.status ? iepStatusLabel(*row.status) : tr("No IEP");
    default: return {};
    }
}

QVariant IepStudentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Class: return tr("Class");
    case Status: return tr("IEP");
    default: return {};
    }
}

} // namespace rr
