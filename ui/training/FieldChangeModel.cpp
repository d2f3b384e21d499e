#include "training/FieldChangeModel.h"

namespace rr {

FieldChangeModel::FieldChangeModel(QObject *parent) : QAbstractTableModel(parent) {}

void FieldChangeModel::setChanges(QList<FieldChange> changes, QHash<qint64, QString> studentNames)
{
    beginResetModel();
    m_changes = std::move(changes);
    m_studentNames = std::move(studentNames);
    endResetModel();
}

int FieldChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int FieldChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const FieldChange &c = m_changes.at(index.row());
    switch (index.column()) {
    case Student: return c.studentId > 0 ? m_studentNames.value(c.studentId) : tr("(session)");
    case Field: return sessionFieldLabel(c.field);
    case Before: return c.before.isEmpty() ? tr("(empty)") : c.before;
    case After: return c.after.isEmpty() ? tr("(empty)") : c.after;
    default: return {};
    }
}

QVariant FieldChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Student: return tr("Student");
    case Field: return tr("Field");
    case Before: return tr("Before");
    case After: return tr("After");
    default: return {};
    }
}

} // namespace rr
